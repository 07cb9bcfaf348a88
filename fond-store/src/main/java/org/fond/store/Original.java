package org.fond.store;

import java.util.Objects;

/**
 * A source file as the user handed it in: its path as given (kept for provenance, never
 * resolved), its exact bytes and the format it was read as (e.g. {@code "wcda-export"}).
 */
public record Original(String path, byte[] bytes, String format) {
    public Original {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(format, "format");
        if (format.isBlank()) {
            throw new IllegalArgumentException("format of an original must not be blank: " + path);
        }
        // The archive keeps the bytes as they were when handed in, not as the caller may change them later.
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
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
