package org.fond.search.lucene;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PayloadAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * One text indexed under two fields of one document, analysed once. A record without apparatus
 * has a {@code text_original} equal to its {@code text}, and both fields go through the same
 * analysis chain: the field the index writer inverts first records the tokens it hands on, the
 * second replays them. The writer reads only the term, position increment, offsets and term
 * frequency of a token (and the position and offset left by {@code end()}), so the replay gives
 * it the same postings and norms, without segmenting and folding the text a second time.
 *
 * <p>When the second field is inverted before the first has been read to its end (the writer
 * never does this, but nothing here depends on it), or the chain carries payloads, the text is
 * simply analysed again. Only for fields the writer's analyzer treats alike; a document belongs to
 * one indexing thread, so no locking.
 */
final class AnalysedOnce {
    private final String text;
    private Recording recording;
    private boolean started;

    AnalysedOnce(String text) {
        this.text = text;
    }

    /** A field holding the text; all fields made here share one analysis. */
    Field field(String name, FieldType type) {
        return new Field(name, text, type) {
            @Override
            public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
                if (fieldType().indexOptions() == IndexOptions.NONE) {
                    return null;
                }
                if (recording != null && recording.complete) {
                    return new Replay(recording);
                }
                return AnalysedOnce.this.stream(super.tokenStream(analyzer, reuse));
            }
        };
    }

    private TokenStream stream(TokenStream analysed) {
        if (started || analysed.hasAttribute(PayloadAttribute.class)) {
            return analysed;
        }
        started = true;
        recording = new Recording();
        return new Recorder(analysed, recording);
    }

    /** The tokens of one pass: term characters end to end, and per token its length and attributes. */
    private static final class Recording {
        char[] chars = new char[1024];
        int charCount;
        int[] termEnds = new int[128];
        int[] increments = new int[128];
        int[] starts = new int[128];
        int[] ends = new int[128];
        int[] frequencies = new int[128];
        int size;
        int finalIncrement;
        int finalStart;
        int finalEnd;
        boolean complete;

        void add(CharTermAttribute term, int increment, int start, int end, int frequency) {
            if (size == termEnds.length) {
                int n = size * 2;
                termEnds = Arrays.copyOf(termEnds, n);
                increments = Arrays.copyOf(increments, n);
                starts = Arrays.copyOf(starts, n);
                ends = Arrays.copyOf(ends, n);
                frequencies = Arrays.copyOf(frequencies, n);
            }
            int length = term.length();
            if (charCount + length > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + length));
            }
            System.arraycopy(term.buffer(), 0, chars, charCount, length);
            charCount += length;
            termEnds[size] = charCount;
            increments[size] = increment;
            starts[size] = start;
            ends[size] = end;
            frequencies[size] = frequency;
            size++;
        }
    }

    /** Passes the analysis on unchanged, noting every token; complete once {@code end()} was reached. */
    private static final class Recorder extends TokenFilter {
        private final Recording recording;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);

        Recorder(TokenStream input, Recording recording) {
            super(input);
            this.recording = recording;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            recording.add(term, increment.getPositionIncrement(), offset.startOffset(), offset.endOffset(),
                    frequency.getTermFrequency());
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            recording.finalIncrement = increment.getPositionIncrement();
            recording.finalStart = offset.startOffset();
            recording.finalEnd = offset.endOffset();
            recording.complete = true;
        }
    }

    /** The recorded tokens again, attribute for attribute as the writer reads them. */
    private static final class Replay extends TokenStream {
        private final Recording recording;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
        private int next;

        Replay(Recording recording) {
            this.recording = recording;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }

        @Override
        public boolean incrementToken() {
            if (next >= recording.size) {
                return false;
            }
            clearAttributes();
            int from = next == 0 ? 0 : recording.termEnds[next - 1];
            term.copyBuffer(recording.chars, from, recording.termEnds[next] - from);
            increment.setPositionIncrement(recording.increments[next]);
            offset.setOffset(recording.starts[next], recording.ends[next]);
            frequency.setTermFrequency(recording.frequencies[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            increment.setPositionIncrement(recording.finalIncrement);
            offset.setOffset(recording.finalStart, recording.finalEnd);
        }
    }
}
