package org.fond.bench;

import java.util.Arrays;

/** Query latencies in microseconds, and their nearest-rank percentiles. */
record Latencies(long[] micros) {
    Latencies {
        micros = micros.clone();
        Arrays.sort(micros);
    }

    /** The nearest-rank percentile {@code p} (0–100) in milliseconds. */
    double percentileMillis(double p) {
        if (micros.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * micros.length);
        return micros[Math.max(0, Math.min(micros.length - 1, rank - 1))] / 1000.0;
    }

    int count() {
        return micros.length;
    }
}
