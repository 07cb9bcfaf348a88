package org.fond.search.lucene;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.fond.core.model.Annotation;
import org.fond.core.model.Layer;

/**
 * Marks the words of {@code text} that are not the original's: after every token that overlaps the
 * apparatus of another layer (a translator's note, an editor's insertion, an archive's stamp), a
 * {@link #MARK} token at the same position and offsets. A query of the original layer is then the
 * query of {@code text} minus the spans that hold a mark ({@link LuceneQueries}), so the original
 * layer needs no field of its own: it was a second copy of nearly every FRUS document's text, a
 * quarter of ingest's work.
 *
 * <p>The spans travel with the text as a {@link Text} reader, read by the index analysis when it is
 * handed the reader ({@link FondAnalyzer}); any other reader (a query, a stored field analysed again)
 * has no spans and passes through unmarked.
 */
final class ApparatusMarks extends TokenFilter {
    /**
     * The term of a mark. No text yields it (a tokenizer never makes a word of control characters),
     * and it is too long for a fuzzy word to reach it.
     */
    static final String MARK = "\u0000not-original\u0000";

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    /** Sorted, disjoint spans: start at {@code 2i}, end at {@code 2i + 1}. */
    private int[] spans = Text.NONE;
    private boolean markNext;
    /** The first span that may end after the current token's start ({@link #overlaps}). */
    private int cursor;
    private int lastStart;
    private int markStart;
    private int markEnd;

    ApparatusMarks(TokenStream input) {
        super(input);
    }

    /** The spans of the text about to be read; none for a reader that is not a {@link Text}. */
    void readFrom(Reader reader) {
        spans = reader instanceof Text t ? t.spans : Text.NONE;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (markNext) {
            markNext = false;
            clearAttributes();
            term.setEmpty().append(MARK);
            increment.setPositionIncrement(0);
            length.setPositionLength(1);
            offsets.setOffset(markStart, markEnd);
            type.setType("apparatus");
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (spans.length > 0 && overlaps(offsets.startOffset(), offsets.endOffset())) {
            markNext = true;
            markStart = offsets.startOffset();
            markEnd = offsets.endOffset();
        }
        return true;
    }

    /**
     * Whether [start, end) meets a span: the first span ending after start begins before end. The
     * tokens of a text come in order of their starts, so that span is found by moving on from the
     * last token's rather than by a binary search for every token (0.7% of indexing); a token that
     * starts before the last one (no filter of the chain makes one) is looked up from the first span.
     */
    private boolean overlaps(int start, int end) {
        if (start < lastStart) {
            cursor = 0;
        }
        lastStart = start;
        int count = spans.length / 2;
        while (cursor < count && spans[2 * cursor + 1] <= start) {
            cursor++;
        }
        return cursor < count && spans[2 * cursor] < end;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        markNext = false;
        cursor = 0;
        lastStart = 0;
    }

    /** A record's plain text with the spans of its apparatus outside the original layer. */
    static final class Text extends Reader {
        static final int[] NONE = new int[0];

        private final String text;
        private final int[] spans;
        private int at;

        private Text(String text, int[] spans) {
            this.text = text;
            this.spans = spans;
        }

        /** {@code plain} with the spans of the annotations of every layer but the original, merged. */
        static Text of(String plain, List<Annotation> annotations) {
            List<int[]> found = new ArrayList<>();
            for (Annotation a : annotations) {
                int from = Math.max(0, a.span().start());
                int to = Math.min(plain.length(), a.span().end());
                if (a.layer() != Layer.ORIGINAL && from < to) {
                    found.add(new int[] {from, to});
                }
            }
            if (found.isEmpty()) {
                return new Text(plain, NONE);
            }
            found.sort((x, y) -> Integer.compare(x[0], y[0]));
            int[] merged = new int[found.size() * 2];
            int n = 0;
            for (int[] s : found) {
                if (n > 0 && s[0] <= merged[n - 1]) {
                    merged[n - 1] = Math.max(merged[n - 1], s[1]);
                } else {
                    merged[n++] = s[0];
                    merged[n++] = s[1];
                }
            }
            return new Text(plain, Arrays.copyOf(merged, n));
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (at >= text.length()) {
                return -1;
            }
            int n = Math.min(length, text.length() - at);
            text.getChars(at, at + n, buffer, offset);
            at += n;
            return n;
        }

        @Override
        public void close() {
            // a string: nothing to release
        }
    }
}
