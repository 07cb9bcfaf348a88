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

    static final Pattern ORDINAL = Pattern.compile("^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh"
            + "|Eighth|Ninth|Tenth|Eleventh|Twelfth|FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH)"
            + "[.:](?=\\s|$)");
    static final Pattern LETTER = Pattern.compile("^\\(?\\p{Ll}\\)(?=\\s|$)");
    static final Pattern ARABIC = Pattern.compile("^\\d{1,2}([.)])(?=\\s|$)");
    // single-letter numerals other than I are too often initials ("V. Molotov") to start a list
    static final Pattern ROMAN = Pattern.compile("^(?:I|II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV)\\.(?=\\s|$)");

    /**
     * The enumerator {@code text} starts with (after its leading white space), if any. Asked of every
     * paragraph: a pattern is tried only when the first character is one its match begins with, and
     * only there, anchored; a find of each of the four patterns made a matcher and tried it at every
     * character of the paragraph, its anchor failing at each.
     */
    static Optional<Enumerator> at(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++; // as stripLeading: white space read by char, so a surrogate ends it
        }
        if (i == text.length()) {
            return Optional.empty();
        }
        char c = text.charAt(i);
        Pattern pattern;
        Style style = null;
        if ("FSTEN".indexOf(c) >= 0) {
            pattern = ORDINAL;
            style = Style.ORDINAL;
        } else if (c == '(' || Character.getType(text.codePointAt(i)) == Character.LOWERCASE_LETTER) {
            pattern = LETTER;
            style = Style.LETTER;
        } else if (c >= '0' && c <= '9') {
            pattern = ARABIC;
        } else if (c == 'I' || c == 'V' || c == 'X') {
            pattern = ROMAN;
            style = Style.ROMAN;
        } else {
            return Optional.empty();
        }
        // the region starts where the stripped text would: ^ holds there, and $ at the text's end
        Matcher m = pattern.matcher(text).region(i, text.length());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        if (style == null) {
            style = m.group(1).equals(".") ? Style.ARABIC_DOT : Style.ARABIC_PAREN;
        }
        return Optional.of(new Enumerator(m.group(), style));
    }

    boolean ordinal() {
        return style == Style.ORDINAL;
    }

    /** The label as an id segment: {@code a)} → {@code a}, {@code First.} → {@code first}. */
    String idSegment() {
        return label.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(java.util.Locale.ROOT);
    }
}
