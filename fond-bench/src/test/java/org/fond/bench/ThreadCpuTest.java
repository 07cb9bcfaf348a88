package org.fond.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Thread CPU by group, read from /proc: a busy thread counts in its group, an idle one adds nothing. */
class ThreadCpuTest {
    @Test
    void aBusyThreadCountsInItsGroupAndAThreadOfNoGroupInOther() throws Exception {
        assertThat(ThreadCpu.available()).as("/proc/self/task readable (Linux)").isTrue();
        Map<String, Double> seconds;
        long[] used = new long[2];
        try (ThreadCpu cpu = new ThreadCpu()) {
            Thread reading = Thread.ofPlatform().name("fond-read-test").start(() -> used[0] = spin(400));
            Thread unnamed = Thread.ofPlatform().name("some-helper").start(() -> used[1] = spin(200));
            reading.join();
            unnamed.join(); // both have ended: what they used counts up to their last sample
            Thread.sleep(300);
            seconds = cpu.seconds();
        }
        String readingGroup = ThreadCpu.GROUPS.get(0).label();
        assertThat(seconds.keySet()).startsWith(readingGroup).endsWith(ThreadCpu.OTHER);
        // ticks are 10 ms and a thread's last quarter second may fall after its last sample
        assertThat(seconds.get(readingGroup)).isBetween(used[0] / 1e9 - 0.27, used[0] / 1e9 + 0.02);
        assertThat(seconds.get(ThreadCpu.OTHER)).isGreaterThanOrEqualTo(used[1] / 1e9 - 0.27);
        assertThat(seconds.get(ThreadCpu.GROUPS.get(3).label())).as("no merge ran").isZero();
    }

    /** Spins for about {@code millis} of this thread's CPU; returns the CPU it used, in ns. */
    private static long spin(long millis) {
        var clock = ManagementFactory.getThreadMXBean();
        long start = clock.getCurrentThreadCpuTime();
        long x = 0;
        while (clock.getCurrentThreadCpuTime() - start < millis * 1_000_000) {
            for (int i = 0; i < 100_000; i++) {
                x += i ^ x;
            }
        }
        if (x == 42) {
            System.out.print("");
        }
        return clock.getCurrentThreadCpuTime() - start;
    }
}
