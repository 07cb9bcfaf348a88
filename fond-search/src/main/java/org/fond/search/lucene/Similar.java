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
 * (historians search for exact wording), so here English function words are skipped, and in an
 * archive of {@value #LARGE} records or more, words in more than half of them carry nothing (in a
 * smaller one that would leave too few); a word must occur in at least one other record to help, and
 * two-character words are kept, since a Han or Hangul bigram is one. Only the first
 * {@value #MAX_TOKENS} words of each field are read: every distinct word read costs a document-frequency
 * look-up in each segment, which over a long text in a large archive was most of a record page's time,
 * and the opening of a document (title, summary, first pages) names what it is about.
 */
final class Similar {
    private static final int MAX_WORDS = 30;
    static final int LARGE = 100;
    static final int MAX_TOKENS = 1_000;

    private Similar() {
    }

    static Query query(IndexReader reader, Analyzer indexAnalyzer, int doc) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(indexAnalyzer);
        mlt.setFieldNames(RecordDocument.FREE_TEXT.toArray(String[]::new));
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(2);
        mlt.setMinWordLen(2);
        if (reader.numDocs() >= LARGE) {
            mlt.setMaxDocFreqPct(50);
        }
        mlt.setMaxQueryTerms(MAX_WORDS);
        mlt.setStopWords(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        mlt.setMaxNumTokensParsed(MAX_TOKENS);
        return mlt.like(doc);
    }
}
