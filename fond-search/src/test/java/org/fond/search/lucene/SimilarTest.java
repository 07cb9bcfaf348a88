package org.fond.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.store.FSDirectory;
import org.fond.core.model.Record;
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
        try (LuceneSearchIndex index = LuceneSearchIndex.open(folder)) {
            volume.forEach(index::index);
            index.index(SeedRecords.s1());
            index.index(SeedRecords.s2());
            index.commit(1);
        }
        try (var dir = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(dir)) {
            assertThat(reader.numDocs()).isGreaterThanOrEqualTo(Similar.LARGE);
            MoreLikeThis mlt = lucene(reader);
            DocFreqs kept = new DocFreqs(100_000);
            int compared = 0;
            for (int round = 0; round < 2; round++) { // the second time with every count kept
                for (int doc = 0; doc < reader.maxDoc(); doc += 3) {
                    var mine = Similar.query(reader, reader.getVersion(), FondAnalyzer.forIndexing(), kept, doc);
                    assertThat(mine).as("doc %d", doc).isEqualTo(mlt.like(doc))
                            .isEqualTo(Similar.query(reader, reader.getVersion(), FondAnalyzer.forIndexing(),
                                    new DocFreqs(0), doc));
                    compared++;
                }
            }
            assertThat(compared).isGreaterThan(60);
            assertThat(kept.stats().hits()).isPositive();
        }
    }

    @Test
    void countsEachWordInEveryRecordThatHoldsIt() throws Exception {
        try (LuceneSearchIndex index = LuceneSearchIndex.open(folder)) {
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
