package org.fond.ingest.tika;

import java.time.Duration;
import java.util.Objects;

/**
 * The explicit bounds on one Tika parse, so a hostile document costs a rejection and not the
 * machine: {@code maxBytes} of input; {@code timeout} of wall-clock time; {@code maxDepth} of
 * documents embedded in documents; {@code maxCompressionRatio} of extracted characters to input bytes
 * once past {@code ratioThreshold} characters (Tika's zip-bomb check); {@code maxChars} of text kept.
 */
public record TikaLimits(long maxBytes, Duration timeout, int maxDepth, long maxCompressionRatio,
                         long ratioThreshold, int maxChars) {
    public TikaLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (maxBytes <= 0 || timeout.isNegative() || timeout.isZero() || maxDepth < 0 || maxCompressionRatio <= 0
                || ratioThreshold < 0 || maxChars <= 0) {
            throw new IllegalArgumentException("Tika limits must be positive");
        }
    }

    /**
     * 64 MiB in, 60 s, 3 levels of embedding, 100 characters a byte past 1 M characters, 32 M characters
     * out. Office files and PDFs compress their text 3 to 20 times; 100 is only reached by bombs.
     */
    public static TikaLimits defaults() {
        return new TikaLimits(64L << 20, Duration.ofSeconds(60), 3, 100, 1_000_000, 32_000_000);
    }

    public TikaLimits withMaxBytes(long bytes) {
        return new TikaLimits(bytes, timeout, maxDepth, maxCompressionRatio, ratioThreshold, maxChars);
    }

    public TikaLimits withTimeout(Duration limit) {
        return new TikaLimits(maxBytes, limit, maxDepth, maxCompressionRatio, ratioThreshold, maxChars);
    }

    public TikaLimits withMaxDepth(int depth) {
        return new TikaLimits(maxBytes, timeout, depth, maxCompressionRatio, ratioThreshold, maxChars);
    }
}
