package org.fond.search.lucene;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Locale;

/**
 * Sentence boundaries looked for only near a match: at most {@value #REACH} characters before and
 * after it. The highlighter asks for the sentence around each match; a sentence iterator over a
 * whole record may scan far to answer (an OCR'd page without full stops is one sentence), which was
 * a good part of highlighting a long record, and gave a snippet as long as that page. Here the
 * sentence iterator only ever sees the stretch of text within reach, and where no sentence ends
 * within reach the passage is cut at a space (a word is never cut in two unless there is no space
 * within reach). Offsets stay those of the whole text.
 */
final class NearSentences extends BreakIterator {
    static final int REACH = 300;

    private final BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
    private CharacterIterator text = new StringCharacterIterator("");
    private String content = "";
    private int current;

    @Override
    public void setText(CharacterIterator newText) {
        text = newText;
        StringBuilder b = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            b.append(c);
        }
        content = b.toString();
        current = newText.getBeginIndex();
    }

    @Override
    public void setText(String newText) {
        content = newText;
        text = new StringCharacterIterator(newText);
        current = 0;
    }

    @Override
    public CharacterIterator getText() {
        return text;
    }

    /** The first boundary after {@code offset}: a sentence's end within reach, else a space, else the reach. */
    @Override
    public int following(int offset) {
        int begin = text.getBeginIndex();
        int end = text.getEndIndex();
        if (offset >= end) {
            current = end;
            return DONE;
        }
        int from = Math.max(offset, begin);
        int limit = Math.min(end, from + REACH);
        sentences.setText(content.substring(from, limit));
        int found = sentences.following(0);
        int boundary = found == DONE ? limit : from + found;
        if (boundary >= limit && limit < end) {
            boundary = afterLastSpace(from, limit);
        }
        current = boundary;
        return boundary;
    }

    /** The last boundary before {@code offset}: a sentence's start within reach, else a space, else the reach. */
    @Override
    public int preceding(int offset) {
        int begin = text.getBeginIndex();
        if (offset <= begin) {
            current = begin;
            return DONE;
        }
        int to = Math.min(text.getEndIndex(), offset);
        int limit = Math.max(begin, to - REACH);
        sentences.setText(content.substring(limit, to));
        int found = sentences.preceding(to - limit);
        int boundary = found == DONE ? limit : limit + found;
        if (boundary <= limit && limit > begin) {
            boundary = afterFirstSpace(limit, to);
        }
        current = boundary;
        return boundary;
    }

    /** Just after the last space in (from, to], or {@code to} when there is none. */
    private int afterLastSpace(int from, int to) {
        for (int i = to; i > from + 1; i--) {
            if (Character.isWhitespace(content.charAt(i - 1))) {
                return i;
            }
        }
        return to;
    }

    /** Just after the first space in [from, to), or {@code from} when there is none. */
    private int afterFirstSpace(int from, int to) {
        for (int i = from; i < to - 1; i++) {
            if (Character.isWhitespace(content.charAt(i))) {
                return i + 1;
            }
        }
        return from;
    }

    @Override
    public int first() {
        current = text.getBeginIndex();
        return current;
    }

    @Override
    public int last() {
        current = text.getEndIndex();
        return current;
    }

    @Override
    public int next() {
        return current >= text.getEndIndex() ? DONE : following(current);
    }

    @Override
    public int next(int n) {
        int at = current;
        for (int i = 0; i < n && at != DONE; i++) {
            at = next();
        }
        for (int i = 0; i > n && at != DONE; i--) {
            at = previous();
        }
        return at;
    }

    @Override
    public int previous() {
        return current <= text.getBeginIndex() ? DONE : preceding(current);
    }

    @Override
    public int current() {
        return current;
    }
}
