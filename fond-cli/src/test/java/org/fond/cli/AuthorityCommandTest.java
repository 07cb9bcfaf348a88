package org.fond.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fond.core.testing.Shared;
import org.fond.store.json.RecordJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthorityCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aNewArchiveExpandsTheSeedsNamesAcrossScriptsWithoutAnImport() {
        Path archive = tmp.resolve("a");
        assertThat(CliRun.fond(archive, "ingest", Shared.path("seeds").toString()).exitCode()).isZero();
        for (String name : new String[] {"Ким Ир Сен", "김일성", "Kim Ir Sen", "Kim Il-sung"}) {
            JsonNode result = RecordJson.parse(CliRun.fond(archive, "search", name, "--format", "json").out());
            assertThat(result.path("total").asLong()).as(name).isEqualTo(2);
        }
        // --exact turns expansion off: the Cyrillic form is not in either English translation
        JsonNode exact = RecordJson.parse(CliRun.fond(archive, "search", "Ким Ир Сен", "--exact", "--format", "json").out());
        assertThat(exact.path("total").asLong()).isZero();
    }

    @Test
    void ingestLinksTheSeedsPeopleToTheAuthorityAndTheirFacetCarriesLabels() {
        Path archive = tmp.resolve("a");
        assertThat(CliRun.fond(archive, "ingest", Shared.path("seeds").toString()).exitCode()).isZero();
        JsonNode result = RecordJson.parse(CliRun.fond(archive, "search", "*", "--facet", "person,place",
                "--format", "json").out());
        JsonNode kim = null;
        for (JsonNode f : result.path("facets").path("person")) {
            if (f.path("value").asText().equals("per:kim-il-sung")) {
                kim = f;
            }
        }
        assertThat(kim).as("person facet " + result.path("facets").path("person")).isNotNull();
        assertThat(kim.path("count").asLong()).isEqualTo(2);
        assertThat(kim.path("label").asText()).isEqualTo("Kim Il Sung");
        // the linked mention sits in the stored record JSON with its offsets into the text
        JsonNode record = RecordJson.parse(CliRun.fond(archive, "show", "wcda:115797", "--format", "json").out());
        String text = record.path("text").asText();
        boolean found = false;
        for (JsonNode m : record.path("mentions")) {
            if (m.path("entity").asText().equals("per:kim-il-sung")) {
                assertThat(text.substring(m.path("start").asInt(), m.path("end").asInt())).isEqualTo(m.path("surface").asText());
                found = true;
            }
        }
        assertThat(found).isTrue();
        // drill-down on the person facet
        JsonNode filtered = RecordJson.parse(CliRun.fond(archive, "search", "*", "--filter", "person=per:kim-il-sung",
                "--format", "json").out());
        assertThat(filtered.path("total").asLong()).isEqualTo(2);
    }

    @Test
    void importsAFrusPersonsListKeepsReviewedMergesAndLogsEveryEdit() {
        Path archive = tmp.resolve("a");
        CliRun imported = CliRun.fond(archive, "authority", "import",
                "--frus", Shared.path("corpus/frus-tei/frus1918Russiav03.xml.gz").toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("88 entries read, 88 records, 0 left out");
        assertThat(Files.isRegularFile(archive.resolve("authority.jsonl"))).isTrue();

        CliRun shown = CliRun.fond(archive, "authority", "show", "Kim Ir Sen");
        assertThat(shown.exitCode()).isZero();
        assertThat(shown.out()).contains("per:kim-il-sung").contains("김일성").contains("Kim II Sung");

        // Kim Il is recorded as not Kim Il Sung: the merge is refused with the reason, nothing changes
        CliRun refused = CliRun.fond(archive, "authority", "merge", "per:kim-il", "per:kim-il-sung", "--why", "test");
        assertThat(refused.exitCode()).isEqualTo(Fond.PARTIAL);
        assertThat(refused.err()).contains("not the same");

        String someFrusPerson = CliRun.fond(archive, "authority", "list", "--type", "person", "--limit", "0").out()
                .lines().filter(l -> l.startsWith("per:frus")).findFirst().orElseThrow().split("\\s+")[0];
        CliRun merged = CliRun.fond(archive, "authority", "merge", someFrusPerson, "per:kim-il-sung",
                "--why", "a test merge", "--who", "tester");
        assertThat(merged.exitCode()).as(merged.err()).isZero();
        assertThat(CliRun.fond(archive, "authority", "show", someFrusPerson).out())
                .contains("merged into per:kim-il-sung").contains("merged-into by tester").contains("a test merge");

        // a second import keeps the reviewed (merged) record as reviewed
        CliRun again = CliRun.fond(archive, "authority", "import",
                "--frus", Shared.path("corpus/frus-tei/frus1918Russiav03.xml.gz").toString());
        assertThat(again.out()).contains("reviewed records kept as reviewed");
        assertThat(CliRun.fond(archive, "authority", "show", someFrusPerson).out()).contains("merged into per:kim-il-sung");

        CliRun split = CliRun.fond(archive, "authority", "split", someFrusPerson, "--why", "undo", "--who", "tester");
        assertThat(split.exitCode()).isZero();
        assertThat(CliRun.fond(archive, "authority", "show", someFrusPerson).out())
                .doesNotContain("merged into per:kim-il-sung").contains("split-from by tester");
    }

    @Test
    void namesNoRecordHoldsAreProposedMostFrequentFirst() {
        Path archive = tmp.resolve("a");
        assertThat(CliRun.fond(archive, "ingest", Shared.path("corpus/frus-tei/frus1894Nicaragua.xml.gz").toString(),
                Shared.path("seeds").toString()).exitCode()).isZero();
        CliRun run = CliRun.fond(archive, "authority", "candidates", "--type", "person", "--limit", "10");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().filter(l -> l.matches("\\s*\\d+\\s+person\\s+.*")).toList();
        assertThat(lines).isNotEmpty();
        List<Integer> counts = lines.stream().map(l -> Integer.parseInt(l.strip().split("\\s+")[0])).toList();
        assertThat(counts).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(counts.getLast()).isGreaterThanOrEqualTo(2);
        // the seeds' people are linked, so they are never proposed
        assertThat(run.out()).doesNotContain("Kim Il Sung").doesNotContain("Molotov");
    }

    @Test
    void unknownNamesAndTypesAreClearErrors() {
        Path archive = tmp.resolve("a");
        assertThat(CliRun.fond(archive, "ingest", Shared.path("seeds").toString()).exitCode()).isZero();
        CliRun none = CliRun.fond(archive, "authority", "show", "Nobody Atall");
        assertThat(none.exitCode()).isEqualTo(Fond.PARTIAL);
        assertThat(none.err()).contains("no authority record").doesNotContain("Exception");
        CliRun badType = CliRun.fond(archive, "authority", "list", "--type", "ship");
        assertThat(badType.exitCode()).isEqualTo(Fond.USAGE);
        assertThat(badType.err()).contains("unknown type 'ship'");
    }
}
