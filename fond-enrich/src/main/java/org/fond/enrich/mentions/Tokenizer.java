package org.fond.enrich.mentions;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;

import java.util.ArrayList;
import java.util.List;
import org.fond.core.text.WordBreakIterator;

/**
 * Splits a text into {@link Token}s with UTF-16 offsets, by ICU's word break rules (which know
 * Cyrillic, Hangul and Han, unlike a whitespace split). Spaces are dropped; punctuation marks are
 * tokens of their own. An English possessive is split off ({@code Lansing’s} → {@code Lansing},
 * {@code ’s}) because the name ends before it, and so is a particle in another script. Thread-safe: each thread has its own break iterator.
 */
public final class Tokenizer {
    /**
     * ICU's root word boundaries, read directly where the text is plain (fond-core's {@link WordBreakIterator});
     * one per thread, as an iterator keeps the text it reads.
     */
    private static final ThreadLocal<WordBreakIterator> WORDS = ThreadLocal.withInitial(WordBreakIterator::newInstance);

    private Tokenizer() {
    }

    public static List<Token> tokens(String text) {
        return tokens(text, WORDS.get());
    }

    /** The tokens of {@code text} between the boundaries {@code words} finds (given the text here and read to its end). */
    static List<Token> tokens(String text, BreakIterator words) {
        List<Token> tokens = new ArrayList<>(Math.max(16, text.length() / 5));
        words.setText(text);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (isSpace(text, start, end)) {
                continue;
            }
            int possessive = possessiveAt(text, start, end);
            if (possessive > start) {
                addByScript(tokens, text, start, possessive);
                add(tokens, text, possessive, end);
            } else {
                addByScript(tokens, text, start, end);
            }
        }
        return tokens;
    }

    /**
     * A word whose letters change script is split there: a Korean or Japanese particle written onto a
     * Latin name ({@code Muccio는}) is not part of the name.
     */
    private static void addByScript(List<Token> tokens, String text, int start, int end) {
        if (isAscii(text, start, end)) {
            add(tokens, text, start, end); // Latin letters, digits and common marks: one script, nothing to split
            return;
        }
        int from = start;
        int script = -1;
        for (int i = start; i < end; ) {
            int c = text.codePointAt(i);
            int s = UScript.getScript(c);
            if (s != UScript.COMMON && s != UScript.INHERITED) {
                if (script >= 0 && s != script && i > from) {
                    add(tokens, text, from, i);
                    from = i;
                }
                script = s;
            }
            i += Character.charCount(c);
        }
        add(tokens, text, from, end);
    }

    private static boolean isAscii(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static void add(List<Token> tokens, String text, int start, int end) {
        String surface = text.substring(start, end);
        tokens.add(new Token(start, end, surface, Fold.key(surface)));
    }

    private static boolean isSpace(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u00A0') {
                return false;
            }
        }
        return true;
    }

    /** Where {@code ’s} or {@code 's} ends a longer word, its start; else -1. */
    private static int possessiveAt(String text, int start, int end) {
        if (end - start > 2 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
                && Fold.isApostrophe(text.charAt(end - 2))) {
            return end - 2;
        }
        return -1;
    }
}
