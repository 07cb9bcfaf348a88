package org.fond.core.model;

import java.util.Objects;

/**
 * A record's text in three parts: the raw source string exactly as read ({@code raw}, e.g. the
 * markdown body of a WCDA export), the normalised plain text everything else points into
 * ({@code plain}), and the map between the two. {@code rawFirstLine} is the 1-based line of the
 * source file on which {@code raw} begins, so any offset can be turned into a source line.
 */
public record Text(String raw, int rawFirstLine, String plain, OffsetMap offsets) {
    public Text {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(plain, "plain");
        Objects.requireNonNull(offsets, "offsets");
        if (offsets.plainLength() != plain.length()) {
            throw new IllegalArgumentException("offset map covers " + offsets.plainLength()
                    + " characters but the plain text has " + plain.length());
        }
    }

    /** A text whose plain form is its raw form. */
    public static Text verbatim(String text, int firstLine) {
        return new Text(text, firstLine, text, OffsetMap.identity(text.length()));
    }

    public static Text empty() {
        return verbatim("", 1);
    }

    /** The raw markup a span of plain text was normalised from. */
    public String rawOf(Span plainSpan) {
        return offsets.toRaw(plainSpan).of(raw);
    }

    /** The 1-based source-file line holding the plain character at {@code plainOffset}. */
    public int sourceLine(int plainOffset) {
        int rawOffset = Math.min(offsets.toRaw(Math.min(plainOffset, plain.length())), raw.length());
        int line = rawFirstLine;
        for (int i = 0; i < rawOffset; i++) {
            if (raw.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
