package org.fond.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.fond.core.model.Layer;
import org.fond.search.query.SearchQuery;
import org.fond.search.query.SearchQuery.Bool;
import org.fond.search.query.SearchQuery.Clause;
import org.fond.search.query.SearchQuery.Occur;
import org.fond.search.query.SearchQuery.Word;
import org.junit.jupiter.api.Test;

/** The query language read into Fond's own tree: fields resolved, values as typed, nothing analysed. */
class FondQueryParserTest {
    private static SearchQuery read(String query) {
        return new FondQueryParser(query).read();
    }

    @Test
    void readsWordsPhrasesFieldsDatesAndReferencesIntoTheTree() {
        assertThat(read("Kim \"Il Sung\" -pork filekey:x date:[1955 TO 1957-06] ref:AVPRF")).isEqualTo(new Bool(List.of(
                new Clause(Occur.MUST, new Word(null, "Kim")),
                new Clause(Occur.MUST, new SearchQuery.Phrase(null, "Il Sung", 0)),
                new Clause(Occur.MUST_NOT, new Word(null, "pork")),
                new Clause(Occur.MUST, new Word("fileKey", "x")),
                new Clause(Occur.MUST, new SearchQuery.DateRange("1955", "1957-06", true, true)),
                new Clause(Occur.MUST, new SearchQuery.Reference("AVPRF")))));
        assertThat(read("Hŭng*")).isEqualTo(new SearchQuery.Prefix(null, "Hŭng"));
        assertThat(read("Puzanof~1")).isEqualTo(new SearchQuery.Fuzzy(null, "Puzanof", 1));
        assertThat(read("title:K?m")).isEqualTo(new SearchQuery.Wildcard("title", "K?m"));
        assertThat(read("\"Kim Sung\"~2^3")).isEqualTo(new SearchQuery.Boost(
                new SearchQuery.Phrase(null, "Kim Sung", 2), 3f));
        assertThat(read("*:*")).isEqualTo(new SearchQuery.MatchAll());
        assertThat(read("a OR b")).isEqualTo(new Bool(List.of(new Clause(Occur.SHOULD, new Word(null, "a")),
                new Clause(Occur.SHOULD, new Word(null, "b")))));
    }

    @Test
    void scopesTheWholeQueryByItsLayerClauses() {
        assertThat(read("layer:original Kim")).isEqualTo(new SearchQuery.LayerScope(Set.of(Layer.ORIGINAL),
                new Word(null, "Kim")));
        assertThat(read("-layer:translator Kim pork")).isEqualTo(new SearchQuery.LayerScope(
                Set.of(Layer.ORIGINAL, Layer.ARCHIVAL_ADDITION, Layer.EDITORIAL, Layer.PLATFORM),
                new Bool(List.of(new Clause(Occur.MUST, new Word(null, "Kim")),
                        new Clause(Occur.MUST, new Word(null, "pork"))))));
        assertThat(read("layer:ARCHIVAL_ADDITION Torbenkov")).isEqualTo(new SearchQuery.LayerScope(
                Set.of(Layer.ARCHIVAL_ADDITION), new Word(null, "Torbenkov")));
    }

    @Test
    void sendsTheWordsOfALayerToItsFields() {
        assertThat(LuceneQueries.layerFields(Set.of(Layer.ORIGINAL))).containsExactly("text_original");
        assertThat(LuceneQueries.layerFields(Set.of(Layer.EDITORIAL, Layer.TRANSLATOR)))
                .containsExactly("text_translator", "title", "summary", "text_editorial");
    }
}
