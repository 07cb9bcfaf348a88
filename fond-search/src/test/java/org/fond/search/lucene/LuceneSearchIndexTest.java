package org.fond.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.fond.core.authority.NameAuthority;
import org.fond.core.model.Layer;
import org.fond.search.SearchIndex;
import org.fond.search.SearchIndexContract;
import org.junit.jupiter.api.Test;

/** The Lucene index against the shared contract, plus what only an embedded index has: files and their format. */
class LuceneSearchIndexTest extends SearchIndexContract {

    @Override
    protected SearchIndex open(Path folder, NameAuthority authority) {
        return LuceneSearchIndex.open(folder, authority);
    }

    @Test
    void asksForARebuildWhenTheIndexFormatChanged() throws Exception {
        index.close();
        try (var dir = FSDirectory.open(folder);
             var writer = new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            writer.setLiveCommitData(Map.of("fond.catalogGeneration", "7", "fond.indexFormat", "fond-search-0")
                    .entrySet());
            writer.commit();
        }
        index = open(folder);
        assertThat(index.catalogGeneration()).isEqualTo(-1);
    }

    @Test
    void indexesTheOriginalLayerAsMarksInTheTextNotAsAField() throws Exception {
        indexSeedsAsRead(); // the two seeds have apparatus; the four fixtures have none
        index.close();
        try (var dir = FSDirectory.open(folder); var reader = DirectoryReader.open(dir)) {
            assertThat(reader.numDocs()).isEqualTo(6);
            assertThat(reader.getDocCount(RecordDocument.layerField(Layer.ORIGINAL))).isZero();
            assertThat(reader.docFreq(new org.apache.lucene.index.Term(RecordDocument.TEXT, ApparatusMarks.MARK)))
                    .isEqualTo(2);
        }
        index = open(folder);
    }

    @Test
    void refusesAnOriginalLayerPrefixReachingMoreWordsThanSpansMayHoldButAnswersItInTheText() {
        // the original layer is spans, and a prefix there becomes one span clause a word it reaches
        StringBuilder text = new StringBuilder();
        for (int i = 0; i <= org.apache.lucene.search.IndexSearcher.getMaxClauseCount(); i++) {
            text.append("quota").append(i).append(' ');
        }
        index.index(org.fond.search.SeedRecords.fixture("test:many", "Many quotas", text.toString(), "1957"));
        index.commit(9);
        assertThat(index.search(org.fond.search.SearchRequest.of("quota*")).total()).isEqualTo(1);
        assertThat(index.search(org.fond.search.SearchRequest.of("layer:original quota1*")).total()).isEqualTo(1);
        assertThatThrownBy(() -> index.search(org.fond.search.SearchRequest.of("layer:original quota*")))
                .isInstanceOf(org.fond.search.QuerySyntaxException.class)
                .hasMessageContaining("too many words");
    }

    @Test
    void refusesASecondWriterOnTheSameFolder() {
        assertThatThrownBy(() -> LuceneSearchIndex.open(folder))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("open in another process");
    }
}
