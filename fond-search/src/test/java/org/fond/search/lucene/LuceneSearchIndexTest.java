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
import org.fond.search.MemoryTexts;
import org.fond.search.SearchIndex;
import org.fond.search.SearchIndexContract;
import org.junit.jupiter.api.Test;

/** The Lucene index against the shared contract, plus what only an embedded index has: files and their format. */
class LuceneSearchIndexTest extends SearchIndexContract {

    /** What the catalog would hold of the records indexed: kept across the reopenings of one test. */
    private final MemoryTexts texts = new MemoryTexts();

    @Override
    protected SearchIndex open(Path folder, NameAuthority authority) {
        return texts.indexing(LuceneSearchIndex.open(folder, texts, authority));
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
    void keepsNoTextButHighlightsTheVersionItIndexedThoughTheCatalogHasANewerOne() throws Exception {
        String indexed = "The ambassador met the Premier in Pyongyang. They spoke of rice.";
        index.index(org.fond.search.SeedRecords.fixture("test:v", "An ambassador's note", indexed, "1957"));
        index.commit(1);
        texts.add("test:v", "A later reading, shorter. The ambassador is gone from Pyongyang.");
        var hit = index.search(org.fond.search.SearchRequest.of("rice")).hits().get(0);
        assertThat(hit.snippets()).singleElement().satisfies(s -> {
            assertThat(s.field()).isEqualTo(RecordDocument.TEXT);
            assertThat(s.text()).isEqualTo(indexed.substring(s.start(), s.end())).contains("rice");
        });

        // a catalog none of whose versions is the text indexed: the title is highlighted, never a wrong cut of the text
        index.close();
        MemoryTexts replaced = new MemoryTexts();
        replaced.add("test:v", "Other words entirely, about rice and the ambassador.");
        try (var other = LuceneSearchIndex.open(folder, replaced)) {
            var again = other.search(org.fond.search.SearchRequest.of("ambassador")).hits().get(0);
            assertThat(again.snippets()).singleElement().satisfies(s -> assertThat(s.field())
                    .isEqualTo(RecordDocument.TITLE));
            assertThat(other.search(org.fond.search.SearchRequest.of("rice")).hits().get(0).snippets()).isEmpty();
        }
        try (var dir = FSDirectory.open(folder); var reader = DirectoryReader.open(dir)) {
            assertThat(reader.storedFields().document(0).getValues(RecordDocument.TEXT)).isEmpty();
        }
        index = open(folder);
    }

    @Test
    void refusesASecondWriterOnTheSameFolder() {
        assertThatThrownBy(() -> LuceneSearchIndex.open(folder, texts))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("open in another process");
    }
}
