package org.fond.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fond.core.testing.Shared;
import org.fond.store.json.RecordJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fond search} filters, exact names, layers, and the records like one or filed with it, on the real seeds. */
class SearchCommandTest {
    @TempDir
    Path tmp;
    Path archive;

    @BeforeEach
    void ingestTheSeeds() {
        archive = tmp.resolve("a");
        CliRun ingest = CliRun.fond(archive, "ingest", Shared.path("seeds").toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    }

    @Test
    void filtersByFacetValuesAndCountsTheFilteredFieldSideways() {
        CliRun run = CliRun.fond(archive, "search", "Kim", "--filter", "year=1957", "--facet", "year,fond",
                "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = RecordJson.parse(run.out());
        assertThat(result.path("total").asLong()).isEqualTo(1);
        assertThat(result.path("hits").get(0).path("id").asText()).isEqualTo("wcda:115956");
        // the year facet ignores its own filter, so the other year stays on offer; fond respects it
        assertThat(result.path("facets").path("year").findValuesAsText("value")).containsExactly("1955", "1957");
        assertThat(result.path("facets").path("fond").get(0).path("count").asLong()).isEqualTo(1);
        assertThat(result.path("facets").path("year").get(0).path("label").asText()).isEqualTo("1955");

        CliRun either = CliRun.fond(archive, "search", "*", "--filter", "year=1955", "--filter", "year=1957");
        assertThat(either.out()).startsWith("2 records");
        CliRun text = CliRun.fond(archive, "search", "Kim", "--filter", "year=1955", "--facet", "year", "--exact");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).startsWith("1 record").contains("wcda:115797").contains("year:  1955 (1)  1957 (1)");
    }

    @Test
    void findsTheCurrencyWonButNotTheWonOfPakUiWon() {
        // seed 000 names Pak Ui-won (Pak Ui Won is his spaced form in the seed authority) and prices in won
        for (String query : List.of("won", "Pak won")) {
            CliRun run = CliRun.fond(archive, "search", query, "--format", "json");
            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode hits = RecordJson.parse(run.out()).path("hits");
            assertThat(hits.findValuesAsText("id")).as(query).containsExactly("wcda:115956");
            List<String> before = new ArrayList<>();
            for (JsonNode snippet : hits.get(0).path("snippets")) {
                String text = snippet.path("text").asText();
                for (JsonNode h : snippet.path("highlights")) {
                    String word = text.substring(h.path("start").asInt(), h.path("end").asInt());
                    if (word.equalsIgnoreCase("won")) {
                        before.add(text.substring(0, h.path("start").asInt()));
                    }
                }
            }
            // a sum before each (290 won, 30 won), never the Ui- of Pak Ui-won
            assertThat(before).as(query).isNotEmpty().allSatisfy(t -> assertThat(t).matches("(?s).*\\d\\s"));
        }
        // as typed, the won of Pak Ui-won is the word too
        assertThat(CliRun.fond(archive, "search", "Pak won", "--exact").out()).contains("Ui-»won«");
    }

    @Test
    void scopesWordsToTheOriginalLayer() {
        assertThat(CliRun.fond(archive, "search", "plokho").out()).startsWith("1 record");
        assertThat(CliRun.fond(archive, "search", "layer:original", "plokho").out()).startsWith("0 records");
    }

    @Test
    void listsRecordsLikeOneAndInTheSameFile() {
        CliRun like = CliRun.fond(archive, "search", "--like", "115956");
        assertThat(like.exitCode()).as(like.err()).isZero();
        assertThat(like.out()).startsWith("1 record like wcda:115956").contains("wcda:115797")
                .doesNotContain(" wcda:115956 ");
        JsonNode same = RecordJson.parse(CliRun.fond(archive, "search", "--same-file", "wcda:115797",
                "--format", "json").out());
        assertThat(same.path("hits").findValuesAsText("id")).containsExactly("wcda:115797");
        CliRun sameText = CliRun.fond(archive, "search", "--same-file", "115956");
        assertThat(sameText.out()).contains("wcda:115956").contains("(this record)");
    }

    @Test
    void refusesUnclearRequestsAsUsageErrors() {
        assertThat(CliRun.fond(archive, "search", "Kim", "--like", "115956").exitCode()).isEqualTo(Fond.USAGE);
        assertThat(CliRun.fond(archive, "search", "--like", "1", "--same-file", "2").exitCode()).isEqualTo(Fond.USAGE);
        assertThat(CliRun.fond(archive, "search").exitCode()).isEqualTo(Fond.USAGE);
        CliRun badFilter = CliRun.fond(archive, "search", "Kim", "--filter", "year");
        assertThat(badFilter.exitCode()).isEqualTo(Fond.USAGE);
        assertThat(badFilter.err()).contains("FIELD=VALUE");
        CliRun unknownField = CliRun.fond(archive, "search", "Kim", "--filter", "colour=red");
        assertThat(unknownField.exitCode()).isEqualTo(Fond.USAGE);
        assertThat(unknownField.err()).contains("not a facet field");
        assertThat(CliRun.fond(archive, "search", "--like", "999").exitCode()).isEqualTo(Fond.PARTIAL);
    }
}
