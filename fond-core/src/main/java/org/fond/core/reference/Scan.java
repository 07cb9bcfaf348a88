package org.fond.core.reference;

/** Small character tests shared by the grammars, so every grammar agrees on what a separator is. */
final class Scan {
    private Scan() {
    }

    /** The separators between levels (MODEL.md §2.3 {@code sep}): whitespace and {@code , . ; :}. */
    static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || c == ',' || c == '.' || c == ';' || c == ':';
    }

    static int skipSeparators(String text, int at) {
        int i = at;
        while (i < text.length() && isSeparator(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** True when a word may start at {@code at}: nothing alphanumeric touches it on the left. */
    static boolean wordStart(String text, int at) {
        return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
    }

    static boolean letterAt(String text, int at) {
        return at < text.length() && Character.isLetter(text.charAt(at));
    }

    static char closingOf(char open) {
        return switch (open) {
            case '[' -> ']';
            case '(' -> ')';
            case '{' -> '}';
            default -> 0;
        };
    }
}
