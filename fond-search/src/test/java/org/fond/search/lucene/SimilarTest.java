package org.fond.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.store.FSDirectory;
import org.fond.core.model.Record;
import org.fond.search.MemoryTexts;
import org.fond.search.RealCorpus;
import org.fond.search.SeedRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The related-records query chooses exactly the words Lucene's MoreLikeThis chooses, on a real FRUS volume. */
class SimilarTest {
    @TempDir
    Path folder;

    private static MoreLikeThis lucene(DirectoryReader reader) throws java.io.IOException {
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(FondAnalyzer.forIndexing());
        mlt.setFieldNames(RecordDocument.FREE_TEXT.toArray(String[]::new));
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(2);
        mlt.setMinWordLen(2);
        if (reader.numDocs() >= Similar.LARGE) {
            mlt.setMaxDocFreqPct(Similar.MAX_DOC_FREQ_PCT);
        }
        mlt.setMaxQueryTerms(30);
        mlt.setStopWords(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        mlt.setMaxNumTokensParsed(Similar.MAX_TOKENS);
        return mlt;
    }

    @Test
    void choosesTheWordsMoreLikeThisChooses() throws Exception {
        List<Record> volume = RealCorpus.frusVolume("frus1917Supp02v02");
        MemoryTexts texts = new MemoryTexts();
        Map<String, String> textOf = new HashMap<>();
        try (LuceneSearchIndex index = LuceneSearchIndex.open(folder, texts)) {
            for (Record r : concat(volume, List.of(SeedRecords.s1(), SeedRecords.s2()))) {
                texts.add(r);
                textOf.put(r.id(), r.text().plain());
                index.index(r);
            }
            index.commit(1);
        }
        try (var dir = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(dir)) {
            assertThat(reader.numDocs()).isGreaterThanOrEqualTo(Similar.LARGE);
            MoreLikeThis mlt = lucene(reader);
            DocFreqs kept = new DocFreqs(100_000);
            int compared = 0;
            for (int round = 0; round < 2; round++) { // the second time with every count kept
                for (int doc = 0; doc < reader.maxDoc(); doc += 3) {
                    var mine = Similar.query(reader, reader.getVersion(), FondAnalyzer.forIndexing(), kept, texts, doc);
                    assertThat(mine).as("doc %d", doc).isEqualTo(mlt.like(fields(reader, doc, textOf)))
                            .isEqualTo(Similar.query(reader, reader.getVersion(), FondAnalyzer.forIndexing(),
                                    new DocFreqs(0), texts, doc));
                    compared++;
                }
            }
            assertThat(compared).isGreaterThan(60);
            assertThat(kept.stats().hits()).isPositive();
        }
    }

    /**
     * The free-text fields of a record as MoreLikeThis reads a stored document: the title and
     * summary stored in the index, the text as the record had it when indexed.
     */
    private static Map<String, Collection<Object>> fields(DirectoryReader reader, int doc, Map<String, String> textOf)
            throws java.io.IOException {
        var stored = reader.storedFields().document(doc);
        assertThat(stored.getValues(RecordDocument.TEXT)).as("the text is not stored").isEmpty();
        Map<String, Collection<Object>> fields = new HashMap<>();
        for (String field : List.of(RecordDocument.TITLE, RecordDocument.SUMMARY)) {
            fields.put(field, List.of((Object[]) stored.getValues(field)));
        }
        String text = textOf.get(stored.get(RecordDocument.ID));
        fields.put(RecordDocument.TEXT, text.isEmpty() ? List.of() : List.of(text));
        return fields;
    }

    private static List<Record> concat(List<Record> a, List<Record> b) {
        List<Record> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void readsTheTextOfTheVersionIndexedWhenTheCatalogIsAhead() throws Exception {
        MemoryTexts texts = new MemoryTexts();
        Record s1 = SeedRecords.s1();
        try (LuceneSearchIndex index = LuceneSearchIndex.open(folder, texts)) {
            texts.add(s1);
            index.index(s1);
            index.index(SeedRecords.s2());
            index.commit(1);
        }
        texts.add(s1.id(), "A later reading: nothing like the journal.");
        try (var dir = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(dir)) {
            int doc = reader.leaves().get(0).reader().postings(new Term(RecordDocument.ID, s1.id())).nextDoc();
            assertThat(Similar.values(reader, texts, doc).get(RecordDocument.TEXT)).containsExactly(s1.text().plain());
            MemoryTexts replaced = new MemoryTexts();
            replaced.add(s1.id(), "Another record's text under its id.");
            assertThat(Similar.values(reader, replaced, doc).get(RecordDocument.TEXT)).as("no version indexed")
                    .isEmpty();
            assertThat(Similar.values(reader, replaced, doc).get(RecordDocument.TITLE)).containsExactly(s1.title());
        }
    }

    @Test
    void countsEachWordInEveryRecordThatHoldsIt() throws Exception {
        try (LuceneSearchIndex index = LuceneSearchIndex.open(folder, new MemoryTexts())) {
            index.index(SeedRecords.s1());
            index.index(SeedRecords.s2());
            index.index(SeedRecords.fixture("test:a", "Pyongyang", "Pyongyang telegram", null));
            index.commit(1);
            index.index(SeedRecords.fixture("test:b", "Pyongyang again", "telegram", null));
            index.commit(2);
        }
        try (var dir = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(dir)) {
            assertThat(reader.leaves()).hasSizeGreaterThan(1);
            var counts = new DocFreqs(10).of(reader, reader.getVersion(), RecordDocument.TEXT,
                    Set.of("telegram", "pyongyang", "nowhere"));
            assertThat(counts.get("nowhere")).isZero();
            assertThat(counts.get("telegram")).isEqualTo(reader.docFreq(new Term(RecordDocument.TEXT, "telegram")));
            assertThat(counts.get("pyongyang")).isEqualTo(reader.docFreq(new Term(RecordDocument.TEXT, "pyongyang")))
                    .isGreaterThanOrEqualTo(2);
        }
    }
}
