package org.fond.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * Heap in use, sampled every 20 ms by a daemon thread: the peak of the heap in use (garbage not
 * yet collected included, so an upper bound that grows with the heap the JVM is given) and the
 * peak of the live heap, what the collector found in use after each collection, the memory the
 * work needs.
 */
final class Heap implements AutoCloseable {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported()).toList();
    private final Thread sampler;
    private volatile long peak;
    private volatile long livePeak;
    private volatile boolean running = true;

    Heap() {
        sampler = Thread.ofPlatform().daemon().name("heap-sampler").start(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    private synchronized void sample() {
        peak = Math.max(peak, used());
        livePeak = Math.max(livePeak, afterLastCollection());
    }

    /** Starts a new phase: collects, then both peaks start from what is live now. */
    synchronized void reset() {
        System.gc();
        peak = used();
        livePeak = used();
    }

    synchronized long peak() {
        sample();
        return peak;
    }

    /** The live-heap peak, including what is live at the end of the phase. */
    synchronized long livePeak() {
        sample();
        System.gc();
        livePeak = Math.max(livePeak, used());
        return livePeak;
    }

    private long used() {
        return memory.getHeapMemoryUsage().getUsed();
    }

    private long afterLastCollection() {
        long sum = 0;
        for (MemoryPoolMXBean p : pools) {
            MemoryUsage u = p.getCollectionUsage();
            if (u != null) {
                sum += u.getUsed();
            }
        }
        return sum;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
