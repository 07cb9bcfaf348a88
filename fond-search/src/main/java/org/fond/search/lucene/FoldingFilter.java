package org.fond.search.lucene;

import com.ibm.icu.text.Normalizer;
import com.ibm.icu.text.Normalizer2;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;

/**
 * Lucene's {@link ICUFoldingFilter} (case, diacritics, width: UTR #30 folding through ICU), with the
 * ASCII words of a text folded without ICU: most words of the corpus are ASCII, and for nearly every
 * ASCII character the folding is only lower case, so a word of those has its letters lowered in
 * place and ICU's quick check and normaliser are not run at all. Which ASCII characters those are is
 * asked of ICU once (UTR #30 drops {@code ^} and {@code `}, for one): a word holding any other is
 * ICU's. Normalisation composes no two ASCII characters, so a word folds as its characters do.
 * Every other word is folded by ICU itself, through {@link ICUFoldingFilter#NORMALIZER}, exactly as
 * {@code ICUNormalizer2Filter} applies it.
 * {@code FoldingFilterTest} checks each ASCII character folds as ICU folds it and the two filters
 * give the same terms on the corpus.
 */
final class FoldingFilter extends TokenFilter {
    private static final Normalizer2 FOLDING = ICUFoldingFilter.NORMALIZER;
    /** The ASCII characters ICU folds to their own lower case (a letter) or leaves as they are. */
    private static final boolean[] LOWERED = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            LOWERED[c] = FOLDING.normalize(String.valueOf(c)).equals(String.valueOf(lower));
        }
    }

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final StringBuilder folded = new StringBuilder();

    FoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!lowerAscii(term.buffer(), term.length()) && FOLDING.quickCheck(term) != Normalizer.YES) {
            folded.setLength(0);
            FOLDING.normalize(term, folded);
            term.setEmpty().append(folded);
        }
        return true;
    }

    /**
     * Lowers {@code [0, length)} of {@code chars} in place and answers true when every character is
     * ASCII that ICU folds to its lower case; leaves them as they are and answers false otherwise.
     */
    static boolean lowerAscii(char[] chars, int length) {
        boolean upper = false;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c >= 0x80 || !LOWERED[c]) {
                return false;
            }
            upper |= c >= 'A' && c <= 'Z';
        }
        if (upper) {
            for (int i = 0; i < length; i++) {
                char c = chars[i];
                if (c >= 'A' && c <= 'Z') {
                    chars[i] = (char) (c + ('a' - 'A'));
                }
            }
        }
        return true;
    }
}
