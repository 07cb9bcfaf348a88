package org.fond.core.structure;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document's own item marker at the start of a paragraph or list item ({@code First.},
 * {@code a)}, {@code 1.}, {@code 1)}, {@code I.}), kept verbatim as the item's label (F8). The
 * style decides which list an item belongs to: labels are scoped per list, so {@code a)} inside
 * a topic and {@code a)} in a later list are different items.
 */
record Enumerator(String label, Style style) {
    enum Style { ORDINAL, LETTER, ARABIC_DOT, ARABIC_PAREN, ROMAN }

    private static final Pattern ORDINAL = Pattern.compile("^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh"
            + "|Eighth|Ninth|Tenth|Eleventh|Twelfth|FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH)"
            + "[.:](?=\\s|$)");
    private static final Pattern LETTER = Pattern.compile("^\\(?\\p{Ll}\\)(?=\\s|$)");
    private static final Pattern ARABIC = Pattern.compile("^\\d{1,2}([.)])(?=\\s|$)");
    // single-letter numerals other than I are too often initials ("V. Molotov") to start a list
    private static final Pattern ROMAN = Pattern.compile("^(?:I|II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV)\\.(?=\\s|$)");

    /** The enumerator {@code text} starts with, if any. */
    static Optional<Enumerator> at(String text) {
        String s = text.stripLeading();
        Matcher m = ORDINAL.matcher(s);
        if (m.find()) {
            return Optional.of(new Enumerator(m.group(), Style.ORDINAL));
        }
        m = LETTER.matcher(s);
        if (m.find()) {
            return Optional.of(new Enumerator(m.group(), Style.LETTER));
        }
        m = ARABIC.matcher(s);
        if (m.find()) {
            return Optional.of(new Enumerator(m.group(), m.group(1).equals(".") ? Style.ARABIC_DOT : Style.ARABIC_PAREN));
        }
        m = ROMAN.matcher(s);
        if (m.find()) {
            return Optional.of(new Enumerator(m.group(), Style.ROMAN));
        }
        return Optional.empty();
    }

    boolean ordinal() {
        return style == Style.ORDINAL;
    }

    /** The label as an id segment: {@code a)} → {@code a}, {@code First.} → {@code first}. */
    String idSegment() {
        return label.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(java.util.Locale.ROOT);
    }
}
