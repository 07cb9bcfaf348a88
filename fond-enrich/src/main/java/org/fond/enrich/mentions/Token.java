package org.fond.enrich.mentions;

/**
 * One word or punctuation mark of a text at {@code [start, end)} (UTF-16 offsets), with its matching
 * key: the folded form names are compared by ({@link Fold#key}).
 */
public record Token(int start, int end, String text, String key) {

    /** True when the token begins with an upper-case letter ({@code Lansing}, {@code É.}, {@code MacArthur}). */
    public boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /** True for a word: it holds a letter or a digit. */
    public boolean word() {
        // a loop rather than a code point stream: asked for every token by several rules
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** True for a hyphen or dash standing alone, which name matching ignores ({@code Il-sung} = {@code Il sung}). */
    public boolean hyphen() {
        return key.isEmpty() && !text.isEmpty() && text.codePoints().allMatch(Fold::isHyphen);
    }
}
