package org.fond.core.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * Maps every UTF-16 offset of a plain text back to the raw source string it was normalised from.
 * Entry {@code i} is the raw offset of plain character {@code i}; the extra last entry is the raw
 * offset just after the last mapped character. Characters the normaliser synthesised (the space
 * that joins a page-break split) map to the first raw character they replace, so the original
 * paragraphing can always be recovered.
 */
public final class OffsetMap {
    /** The raw offset of each plain offset; null for the identity, which needs no table. */
    private final int[] plainToRaw;
    private final int plainLength;

    public OffsetMap(int[] plainToRaw) {
        if (plainToRaw.length == 0) {
            throw new IllegalArgumentException("an offset map has at least the end entry");
        }
        this.plainToRaw = plainToRaw.clone();
        this.plainLength = plainToRaw.length - 1;
    }

    private OffsetMap(int length) {
        this.plainToRaw = null;
        this.plainLength = length;
    }

    /**
     * The identity map for a text that needed no normalisation (every FRUS document). It holds no
     * table: two arrays of an int a character were an eighth of what ingest allocated for such texts.
     */
    public static OffsetMap identity(int length) {
        if (length < 0) {
            throw new IllegalArgumentException("negative length " + length);
        }
        return new OffsetMap(length);
    }

    public int plainLength() {
        return plainLength;
    }

    /** The raw offset of the plain character at {@code plainOffset} (or the raw end, for the end). */
    public int toRaw(int plainOffset) {
        if (plainToRaw == null) {
            return Objects.checkIndex(plainOffset, plainLength + 1);
        }
        return plainToRaw[plainOffset];
    }

    /** The raw span a plain span was read from: from its first character to just after its last. */
    public Span toRaw(Span plain) {
        if (plain.length() == 0) {
            int at = toRaw(plain.start());
            return new Span(at, at);
        }
        return new Span(toRaw(plain.start()), toRaw(plain.end() - 1) + 1);
    }

    /** Equal when every entry is: an identity map equals a table that happens to be the identity. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof OffsetMap other) || other.plainLength != plainLength) {
            return false;
        }
        if (plainToRaw != null && other.plainToRaw != null) {
            return Arrays.equals(plainToRaw, other.plainToRaw);
        }
        for (int i = 0; i <= plainLength; i++) {
            if (toRaw(i) != other.toRaw(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@link Arrays#hashCode(int[])} of the entries, whichever way they are held. */
    @Override
    public int hashCode() {
        if (plainToRaw != null) {
            return Arrays.hashCode(plainToRaw);
        }
        int h = 1;
        for (int i = 0; i <= plainLength; i++) {
            h = 31 * h + i;
        }
        return h;
    }
}
