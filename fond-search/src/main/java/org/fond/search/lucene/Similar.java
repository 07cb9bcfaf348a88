package org.fond.search.lucene;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.ClassicSimilarity;
import org.apache.lucene.util.PriorityQueue;
import org.fond.search.RecordTexts;

/**
 * The "more like this" query of a record: the words of its title, summary and text that are most
 * distinctive (frequency in the record times rarity in the archive), as Lucene's
 * {@code MoreLikeThis} chooses them, re-analysed with the index analysis from the stored title and
 * summary and from the text the catalog holds ({@link IndexedTexts}). The index keeps every word
 * (historians search for exact wording), so here English function words are skipped, and in an
 * archive of {@value #LARGE} records or more, words in more than a tenth of them say little of what
 * a record is about (in a smaller one that would leave too few): leaving them out also bounds the
 * records the search visits, since such words are the ones found everywhere. A word must occur in
 * at least one other record to help, and two-character words are kept, since a Han or Hangul bigram
 * is one. Only the first {@value #MAX_TOKENS} words of each field are read: the opening of a
 * document (title, summary, first pages) names what it is about.
 *
 * <p>The choice is {@code MoreLikeThis}'s, word for word (a test holds the two queries equal); what
 * differs is how the rarity of each word is looked up. {@code MoreLikeThis} asks the reader once per
 * word, which opens a fresh terms dictionary cursor in every segment for each of a record's hundreds
 * of words and was most of a record page's time; here the counts come from {@link DocFreqs}, which
 * walks each segment's dictionary once per field and keeps what it found.
 */
final class Similar {
    private static final int MAX_WORDS = 30;
    static final int LARGE = 100;
    static final int MAX_TOKENS = 1_000;
    static final int MAX_DOC_FREQ_PCT = 10;
    private static final int MIN_WORD_LENGTH = 2;
    private static final int MIN_DOC_FREQ = 2;
    private static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    private static final ClassicSimilarity TF_IDF = new ClassicSimilarity();
    /** What the index stores of a record that this reads: the text is the catalog's. */
    private static final Set<String> STORED = Set.of(RecordDocument.ID, RecordDocument.TITLE, RecordDocument.SUMMARY);

    private Similar() {
    }

    /** A word of one field and its weight in the record. */
    private static final class Scored {
        String word;
        String field;
        float score;

        Scored(String word, String field, float score) {
            set(word, field, score);
        }

        void set(String newWord, String newField, float newScore) {
            word = newWord;
            field = newField;
            score = newScore;
        }
    }

    /**
     * The query of record {@code doc} of {@code reader}, which is the index at {@code version}; the
     * rarity of words is looked up through {@code counts}.
     */
    static Query query(IndexReader reader, long version, Analyzer indexAnalyzer, DocFreqs counts, RecordTexts texts,
                       int doc) throws IOException {
        Map<String, List<String>> values = values(reader, texts, doc);
        // a HashMap filled field by field, as MoreLikeThis fills its own: the same words meet in the same order
        Map<String, Map<String, int[]>> frequencies = new HashMap<>();
        int words = 0;
        for (String field : RecordDocument.FREE_TEXT) {
            for (String value : values.get(field)) {
                count(indexAnalyzer, field, value, frequencies.computeIfAbsent(field, f -> new HashMap<>()));
            }
            words += frequencies.getOrDefault(field, Map.of()).size();
        }
        int maxDocFreq = reader.numDocs() >= LARGE ? Math.toIntExact((long) MAX_DOC_FREQ_PCT * reader.numDocs() / 100)
                : Integer.MAX_VALUE;
        int limit = Math.min(MAX_WORDS, words);
        PriorityQueue<Scored> best = new PriorityQueue<>(limit) {
            @Override
            protected boolean lessThan(Scored a, Scored b) {
                return a.score < b.score;
            }
        };
        for (Map.Entry<String, Map<String, int[]>> perField : frequencies.entrySet()) {
            choose(reader, counts, version, perField.getKey(), perField.getValue(), maxDocFreq, best, limit);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Scored s = best.pop(); s != null; s = best.pop()) {
            query.add(new TermQuery(new Term(s.field, s.word)), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    /**
     * The values of each free-text field of record {@code doc}, as {@code MoreLikeThis} would read them
     * stored: the title and summary from the index, the text from the catalog (the version indexed).
     */
    static Map<String, List<String>> values(IndexReader reader, RecordTexts texts, int doc) throws IOException {
        Document stored = reader.storedFields().document(doc, STORED);
        String text = IndexedTexts.of(reader, new int[] {doc}, new String[] {stored.get(RecordDocument.ID)}, texts)[0];
        Map<String, List<String>> values = new HashMap<>();
        values.put(RecordDocument.TITLE, List.of(stored.getValues(RecordDocument.TITLE)));
        values.put(RecordDocument.SUMMARY, List.of(stored.getValues(RecordDocument.SUMMARY)));
        values.put(RecordDocument.TEXT, text == null ? List.of() : List.of(text));
        return values;
    }

    /** Counts the words of one value, up to {@value #MAX_TOKENS} tokens, leaving out short and function words. */
    private static void count(Analyzer analyzer, String field, String value, Map<String, int[]> tf) throws IOException {
        try (TokenStream ts = analyzer.tokenStream(field, value)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            int tokens = 0;
            while (ts.incrementToken() && ++tokens <= MAX_TOKENS) {
                String word = term.toString();
                if (word.length() >= MIN_WORD_LENGTH && !STOP_WORDS.contains(word)) {
                    // get and put, not computeIfAbsent, which grows the table at another moment: with
                    // MoreLikeThis's table, words tied in weight are met in MoreLikeThis's order
                    int[] n = tf.get(word);
                    if (n == null) {
                        tf.put(word, new int[] {1});
                    } else {
                        n[0]++;
                    }
                }
            }
            ts.end();
        }
    }

    /** Offers each word of one field to {@code best}, weighed by its frequency here and its rarity in the archive. */
    private static void choose(IndexReader reader, DocFreqs counts, long version, String field, Map<String, int[]> tf,
                               int maxDocFreq, PriorityQueue<Scored> best, int limit) throws IOException {
        Map<String, Integer> docFreqs = counts.of(reader, version, field, tf.keySet());
        long docCount = reader.getDocCount(field);
        if (docCount == -1) {
            docCount = reader.numDocs();
        }
        for (Map.Entry<String, int[]> e : tf.entrySet()) {
            int docFreq = docFreqs.get(e.getKey());
            if (docFreq < MIN_DOC_FREQ || docFreq > maxDocFreq) {
                continue;
            }
            float score = e.getValue()[0] * TF_IDF.idf(docFreq, docCount);
            if (best.size() < limit) {
                best.add(new Scored(e.getKey(), field, score));
            } else if (best.top().score < score) {
                best.top().set(e.getKey(), field, score);
                best.updateTop();
            }
        }
    }
}
