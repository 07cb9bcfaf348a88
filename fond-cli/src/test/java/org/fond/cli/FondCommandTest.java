package org.fond.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fond.core.testing.Shared;
import org.fond.store.json.RecordJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FondCommandTest {
    @TempDir
    Path tmp;

    @Test
    void ingestsTheSeedsOnceAndShowsThemAsJsonAndText() {
        Path archive = tmp.resolve("a");
        CliRun first = CliRun.fond(archive, "ingest", Shared.path("seeds").toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("2 new");

        CliRun again = CliRun.fond(archive, "ingest", Shared.path("seeds").toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("2 unchanged");

        CliRun json = CliRun.fond(archive, "show", "wcda:115956", "--format", "json");
        assertThat(json.exitCode()).isZero();
        JsonNode record = RecordJson.parse(json.out());
        assertThat(record.path("id").asText()).isEqualTo("wcda:115956");
        assertThat(record.path("source").path("canonicalUrl").asText())
                .isEqualTo("https://digitalarchive.wilsoncenter.org/document/115956");
        assertThat(record.path("references").get(0).path("fond").asText()).isEqualTo("0102");

        CliRun text = CliRun.fond(archive, "show", "115797");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("Report from V. Molotov and M. Suslov").contains("AVPRF");
    }

    @Test
    void searchFindsAPhraseWithHighlightsInBothFormats() {
        Path archive = tmp.resolve("a");
        assertThat(CliRun.fond(archive, "ingest", Shared.path("seeds").toString()).exitCode()).isZero();

        CliRun text = CliRun.fond(archive, "search", "\"Chinese People's Volunteers\"");
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("wcda:115956").doesNotContain("wcda:115797");

        CliRun json = CliRun.fond(archive, "search", "Zhou Enlai", "--format", "json", "--limit", "5");
        JsonNode result = RecordJson.parse(json.out());
        assertThat(result.path("total").asLong()).isEqualTo(2);
        JsonNode snippet = result.path("hits").get(0).path("snippets").get(0);
        JsonNode highlight = snippet.path("highlights").get(0);
        String fragment = snippet.path("text").asText();
        assertThat(fragment.substring(highlight.path("start").asInt(), highlight.path("end").asInt()))
                .isIn("Zhou", "Enlai", "Zhou Enlai"); // a name found through the authority is highlighted whole
    }

    @Test
    void facetsReferenceQueriesBrowseAndCursorsWorkFromTheCommandLine() {
        Path archive = tmp.resolve("a");
        assertThat(CliRun.fond(archive, "ingest", Shared.path("seeds").toString()).exitCode()).isZero();

        JsonNode faceted = RecordJson.parse(CliRun.fond(archive, "search", "Kim", "--facet", "year,fond",
                "--format", "json").out());
        assertThat(faceted.path("facets").path("year").findValuesAsText("value")).containsExactlyInAnyOrder("1955", "1957");
        assertThat(faceted.path("facets").path("fond").get(0).path("value").asText()).isEqualTo("0102");
        assertThat(faceted.path("facets").path("fond").get(0).path("count").asLong()).isEqualTo(2);

        // the same archival file cited Russian-style finds the record; 102 is not 0102
        assertThat(CliRun.fond(archive, "search", "ref:\"АВП РФ. Ф. 0102. Оп. 14. Д. 6.\"").out()).contains("wcda:115956")
                .doesNotContain("wcda:115797");
        assertThat(CliRun.fond(archive, "search", "ref:\"AVPRF f. 102\"").out()).startsWith("0 records");

        CliRun browse = CliRun.fond(archive, "browse", "AVPRF/0102");
        assertThat(browse.exitCode()).isZero();
        assertThat(browse.out()).containsPattern("11\\s+1").containsPattern("14\\s+1");

        JsonNode first = RecordJson.parse(CliRun.fond(archive, "search", "*", "--sort", "date", "--limit", "1",
                "--format", "json").out());
        assertThat(first.path("hits").get(0).path("id").asText()).isEqualTo("wcda:115797");
        JsonNode second = RecordJson.parse(CliRun.fond(archive, "search", "*", "--sort", "date", "--limit", "1",
                "--cursor", first.path("nextCursor").asText(), "--format", "json").out());
        assertThat(second.path("hits").get(0).path("id").asText()).isEqualTo("wcda:115956");
    }

    @Test
    void aMalformedQueryIsAClearUsageErrorWithoutStackTrace() {
        Path archive = tmp.resolve("a");
        CliRun.fond(archive, "ingest", Shared.path("seeds").toString());
        CliRun bad = CliRun.fond(archive, "search", "title:(Kim");
        assertThat(bad.exitCode()).isEqualTo(Fond.USAGE);
        assertThat(bad.err()).contains("position").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void oneBadFileAmongTwoGoodOnesIsListedWithAReasonAndTheGoodOnesLand() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Shared.seed115956(), in.resolve("good1.txt"));
        Files.copy(Shared.seed115797(), in.resolve("good2.txt"));
        Files.write(in.resolve("bad.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 'x', '\n'});
        Path archive = tmp.resolve("a");

        CliRun run = CliRun.fond(archive, "ingest", in.toString());

        assertThat(run.exitCode()).isEqualTo(Fond.PARTIAL);
        assertThat(run.err()).contains("bad.txt").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.err().lines().filter(l -> l.contains("bad.txt")).count()).isEqualTo(1);
        CliRun stats = CliRun.fond(archive, "stats", "--format", "json");
        assertThat(stats.exitCode()).as(stats.out()).isZero();
        assertThat(RecordJson.parse(stats.out()).path("records").asLong()).isEqualTo(2);
    }

    @Test
    void statsAgreeAcrossCatalogOriginalsAndIndexAndSurviveReindex() {
        Path archive = tmp.resolve("a");
        CliRun.fond(archive, "ingest", Shared.path("seeds").toString());
        JsonNode stats = RecordJson.parse(CliRun.fond(archive, "stats", "--format", "json").out());
        assertThat(stats.path("records").asLong()).isEqualTo(2);
        assertThat(stats.path("originals").asLong()).isEqualTo(2);
        assertThat(stats.path("indexDocuments").asLong()).isEqualTo(2);
        assertThat(stats.path("consistent").asBoolean()).isTrue();

        assertThat(CliRun.fond(archive, "reindex").exitCode()).isZero();
        JsonNode after = RecordJson.parse(CliRun.fond(archive, "stats", "--format", "json").out());
        assertThat(after.path("byFormat")).isEqualTo(stats.path("byFormat"));
        assertThat(after.path("byRepository")).isEqualTo(stats.path("byRepository"));
    }

    @Test
    void unknownRecordAndMissingArchiveAreClearErrors() {
        Path archive = tmp.resolve("none");
        CliRun missing = CliRun.fond(archive, "show", "wcda:1");
        assertThat(missing.exitCode()).isEqualTo(Fond.USAGE);
        assertThat(missing.err()).contains("no archive at");

        CliRun.fond(tmp.resolve("a"), "ingest", Shared.seed115956().toString());
        CliRun unknown = CliRun.fond(tmp.resolve("a"), "show", "wcda:1");
        assertThat(unknown.exitCode()).isEqualTo(Fond.PARTIAL);
        assertThat(unknown.err()).contains("no record wcda:1");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(CliRun.fond(tmp.resolve("a"), "ingest").exitCode()).isEqualTo(Fond.USAGE);
        assertThat(CliRun.fond(tmp.resolve("a"), "frobnicate").exitCode()).isEqualTo(Fond.USAGE);
    }
}
