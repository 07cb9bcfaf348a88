package org.fond.search.lucene;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.Query;

/**
 * The "more like this" query of a record: Lucene's {@link MoreLikeThis} over its title, summary and
 * text, re-analysed from the stored fields with the index analysis. The index keeps every word
 * (historians search for exact wording), so here English function words are skipped and words in
 * more than half of the records carry nothing; a word must occur in at least one other record to
 * help, and two-character words are kept, since a Han or Hangul bigram is one.
 */
final class Similar {
    private static final int MAX_WORDS = 30;

    private Similar() {
    }

    static Query query(IndexReader reader, Analyzer indexAnalyzer, int doc) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(indexAnalyzer);
        mlt.setFieldNames(RecordDocument.FREE_TEXT.toArray(String[]::new));
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(2);
        mlt.setMinWordLen(2);
        mlt.setMaxDocFreqPct(50);
        mlt.setMaxQueryTerms(MAX_WORDS);
        mlt.setStopWords(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        mlt.setMaxNumTokensParsed(Integer.MAX_VALUE);
        return mlt.like(doc);
    }
}
