package org.fond.bench;

/**
 * One engine's numbers at one archive size. Ingest rates are over the whole ingest (read, analyse,
 * store, index, commit); MB/s counts the input bytes (Fond: source files; floor: plain text). CPU
 * seconds are the whole process's during the ingest: on a machine shared with other work they
 * say what the wall clock cannot.
 */
record Measurement(String engine, int records, double ingestSeconds, double ingestCpuSeconds, long inputBytes, long indexBytes,
                   long archiveBytes, Latencies latencies, double coldStartMillis, long heapLiveBytes,
                   long heapPeakBytes) {
    double docsPerSecond() {
        return ingestSeconds <= 0 ? 0 : records / ingestSeconds;
    }

    double megabytesPerSecond() {
        return ingestSeconds <= 0 ? 0 : inputBytes / 1e6 / ingestSeconds;
    }
}
