package org.fond.bench;

import java.lang.management.ManagementFactory;

/** CPU time of this process, all threads together (GC and JIT included). */
final class Cpu {
    private Cpu() {
    }

    static long processNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
