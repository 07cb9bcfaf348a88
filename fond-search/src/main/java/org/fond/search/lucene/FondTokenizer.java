package org.fond.search.lucene;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.RuleBasedBreakIterator;
import com.ibm.icu.text.UnicodeSet;
import java.io.CharArrayReader;
import java.io.IOException;
import java.util.BitSet;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizerConfig;
import org.apache.lucene.analysis.icu.tokenattributes.ScriptAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.fond.core.text.WordBreakIterator;

/**
 * Lucene's {@link ICUTokenizer} on {@link WordBreaks}, the same tokens read with less machinery where
 * the text allows. Like it, this reads the text in 4,096-character chunks, each ending after its last
 * white space, and breaks each chunk on its own. A chunk whose characters are all of the Latin script,
 * common (punctuation, digits, spaces) or inherited (marks), none an emoji, is one script run to ICU's
 * tokenizer, so its words are the word break iterator's segments with a letter or digit in them: they
 * are read here straight from the config's iterator over the chunk's characters. ICU's tokenizer itself splits
 * a chunk into script runs, hands each to a break iterator through a character iterator and asks of
 * every segment whether it starts an emoji; at two-thirds of the indexing analysis' CPU it was a fifth
 * of an ingest's indexing. Every other chunk (Cyrillic, Hangul, Han, emoji…) goes to an
 * {@link ICUTokenizer} of its own, whose tokens are passed on with their offsets moved to the chunk's
 * place. {@code FondTokenizerTest} checks that the tokens, offsets, types and scripts are ICU's.
 */
final class FondTokenizer extends Tokenizer {
    /** ICU's chunk size, so that chunks end where ICU's end. */
    private static final int IOBUFFER = 4096;
    /** The BMP characters a chunk of one script run may hold, read without ICU's tokenizer. */
    private static final BitSet SINGLE_RUN = singleRun();

    private final char[] buffer = new char[IOBUFFER];
    /** Characters in the buffer. */
    private int length;
    /** Characters of the buffer in this chunk, up to its last white space. */
    private int usableLength;
    /** Characters of earlier chunks, for offsets. */
    private int offset;

    private final ICUTokenizerConfig config;
    /** The config's break iterators for a run of no script and of the Latin script, made on first need. */
    private RuleBasedBreakIterator common;
    private RuleBasedBreakIterator latin;
    /** The one reading this chunk. */
    private RuleBasedBreakIterator words;
    /** The script of this chunk's run when it is read here ({@code -1}: the chunk is ICU's). */
    private int chunkScript;

    private final ICUTokenizer other;
    private final CharTermAttribute otherTerm;
    private final OffsetAttribute otherOffsets;
    private final TypeAttribute otherType;
    private final ScriptAttribute otherScript;
    /** Whether {@link #other} holds a chunk (between its reset and its close). */
    private boolean otherOpen;

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final ScriptAttribute scriptAtt = addAttribute(ScriptAttribute.class);

