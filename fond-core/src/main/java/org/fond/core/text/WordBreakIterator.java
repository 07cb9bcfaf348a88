package org.fond.core.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.RuleBasedBreakIterator;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.util.ULocale;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * ICU's root word boundaries and rule statuses, computed without ICU's rule machine where the text
 * allows. Most of Fond's text is English (Latin letters, digits, punctuation, spaces), for which the
 * Unicode word rules (UAX #29) come down to a few pairs: letters and digits hold together, as do
 * {@code _} joins, a {@code .}, {@code '} or {@code :} between letters and a {@code .}, {@code ,},
 * {@code '} or {@code ;} between digits; runs of spaces hold together, CR holds LF; everything else
 * stands alone. This class applies exactly those rules, with the statuses ICU gives (a word ending
 * in a letter 200, in a digit 100, none 0), to every stretch of text whose characters all belong to
 * those simple classes, and hands any other stretch (marks, emoji, Hebrew, kana, Han, Thai…) to
 * ICU's own iterator.
 *
 * <p>A stretch ends before a space that follows something other than a space: ICU always breaks
 * there and starts afresh after, so the stretches can be read apart. Reading the rule machine was
 * most of the cost of tokenizing; {@code WordBreakIteratorTest} checks against ICU that both give
 * the same boundaries and statuses, character class by character class and on real and random text.
 *
 * <p>All boundaries of a text are found when it is set, so every navigation method works; the
 * iterator is, like ICU's, for one thread at a time ({@link #clone()} one per thread).
 */
public final class WordBreakIterator extends RuleBasedBreakIterator {
    private static final RuleBasedBreakIterator ROOT =
            (RuleBasedBreakIterator) BreakIterator.getWordInstance(ULocale.ROOT);

    /** Word break classes of the simple characters; COMPLEX for every other. */
    private static final byte COMPLEX = 0;
    private static final byte OTHER = 1;
    private static final byte LETTER = 2;
    private static final byte NUMBER = 3;
    private static final byte MID_LETTER = 4;
    private static final byte MID_NUMBER = 5;
    private static final byte MID_NUMBER_LETTER = 6;
    private static final byte SINGLE_QUOTE = 7;
    private static final byte EXTEND_NUMBER_LETTER = 8;
    private static final byte SPACE = 9;
    private static final byte CR = 10;
    private static final byte LF = 11;
    private static final byte NEWLINE = 12;
    private static final byte[] CLASSES = classes();

    private static final WordBreakIterator PROTOTYPE = new WordBreakIterator();

    private CharacterIterator text;
    private char[] chars = new char[0];
    private int length;
    private int begin;
    private int[] boundaries = new int[16];
    private int[] statuses = new int[16];
    private int count;
    private int at;
    /** ICU's iterator for the stretches this one does not read itself, made on first need. */
    private RuleBasedBreakIterator icu;
    private String icuText;

    private WordBreakIterator() {
        // the rule machine of the superclass is never used; it needs rules to be built at all
        super(".;");
        setText("");
    }

    /** A new iterator over no text. */
    public static WordBreakIterator newInstance() {
        return PROTOTYPE.clone();
    }

    @Override
    public WordBreakIterator clone() {
        WordBreakIterator copy = (WordBreakIterator) super.clone();
        copy.chars = new char[0];
        copy.boundaries = new int[16];
        copy.statuses = new int[16];
        copy.icu = null;
        copy.setText("");
        return copy;
    }

    @Override
    public void setText(String newText) {
        length = newText.length();
        if (chars.length < length) {
            chars = new char[Math.max(length, chars.length * 2)];
        }
        newText.getChars(0, length, chars, 0);
        text = null;
        begin = 0;
        findBoundaries();
    }

    /**
     * Sets {@code length} characters of {@code source} from {@code start} as the text, copied:
     * boundaries count from 0, as for a {@link CharacterIterator} over them that begins at 0.
     */
    public void setText(char[] source, int start, int length) {
        this.length = length;
        if (chars.length < length) {
            chars = new char[Math.max(length, chars.length * 2)];
        }
        System.arraycopy(source, start, chars, 0, length);
        text = null;
        begin = 0;
        findBoundaries();
    }

    @Override
    public void setText(CharacterIterator newText) {
        begin = newText.getBeginIndex();
        length = newText.getEndIndex() - begin;
        if (chars.length < length) {
            chars = new char[Math.max(length, chars.length * 2)];
        }
        char c = newText.first();
        for (int i = 0; i < length; i++) {
            chars[i] = c;
            c = newText.next();
        }
        newText.first();
        text = newText;
        findBoundaries();
    }

    @Override
    public CharacterIterator getText() {
        if (text == null) {
            text = new StringCharacterIterator(new String(chars, 0, length));
        }
        return text;
    }

    private void findBoundaries() {
        count = 0;
        at = 0;
        icuText = null;
        add(begin, WORD_NONE);
        int from = 0;
        for (int p = 1; p <= length; p++) {
            if (p == length || (chars[p] == ' ' && CLASSES[chars[p - 1]] != SPACE)) {
                int mark = count;
                if (!simple(from, p)) {
                    count = mark;
                    withIcu(from, p);
                }
                from = p;
            }
        }
    }

    /** The boundaries of {@code [from, to)} by the simple rules; false (having added some) at a complex character. */
    private boolean simple(int from, int to) {
        int i = from;
        while (i < to) {
            byte c = CLASSES[chars[i]];
            int j = i + 1;
            int status = WORD_NONE;
            switch (c) {
                case COMPLEX -> {
                    return false;
                }
                case CR -> j = j < to && chars[j] == '\n' ? j + 1 : j;
                case SPACE -> {
                    while (j < to && CLASSES[chars[j]] == SPACE) {
                        j++;
                    }
                }
                case LETTER, NUMBER, EXTEND_NUMBER_LETTER -> {
                    status = c == LETTER ? WORD_LETTER : c == NUMBER ? WORD_NUMBER : WORD_NONE;
                    byte previous = c;
                    while (j < to) {
                        byte d = CLASSES[chars[j]];
                        if (d == LETTER || d == NUMBER || d == EXTEND_NUMBER_LETTER) {
                            status = d == LETTER ? WORD_LETTER : d == NUMBER ? WORD_NUMBER
                                    : previous == NUMBER ? WORD_NUMBER : WORD_LETTER;
                            previous = d;
                            j++;
                        } else if (j + 1 < to && CLASSES[chars[j + 1]] == previous
                                && (previous == LETTER && (d == MID_LETTER || d == MID_NUMBER_LETTER || d == SINGLE_QUOTE)
                                    || previous == NUMBER && (d == MID_NUMBER || d == MID_NUMBER_LETTER || d == SINGLE_QUOTE))) {
                            status = previous == LETTER ? WORD_LETTER : WORD_NUMBER;
                            j += 2;
                        } else {
                            break;
                        }
                    }
                }
                default -> {
                    // a lone mark, quote, other punctuation, LF or another line end
                }
            }
            add(begin + j, status);
            i = j;
        }
        return true;
    }

    private void withIcu(int from, int to) {
        if (icu == null) {
            icu = ROOT.clone();
        }
        if (icuText == null) {
            icuText = new String(chars, 0, length);
        }
        icu.setText(new StringCharacterIterator(icuText, from, to, from));
        for (int b = icu.next(); b != DONE; b = icu.next()) {
            add(begin + b, icu.getRuleStatus());
        }
    }

    private void add(int boundary, int status) {
        if (count == boundaries.length) {
            boundaries = Arrays.copyOf(boundaries, count * 2);
            statuses = Arrays.copyOf(statuses, count * 2);
        }
        boundaries[count] = boundary;
        statuses[count] = status;
        count++;
    }

    @Override
    public int first() {
        at = 0;
        return boundaries[0];
    }

    @Override
    public int last() {
        at = count - 1;
        return boundaries[at];
    }

    @Override
    public int next() {
        if (at + 1 >= count) {
            return DONE;
        }
        return boundaries[++at];
    }

    @Override
    public int next(int n) {
        int result = current();
        for (; n > 0 && result != DONE; n--) {
            result = next();
        }
        for (; n < 0 && result != DONE; n++) {
            result = previous();
        }
        return result;
    }

    @Override
    public int previous() {
        if (at == 0) {
            return DONE;
        }
        return boundaries[--at];
    }

    @Override
    public int following(int offset) {
        check(offset);
        int k = firstAtOrAfter(offset + 1);
        if (k == count) {
            at = count - 1;
            return DONE;
        }
        at = k;
        return boundaries[k];
    }

    @Override
    public int preceding(int offset) {
        check(offset);
        int k = firstAtOrAfter(offset) - 1;
        if (k < 0) {
            at = 0;
            return DONE;
        }
        at = k;
        return boundaries[k];
    }

    @Override
    public boolean isBoundary(int offset) {
        check(offset);
        int k = firstAtOrAfter(offset);
        at = Math.min(k, count - 1);
        return k < count && boundaries[k] == offset;
    }

    @Override
    public int current() {
        return boundaries[at];
    }

    @Override
    public int getRuleStatus() {
        return statuses[at];
    }

    @Override
    public int getRuleStatusVec(int[] fillInArray) {
        if (fillInArray != null && fillInArray.length > 0) {
            fillInArray[0] = statuses[at];
        }
        return 1;
    }

    private int firstAtOrAfter(int offset) {
        int k = Arrays.binarySearch(boundaries, 0, count, offset);
        return k >= 0 ? k : -k - 1;
    }

    private void check(int offset) {
        if (offset < begin || offset > begin + length) {
            throw new IllegalArgumentException("offset " + offset + " outside the text [" + begin + ", "
                    + (begin + length) + "]");
        }
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "WordBreakIterator[" + count + " boundaries]";
    }

    /**
     * The class of every BMP character, from ICU's Word_Break property. Simple: the classes above,
     * outside the sets ICU's rules treat on their own (emoji, the scripts segmented by dictionary,
     * Hangul, kana, Han). Every other character (marks, format characters, ZWJ, Hebrew letters,
     * regional indicators, surrogates) is complex.
     */
    private static byte[] classes() {
        UnicodeSet own = new UnicodeSet("[[:Extended_Pictographic:][:Emoji_Presentation:][:Line_Break=Complex_Context:]"
                + "[:Script=Han:][:Script=Hiragana:][:Script=Katakana:][:Script=Hangul:][:Ideographic:]"
                + "[:Cs:]]").freeze();
        byte[] classes = new byte[0x10000];
        for (int c = 0; c < classes.length; c++) {
            if (own.contains(c)) {
                continue;
            }
            classes[c] = switch (UCharacter.getIntPropertyValue(c, UProperty.WORD_BREAK)) {
                case UCharacter.WordBreak.OTHER, UCharacter.WordBreak.DOUBLE_QUOTE -> OTHER;
                case UCharacter.WordBreak.ALETTER -> LETTER;
                case UCharacter.WordBreak.NUMERIC -> NUMBER;
                case UCharacter.WordBreak.MIDLETTER -> MID_LETTER;
                case UCharacter.WordBreak.MIDNUM -> MID_NUMBER;
                case UCharacter.WordBreak.MIDNUMLET -> MID_NUMBER_LETTER;
                case UCharacter.WordBreak.SINGLE_QUOTE -> SINGLE_QUOTE;
                case UCharacter.WordBreak.EXTENDNUMLET -> EXTEND_NUMBER_LETTER;
                case UCharacter.WordBreak.WSEGSPACE -> SPACE;
                case UCharacter.WordBreak.CR -> CR;
                case UCharacter.WordBreak.LF -> LF;
                case UCharacter.WordBreak.NEWLINE -> NEWLINE;
                default -> COMPLEX;
            };
        }
        return classes;
    }
}
