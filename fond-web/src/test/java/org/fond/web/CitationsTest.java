package org.fond.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.fond.store.json.RecordJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CitationsTest {
    @TempDir
    static Path dir;
    static TestArchive archive;
    static JsonNode s1;
    final Citations citations = new Citations();

    @BeforeAll
    static void load() {
        archive = TestArchive.withSeeds(dir.resolve("archive"));
        s1 = RecordJson.parse(archive.recordJson(TestArchive.S1).orElseThrow());
    }

    @AfterAll
    static void close() {
        archive.close();
    }

    @Test
    void wilsonCenterFormIsTheOneTheArchivePrintsWithTheCanonicalUrl() {
        // MODEL.md §6 RQ25, for 115956 ingested from a staging host
        assertThat(s1.path("source").path("url").asText()).contains("drivingcreative");
        assertThat(citations.format(s1, Citations.Style.WCDA)).isEqualTo(
                "\"Journal of Soviet Ambassador to the DPRK A.M. Puzanov for 17 December 1957,\" December 17, 1957, "
                        + "Wilson Center Digital Archive, AVPRF F. 0102, Op. 14, Delo 6, Listy 14-25. Translated for NKIDP "
                        + "by Gary Goldberg. https://digitalarchive.wilsoncenter.org/document/115956");
    }

    @Test
    void aReusedProcessorFormatsEachRecordOnItsOwn() {
        JsonNode s2 = RecordJson.parse(archive.recordJson(TestArchive.S2).orElseThrow());
        String first = citations.format(s1, Citations.Style.CHICAGO);
        String second = citations.format(s2, Citations.Style.CHICAGO);
        assertThat(second).contains("Report from V. Molotov and M. Suslov").doesNotContain("Puzanov");
        assertThat(citations.format(s1, Citations.Style.CHICAGO)).isEqualTo(first);
    }

    @Test
    void aChangedRecordIsCitedAnewAndTheSameOneFromTheCache() {
        String before = citations.format(s1, Citations.Style.WCDA);
        com.fasterxml.jackson.databind.node.ObjectNode changed = s1.deepCopy();
        changed.put("title", "Journal of A.M. Puzanov, corrected");
        assertThat(citations.format(changed, Citations.Style.WCDA)).startsWith("\"Journal of A.M. Puzanov, corrected,\"")
                .isNotEqualTo(before);
        // the same record text, another object: the same citation, whatever the text around it holds
        com.fasterxml.jackson.databind.node.ObjectNode sameCitation = s1.deepCopy();
        sameCitation.put("summary", "another summary, which no citation shows");
        assertThat(citations.format(sameCitation, Citations.Style.WCDA)).isEqualTo(before);
        assertThat(citations.format(s1, Citations.Style.BIBTEX)).isNotEqualTo(before);
    }

    @Test
    void cslJsonNamesTheArchiveAndTheCanonicalReference() {
        JsonNode item = RecordJson.parse(citations.format(s1, Citations.Style.CSL_JSON)).path(0);
        assertThat(item.path("type").asText()).isEqualTo("manuscript");
        assertThat(item.path("archive").asText()).isEqualTo("AVPRF");
        assertThat(item.path("archive_location").asText()).isEqualTo(s1.path("references").path(0).path("canonical").asText());
        assertThat(item.path("URL").asText()).isEqualTo("https://digitalarchive.wilsoncenter.org/document/115956");
        assertThat(item.path("translator").path(0).path("family").asText()).isEqualTo("Goldberg");
        assertThat(item.path("issued").path("date-parts").path(0).toString()).isEqualTo("[1957,12,17]");
    }

    @Test
    void chicagoNoteAndBibliographyComeFromTheCslStyle() {
        String chicago = citations.format(s1, Citations.Style.CHICAGO);
        assertThat(chicago).startsWith("Note:\n").contains("\n\nBibliography:\n");
        assertThat(chicago).contains("Journal of Soviet Ambassador").contains("1957").contains("AVPRF")
                .contains("Gary Goldberg").contains("https://digitalarchive.wilsoncenter.org/document/115956")
                .doesNotContain("drivingcreative");
    }

    @Test
    void bibtexIsOneMiscEntryWithBalancedBraces() {
        String bib = citations.format(s1, Citations.Style.BIBTEX);
        assertThat(bib).startsWith("@misc{wcda115956,").endsWith("}");
        assertThat(bib).contains("title = {{Journal of Soviet Ambassador").contains("date = {1957-12-17}")
                .contains("translator = {Goldberg, Gary}").contains("url = {https://digitalarchive.wilsoncenter.org/document/115956}");
        assertThat(bib.chars().filter(c -> c == '{').count()).isEqualTo(bib.chars().filter(c -> c == '}').count());
    }

    @Test
    void risHasOneTagPerLineFromTyToEr() {
        String ris = citations.format(s1, Citations.Style.RIS);
        String[] lines = ris.split("\r\n");
        assertThat(lines[0]).isEqualTo("TY  - MANSCPT");
        assertThat(lines[lines.length - 1]).isEqualTo("ER  - ");
        assertThat(lines).contains("DA  - 1957/12/17/", "A4  - Goldberg, Gary", "AV  - "
                + s1.path("references").path(0).path("canonical").asText(),
                "UR  - https://digitalarchive.wilsoncenter.org/document/115956");
        for (String line : lines) {
            assertThat(line).matches("[A-Z][A-Z0-9]  - .*");
        }
    }
}
