package org.fond.ingest;

/**
 * The explicit bounds on what ingest will unpack and read, so a hostile or broken file costs a
 * rejection, not the machine. {@code maxFileBytes} bounds one file or archive entry;
 * {@code maxExpandedBytes} and {@code maxEntries} bound everything one archive unpacks to;
 * an archive that expands more than {@code maxCompressionRatio} times its own size (once past
 * {@code ratioFloorBytes}, so small, very compressible files pass) is treated as a zip bomb;
 * {@code maxDepth} bounds archives inside archives.
 */
public record Limits(long maxFileBytes, long maxExpandedBytes, int maxEntries, int maxCompressionRatio,
                     long ratioFloorBytes, int maxDepth) {
    public static final long MiB = 1L << 20;

    public Limits {
        if (maxFileBytes <= 0 || maxExpandedBytes <= 0 || maxEntries <= 0 || maxCompressionRatio <= 0
                || ratioFloorBytes < 0 || maxDepth < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        // one file is held in memory as a byte array
        if (maxFileBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxFileBytes is over what one array can hold");
        }
    }

    /**
     * 256 MiB a file, 1 GiB and 10,000 entries an archive, ratio 100 past 1 MiB, 3 levels deep.
     * Ordinary text compresses 3 to 10 times; a ratio of 100 is only reached by padding or bombs.
     */
    public static Limits defaults() {
        return new Limits(256 * MiB, 1024 * MiB, 10_000, 100, MiB, 3);
    }

    public Limits withMaxFileBytes(long bytes) {
        return new Limits(bytes, maxExpandedBytes, maxEntries, maxCompressionRatio, ratioFloorBytes, maxDepth);
    }

    public Limits withMaxExpandedBytes(long bytes) {
        return new Limits(maxFileBytes, bytes, maxEntries, maxCompressionRatio, ratioFloorBytes, maxDepth);
    }

    public Limits withMaxEntries(int entries) {
        return new Limits(maxFileBytes, maxExpandedBytes, entries, maxCompressionRatio, ratioFloorBytes, maxDepth);
    }

    static String bytes(long n) {
        return n >= MiB && n % MiB == 0 ? (n / MiB) + " MiB" : n + " bytes";
    }
}
