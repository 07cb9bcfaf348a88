package org.fond.store;

import java.util.Objects;

/**
 * A source file as the user handed it in: its path as given (kept for provenance, never
 * resolved), its exact bytes and the format it was read as (e.g. {@code "wcda-export"}).
 *
 * <p>A class rather than a record so that ingest can hand over bytes it will not change without a
 * copy ({@link #ofUnchanging}): a FRUS volume is megabytes, and copying each was a fortieth of the
 * bytes a million-record ingest allocated, every copy a humongous object to the collector.
 */
public final class Original {
    private final String path;
    private final byte[] bytes;
    private final String format;

    /** The bytes are copied: the archive keeps them as they were when handed in, whatever the caller does later. */
    public Original(String path, byte[] bytes, String format) {
        this(Objects.requireNonNull(bytes, "bytes").clone(), path, format);
    }

    /** The bytes taken as they are. */
    private Original(byte[] bytes, String path, String format) {
        this.path = Objects.requireNonNull(path, "path");
        this.bytes = Objects.requireNonNull(bytes, "bytes");
        this.format = Objects.requireNonNull(format, "format");
        if (format.isBlank()) {
            throw new IllegalArgumentException("format of an original must not be blank: " + path);
        }
    }

    /**
     * An original over {@code bytes} as they are, not copied: for a caller that never changes them once
     * handed in (ingest's source files are read-only by contract).
     */
    public static Original ofUnchanging(String path, byte[] bytes, String format) {
        return new Original(bytes, path, format);
    }

    public String path() {
        return path;
    }

    /** A copy of the bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    public String format() {
        return format;
    }

    /** The SHA-256 of the bytes, lower-case hex: the name the original is stored under. */
    public String sha256() {
        return Sha256.hex(bytes);
    }

    int size() {
        return bytes.length;
    }

    byte[] bytesUnsafe() {
        return bytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Original other && path.equals(other.path) && format.equals(other.format)
                && java.util.Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, format, java.util.Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "Original[" + path + ", " + bytes.length + " bytes, " + format + "]";
    }
}
