package org.fond.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.fond.core.model.Record;
import org.fond.search.MemoryTexts;
import org.fond.search.SearchRequest;
import org.fond.search.SeedRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Background merges are committed when no document change waits, so they are not thrown away at
 * close and redone at every open; and a merge commit never takes an uncommitted change with it.
 * Opening an index of many small segments is enough to start one: Lucene joins small segments when
 * it opens a reader.
 */
class MergeCommitTest {
    private static final int SEGMENTS = 30;
    private static final long GENERATION = 5;

    @TempDir
    Path folder;

    /** An index as an interrupted run leaves it: committed, in many small segments no merge has joined. */
    private void unmergedIndex() throws IOException {
        try (Directory dir = FSDirectory.open(folder);
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(FondAnalyzer.forIndexing())
                     .setMergePolicy(NoMergePolicy.INSTANCE))) {
            writer.setLiveCommitData(Map.of(IndexChanges.GENERATION_KEY, Long.toString(GENERATION),
                    IndexChanges.FORMAT_KEY, LuceneSearchIndex.FORMAT).entrySet());
            for (int i = 0; i < SEGMENTS; i++) {
                Record r = SeedRecords.fixture("test:" + i, "Telegram " + i, "Telegram number " + i + " from Moscow.",
                        "1957-01-" + (10 + i % 18));
                writer.updateDocument(new Term(RecordDocument.ID, r.id()), RecordDocument.of(r));
                writer.commit();
            }
        }
        assertThat(committedSegments()).isEqualTo(SEGMENTS);
    }

    private int committedSegments() throws IOException {
        try (Directory dir = FSDirectory.open(folder)) {
            return SegmentInfos.readLatestCommit(dir).size();
        }
    }

    /** Waits (a minute at most) until a merge commit is counted and fewer than {@code n} segments are committed. */
    private void awaitMergeCommit(LuceneSearchIndex index, int n) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while ((index.mergeCommits() == 0 || committedSegments() >= n) && System.nanoTime() < until) {
            Thread.sleep(50);
        }
    }

    @Test
    void theMergeThatOpeningStartsIsCommittedUnderTheSameGeneration() throws Exception {
        unmergedIndex();
        try (LuceneSearchIndex index = LuceneSearchIndex.open(folder, new MemoryTexts())) {
            awaitMergeCommit(index, SEGMENTS);
            assertThat(committedSegments()).as("the merges were committed").isLessThan(SEGMENTS);
            assertThat(index.mergeCommits()).isPositive();
            assertThat(index.catalogGeneration()).isEqualTo(GENERATION);
            assertThat(index.search(SearchRequest.of("Moscow").withLimit(100)).total()).isEqualTo(SEGMENTS);
        }
        int merged = committedSegments();
        assertThat(merged).as("kept after close").isLessThan(SEGMENTS);
        try (LuceneSearchIndex index = LuceneSearchIndex.open(folder, new MemoryTexts())) {
            assertThat(index.catalogGeneration()).isEqualTo(GENERATION);
            assertThat(index.count()).isEqualTo(SEGMENTS);
        }
    }

    @Test
    void aMergeCommitNeverTakesAnUncommittedChangeAlong() throws Exception {
        unmergedIndex();
        try (LuceneSearchIndex index = LuceneSearchIndex.open(folder, new MemoryTexts())) {
            awaitMergeCommit(index, SEGMENTS);
            index.index(SeedRecords.fixture("test:pending", "Pending", "Not yet committed, from Moscow.", null));
            index.delete("test:0");
            index.changes().commitMerges(); // as a finished merge would
            assertThat(index.count()).as("nothing new is visible").isEqualTo(SEGMENTS);
        }
        try (LuceneSearchIndex index = LuceneSearchIndex.open(folder, new MemoryTexts())) {
            assertThat(index.count()).as("the change was never committed").isEqualTo(SEGMENTS);
            assertThat(index.search(SearchRequest.of("id:\"test:pending\"")).total()).isZero();
            assertThat(index.search(SearchRequest.of("id:\"test:0\"")).total()).isOne();
            assertThat(index.catalogGeneration()).isEqualTo(GENERATION);
        }
    }
}
