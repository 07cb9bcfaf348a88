package org.fond.ingest;

import java.util.Objects;

/**
 * A file, or part of one, that could not be ingested: where ({@code path} and the 1-based
 * {@code line}, 0 when no line applies) and a one-line human reason naming the field or line
 * ({@code citation has no URL}, {@code not UTF-8 text at byte 1234}, {@code empty file}).
 */
public record Rejection(String path, int line, String reason) {
    public Rejection {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
        // one line, always: a reason is printed as one row of the ingest summary
        reason = reason.replaceAll("[\\r\\n]+", " ").strip();
    }

    /** {@code path: line 9: citation has no URL}, or {@code path: empty file} when no line applies. */
    public String message() {
        return line > 0 ? path + ": line " + line + ": " + reason : path + ": " + reason;
    }

    @Override
    public String toString() {
        return message();
    }
}
