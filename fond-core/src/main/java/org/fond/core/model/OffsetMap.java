package org.fond.core.model;

import java.util.Arrays;

/**
 * Maps every UTF-16 offset of a plain text back to the raw source string it was normalised from.
 * Entry {@code i} is the raw offset of plain character {@code i}; the extra last entry is the raw
 * offset just after the last mapped character. Characters the normaliser synthesised (the space
 * that joins a page-break split) map to the first raw character they replace, so the original
 * paragraphing can always be recovered.
 */
public final class OffsetMap {
    private final int[] plainToRaw;

    public OffsetMap(int[] plainToRaw) {
        if (plainToRaw.length == 0) {
            throw new IllegalArgumentException("an offset map has at least the end entry");
        }
        this.plainToRaw = plainToRaw.clone();
    }

    /** The identity map for a text that needed no normalisation. */
    public static OffsetMap identity(int length) {
        int[] map = new int[length + 1];
        Arrays.setAll(map, i -> i);
        return new OffsetMap(map);
    }

    public int plainLength() {
        return plainToRaw.length - 1;
    }

    /** The raw offset of the plain character at {@code plainOffset} (or the raw end, for the end). */
    public int toRaw(int plainOffset) {
        return plainToRaw[plainOffset];
    }

    /** The raw span a plain span was read from: from its first character to just after its last. */
    public Span toRaw(Span plain) {
        if (plain.length() == 0) {
            int at = plainToRaw[plain.start()];
            return new Span(at, at);
        }
        return new Span(plainToRaw[plain.start()], plainToRaw[plain.end() - 1] + 1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OffsetMap other && Arrays.equals(plainToRaw, other.plainToRaw);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(plainToRaw);
    }
}
