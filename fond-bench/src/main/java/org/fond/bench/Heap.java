package org.fond.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Heap in use: the peak, sampled every 20 ms by a daemon thread (garbage not yet collected
 * included, so it is an upper bound of what the work needs), and the live heap after a full GC.
 */
final class Heap implements AutoCloseable {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private volatile long peak;
    private volatile boolean running = true;

    Heap() {
        sampler = Thread.ofPlatform().daemon().name("heap-sampler").start(() -> {
            while (running) {
                peak = Math.max(peak, used());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    void resetPeak() {
        peak = used();
    }

    long peak() {
        return Math.max(peak, used());
    }

    /** Heap used after a full collection: what the process keeps alive. */
    long afterGc() {
        System.gc();
        return used();
    }

    private long used() {
        return memory.getHeapMemoryUsage().getUsed();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
