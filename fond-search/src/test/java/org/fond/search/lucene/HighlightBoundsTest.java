package org.fond.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.fond.core.model.Record;
import org.fond.search.Hit;
import org.fond.search.MapAuthority;
import org.fond.search.SearchRequest;
import org.fond.search.MemoryTexts;
import org.fond.search.SeedRecords;
import org.fond.search.Snippet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snippets are the sentences around the matches, looked for near them only: still offsets into the
 * stored text, still the form the text holds for a name asked in another script, and never longer
 * than the reach either side of a match, however long the record's sentences.
 */
class HighlightBoundsTest {
    /** Words written for this test, with no full stop anywhere: one 40,000-character "sentence". */
    private static final String RUN_ON = IntStream.range(0, 5_000).mapToObj(i -> i == 2_500 ? "Zanzibar" : "word" + i % 97)
            .collect(Collectors.joining(" "));

    @TempDir
    Path folder;
    LuceneSearchIndex index;
    Record s1;

    @BeforeEach
    void open() {
        s1 = SeedRecords.s1();
        MemoryTexts texts = new MemoryTexts();
        index = LuceneSearchIndex.open(folder, texts, MapAuthority.koreans());
        for (Record r : List.of(s1, SeedRecords.fixture("test:run-on", "A run-on page", RUN_ON, null),
                SeedRecords.fixture("test:short", "Sentences",
                        "A first sentence. The second names Zanzibar and ends here. A third one.", null))) {
            texts.add(r);
            index.index(r);
        }
        index.commit(1);
    }

    @AfterEach
    void close() {
        index.close();
    }

    private Hit hit(String query, String id) {
        return index.search(SearchRequest.of(query).withLimit(20)).hits().stream().filter(h -> h.recordId().equals(id))
                .findFirst().orElseThrow();
    }

    @Test
    void aNameAskedInCyrillicIsHighlightedAsTheTextWritesItAtTheStoredOffsets() {
        List<Snippet> text = hit("Ким Ир Сен", SeedRecords.S1).snippets().stream().filter(s -> s.field().equals("text")).toList();
        assertThat(text).isNotEmpty();
        String plain = s1.text().plain();
        for (Snippet s : text) {
            assertThat(plain.substring(s.start(), s.end())).isEqualTo(s.text());
            assertThat(s.highlights()).isNotEmpty().allSatisfy(h -> {
                assertThat(h.of(s.text())).isEqualToIgnoringCase("Kim Il Sung");
                assertThat(plain.substring(s.start() + h.start(), s.start() + h.end())).isEqualToIgnoringCase("Kim Il Sung");
            });
            assertThat(s.text().length()).isLessThanOrEqualTo(2 * NearSentences.REACH + "Kim Il Sung".length());
        }
    }

    @Test
    void aRunOnTextGivesASnippetWithinReachCutBetweenWords() {
        Snippet s = hit("Zanzibar", "test:run-on").snippets().stream().filter(x -> x.field().equals("text")).findFirst()
                .orElseThrow();
        assertThat(RUN_ON.substring(s.start(), s.end())).isEqualTo(s.text());
        assertThat(s.highlights()).singleElement().satisfies(h -> assertThat(h.of(s.text())).isEqualTo("Zanzibar"));
        assertThat(s.text().length()).isBetween(100, 2 * NearSentences.REACH + "Zanzibar".length());
        assertThat(Character.isWhitespace(RUN_ON.charAt(s.start() - 1))).as("starts at a word").isTrue();
        assertThat(Character.isWhitespace(RUN_ON.charAt(s.end()))).as("ends at a word").isTrue();
    }

    @Test
    void aSentenceWithinReachIsTheSnippet() {
        Snippet s = hit("Zanzibar", "test:short").snippets().stream().filter(x -> x.field().equals("text")).findFirst()
                .orElseThrow();
        assertThat(s.text()).isEqualTo("The second names Zanzibar and ends here.");
    }

    @Test
    void boundariesAreSentencesNearTheOffsetOrTheReach() {
        NearSentences near = new NearSentences();
        String text = "One. Two three. " + "x ".repeat(1_000) + "End.";
        near.setText(text);
        assertThat(near.following(1)).isEqualTo(5);
        assertThat(near.preceding(8)).isEqualTo(5);
        int far = text.indexOf("x ") + 700;
        assertThat(near.following(far)).isBetween(far + 1, far + NearSentences.REACH);
        assertThat(near.preceding(far)).isBetween(far - NearSentences.REACH, far - 1);
        assertThat(near.following(text.length())).isEqualTo(NearSentences.DONE);
        assertThat(near.preceding(0)).isEqualTo(NearSentences.DONE);
        assertThat(near.last()).isEqualTo(text.length());
        assertThat(near.first()).isZero();
    }
}
