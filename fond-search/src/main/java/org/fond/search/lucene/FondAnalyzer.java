package org.fond.search.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizerConfig;

/**
 * The analysis of free text, one chain for every script Fond meets: the ICU tokenizer's words
 * ({@link FondTokenizer}: Unicode word boundaries, so Latin, Cyrillic and Hangul words split on
 * spaces and punctuation), ICU folding (case, diacritics, width: {@code КИМ} = {@code Ким}, {@code Hŭngnam} = {@code Hungnam}), the
 * English possessive dropped ({@code Kuznetsov's} = {@code Kuznetsov}), and Han, kana and Hangul
 * indexed as overlapping bigrams.
 *
 * <p>Bigrams rather than ICU's dictionary segmentation of Han because a query and a text segmented
 * differently by a dictionary never meet, while bigrams always do; and Korean attaches particles to
 * names ({@code 김일성은}), so whole Hangul words would miss {@code 김일성}. At index time single
 * characters are kept as well, so a one-character query still finds its character; a query keeps
 * only the bigrams, which the parser turns into a phrase. No stemming and no stop words: historians
 * search for exact wording. Every filter keeps the tokenizer's offsets, which point into the stored
 * text, so highlights land on the original characters.
 *
 * <p>At index time the chain ends in {@link ApparatusMarks}, which marks the words of a record's text
 * that are apparatus outside the original layer when the text comes with its spans; other values
 * pass through it unchanged.
 */
final class FondAnalyzer extends Analyzer {
    private static final int CJK_SCRIPTS = CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
            | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL;
    /** Keeps phrases from matching across two values of one field (the apparatus of a layer). */
    private static final int VALUE_GAP = 100;

    private final boolean forQuery;
    private final ICUTokenizerConfig words;

    /** {@code words}: where words break; {@link WordBreaks} but in tests. */
    FondAnalyzer(boolean forQuery, ICUTokenizerConfig words) {
        this.forQuery = forQuery;
        this.words = words;
    }

    /** The chain used when indexing: bigrams and single CJK characters. */
    static FondAnalyzer forIndexing() {
        return new FondAnalyzer(false, new WordBreaks());
    }

    /** The chain used on query text: bigrams only, so a Han or Hangul word becomes one phrase. */
    static FondAnalyzer forQueries() {
        return new FondAnalyzer(true, new WordBreaks());
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new FondTokenizer(words);
        TokenStream stream = new FoldingFilter(tokenizer);
        stream = new EnglishPossessiveFilter(stream);
        stream = new CJKBigramFilter(stream, CJK_SCRIPTS, !forQuery);
        if (forQuery) {
            return new TokenStreamComponents(tokenizer, stream);
        }
        ApparatusMarks marks = new ApparatusMarks(stream);
        return new TokenStreamComponents(reader -> {
            marks.readFrom(reader);
            tokenizer.setReader(reader);
        }, marks);
    }

    /** Wildcard, prefix and fuzzy terms are folded too: {@code Hŭng*} = {@code hung*}. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new FoldingFilter(in);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return VALUE_GAP;
    }

    @Override
    public int getOffsetGap(String fieldName) {
        return 1;
    }
}