    FondTokenizer(ICUTokenizerConfig config) {
        this.config = config;
        this.other = new ICUTokenizer(config);
        this.otherTerm = other.addAttribute(CharTermAttribute.class);
        this.otherOffsets = other.addAttribute(OffsetAttribute.class);
        this.otherType = other.addAttribute(TypeAttribute.class);
        this.otherScript = other.addAttribute(ScriptAttribute.class);
    }

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (length == 0) {
            refill();
        }
        while (!nextInChunk()) {
            refill();
            if (length <= 0) {
                return false;
            }
        }
        return true;
    }

    /** The next token of this chunk, or false when it has no more. */
    private boolean nextInChunk() throws IOException {
        if (chunkScript < 0) {
            return nextOfOther();
        }
        int start = words.current();
        int end = words.next();
        while (end != BreakIterator.DONE && words.getRuleStatus() == 0) {
            start = end;
            end = words.next();
        }
        if (end == BreakIterator.DONE) {
            return false;
        }
        termAtt.copyBuffer(buffer, start, end - start);
        offsetAtt.setOffset(correctOffset(offset + start), correctOffset(offset + end));
        typeAtt.setType(config.getType(chunkScript, words.getRuleStatus()));
        scriptAtt.setCode(chunkScript);
        return true;
    }

    private boolean nextOfOther() throws IOException {
        if (!otherOpen) {
            return false;
        }
        if (!other.incrementToken()) {
            closeOther();
            return false;
        }
        termAtt.copyBuffer(otherTerm.buffer(), 0, otherTerm.length());
        // the chunk is the whole text to the other tokenizer: its offsets are into the chunk
        offsetAtt.setOffset(correctOffset(offset + otherOffsets.startOffset()),
                correctOffset(offset + otherOffsets.endOffset()));
        typeAtt.setType(otherType.type());
        scriptAtt.setCode(otherScript.getCode());
        return true;
    }

    /** The next chunk, as ICU's tokenizer cuts it: after the last white space of a full buffer. */
    private void refill() throws IOException {
        offset += usableLength;
        int leftover = length - usableLength;
        System.arraycopy(buffer, usableLength, buffer, 0, leftover);
        int requested = buffer.length - leftover;
        int returned = read(buffer, leftover, requested);
        length = returned + leftover;
        if (returned < requested) {
            usableLength = length;
        } else {
            usableLength = safeEnd();
            if (usableLength < 0) {
                usableLength = length; // a full buffer without white space: ICU cuts it there too
            }
        }
        startChunk(Math.max(0, usableLength));
    }

    private void startChunk(int chunk) throws IOException {
        closeOther();
        int script = UScript.COMMON;
        for (int i = 0; i < chunk; i++) {
            char c = buffer[i];
            if (c >= 0x80 && !SINGLE_RUN.get(c)) {
                script = -1;
                break;
            }
            if (script == UScript.COMMON && isLatinLetter(c)) {
                script = UScript.LATIN; // the run takes the script of its first letter, as ICU's script iterator does
            }
        }
        chunkScript = script;
        if (script >= 0) {
            words = breaker(script);
            if (words instanceof WordBreakIterator fond) {
                fond.setText(buffer, 0, chunk);
            } else {
                words.setText(new String(buffer, 0, chunk));
            }
        } else {
            // the other tokenizer reads all of a chunk shorter than its buffer at once, and as one chunk
            other.setReader(new CharArrayReader(buffer, 0, chunk));
            other.reset();
            otherOpen = true;
        }
    }

    /** Of the Latin script to ICU's script iterator, which counts the full-width digits as Latin. */
    private static boolean isLatinLetter(char c) {
        int lower = c | 0x20;
        return c < 0x80 ? lower >= 'a' && lower <= 'z'
                : UScript.getScript(c) == UScript.LATIN || (c >= 0xFF10 && c <= 0xFF19);
    }

    private int safeEnd() {
        for (int i = length - 1; i >= 0; i--) {
            if (UCharacter.isWhitespace(buffer[i])) {
                return i + 1;
            }
        }
        return -1;
    }

    private int read(char[] into, int from, int wanted) throws IOException {
        int remaining = wanted;
        while (remaining > 0) {
            int count = input.read(into, from + wanted - remaining, remaining);
            if (count == -1) {
                break;
            }
            remaining -= count;
        }
        return wanted - remaining;
    }

    private void closeOther() throws IOException {
        if (otherOpen) {
            otherOpen = false;
            other.end();
            other.close();
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        closeOther();
        length = 0;
        usableLength = 0;
        offset = 0;
        chunkScript = UScript.COMMON;
        words = breaker(UScript.COMMON);
        words.setText("");
    }

    private RuleBasedBreakIterator breaker(int script) {
        if (script == UScript.LATIN) {
            if (latin == null) {
                latin = config.getBreakIterator(UScript.LATIN);
            }
            return latin;
        }
        if (common == null) {
            common = config.getBreakIterator(UScript.COMMON);
        }
        return common;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int finalOffset = length < 0 ? offset : offset + length;
        offsetAtt.setOffset(correctOffset(finalOffset), correctOffset(finalOffset));
    }

    @Override
    public void close() throws IOException {
        try {
            closeOther();
        } finally {
            super.close();
        }
    }

    /**
     * Characters that keep a chunk one run of the Latin script (or of none): Latin, common or inherited
     * to ICU, neither an emoji ICU's tokenizer would type as one (the ASCII digits, {@code #} and
     * {@code *} are emoji only before U+FE0F or U+20E3, which are left out) nor a surrogate.
     */
    private static BitSet singleRun() {
        UnicodeSet emoji = new UnicodeSet("[[:Emoji:][:Extended_Pictographic:]]").freeze();
        BitSet set = new BitSet(0x10000);
        for (int c = 0; c < 0x10000; c++) {
            int script = UScript.getScript(c);
            boolean oneRun = script == UScript.COMMON || script == UScript.INHERITED || script == UScript.LATIN;
            if (oneRun && !Character.isSurrogate((char) c) && (c < 0x80 || !emoji.contains(c)) && c != 0xFE0F
                    && c != 0x20E3) {
                set.set(c);
            }
        }
        return set;
    }
}
