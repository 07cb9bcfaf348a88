package org.fond.ingest.wcda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.fond.core.model.Contributor;
import org.fond.core.model.HeaderField;
import org.fond.core.model.QualityFlag;
import org.fond.core.model.Record;
import org.fond.core.testing.Shared;
import org.fond.ingest.ReadResult;
import org.fond.ingest.SourceFile;
import org.junit.jupiter.api.Test;

class WcdaExportReaderTest {
    private final WcdaExportReader reader = new WcdaExportReader();

    static Record read(Path seed) {
        return read(seed.toString(), Shared.read(seed));
    }

    static Record read(String path, String text) {
        ReadResult result = new WcdaExportReader().read(new SourceFile(path, text.getBytes(StandardCharsets.UTF_8)));
        assertThat(result.rejections()).isEmpty();
        assertThat(result.records()).hasSize(1);
        return result.records().get(0);
    }

    @Test
    void bothSeedsParseToTheSameLogicalHeaderDespiteDifferentLabelDecorations() {
        for (Record r : List.of(read(Shared.seed115956()), read(Shared.seed115797()))) {
            assertThat(r.summary()).isNotBlank();
            assertThat(r.donors()).containsExactly("ROK Ministry of Unification");
            assertThat(r.languages().original()).containsExactly("ru");
            assertThat(r.languages().content()).containsExactly("en");
            // the credits' contributors first; signatories and addressees from the structure follow
            assertThat(r.contributors().subList(0, 2)).extracting(Contributor::name, Contributor::role)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Gary Goldberg", "translator"),
                            org.assertj.core.groups.Tuple.tuple("NKIDP", "project"));
            assertThat(r.header()).extracting(HeaderField::label)
                    .containsExactly("Date", "Title", "Citation", "Summary", "Credits", "Original Language", "Contents");
            assertThat(r.header()).allMatch(HeaderField::known);
            // the header reads cleanly: none of the reader's own quality flags is raised
            assertThat(r.flags()).extracting(QualityFlag::code).doesNotContainAnyElementsOf(List.of(
                    "title-citation-mismatch", "date-citation-mismatch", "unknown-language", "citation-unparsed",
                    "no-display-date"));
            assertThat(r.source().format()).isEqualTo("wcda-export");
        }
    }

    @Test
    void readsSeedS1WithBoldTitleBlockAndHardBreaks() {
        Record r = read(Shared.seed115956());
        assertThat(r.id()).isEqualTo("wcda:115956");
        assertThat(r.title()).isEqualTo("Journal of Soviet Ambassador to the DPRK A.M. Puzanov for 17 December 1957");
        assertThat(r.date().display()).isEqualTo("December 17, 1957");
        assertThat(r.date().provenance().sourceLine()).isEqualTo(3);
        assertThat(r.date().edtf()).isEqualTo("1957-12-17");
        assertThat(r.source().url()).isEqualTo("https://wilson-center.drivingcreative.com/document/115956");
        assertThat(r.source().canonicalUrl()).isEqualTo("https://digitalarchive.wilsoncenter.org/document/115956");
        assertThat(r.source().recordId()).isEqualTo("115956");
        assertThat(r.source().file()).isEqualTo(Shared.seed115956().toString());
        // T4: the hard break inside "Listy␠␠⏎14-25" is joined with one space
        assertThat(Citation.parse(r.citation()).source()).isEqualTo("AVPRF F. 0102, Op. 14, Delo 6, Listy 14-25");
        assertThat(r.text().rawFirstLine()).isEqualTo(30);
        assertThat(r.text().raw()).startsWith("## JOURNAL");
        assertThat(r.header()).filteredOn(f -> f.label().equals("Citation")).extracting(HeaderField::line)
                .containsExactly(7);
        assertThat(r.header()).filteredOn(f -> f.label().equals("Citation")).first()
                .satisfies(f -> assertThat(f.value().lines()).hasSize(4));
        // credits are on the third physical line of the citation
        assertThat(r.contributors().get(0).provenance().sourceLine()).isEqualTo(11);
        assertThat(r.references()).singleElement().satisfies(ref -> {
            assertThat(ref.raw()).isEqualTo("AVPRF F. 0102, Op. 14, Delo 6, Listy 14-25");
            assertThat(ref.scheme().levels()).containsEntry("fond", "0102").containsEntry("delo", "6");
            assertThat(ref.provenance().sourceLine()).isEqualTo(10);
        });
    }

    @Test
    void readsSeedS2WithH1TitleAndHeadingLabels() {
        Record r = read(Shared.seed115797());
        assertThat(r.id()).isEqualTo("wcda:115797");
        assertThat(r.title()).isEqualTo("Report from V. Molotov and M. Suslov");
        assertThat(r.date().display()).isEqualTo("January 17, 1955");
        assertThat(r.date().edtf()).isEqualTo("1955-01-17");
        assertThat(r.source().url()).isEqualTo("https://wilson-center-digital-archive.dvincitest.com/document/115797");
        assertThat(r.source().canonicalUrl()).isEqualTo("https://digitalarchive.wilsoncenter.org/document/115797");
        assertThat(Citation.parse(r.citation()).source()).isEqualTo("AVPRF F. 0102 Op. 11 P. 65 D. 45");
        assertThat(r.text().rawFirstLine()).isEqualTo(25);
        assertThat(r.text().raw()).startsWith("Copy Secret N");
        // the body is kept byte for byte, N + U+00BA included
        assertThat(r.text().raw()).contains("N\u00ba");
    }

    @Test
    void keepsAnUnknownLabelWithItsValueAndLine() {
        String seed = Shared.read(Shared.seed115956());
        String withArchive = seed.replace("**Summary:**", "**Original Archive:**\n\nArchive of Foreign Policy\n\n**Summary:**");
        Record r = read("s1-with-archive.txt", withArchive);
        HeaderField archive = r.header().stream().filter(f -> f.label().equals("Original Archive")).findFirst()
                .orElseThrow();
        assertThat(archive.known()).isFalse();
        assertThat(archive.value()).isEqualTo("Archive of Foreign Policy");
        assertThat(archive.line()).isEqualTo(14);
        // the known fields around it are read as before; the body moved down four lines
        assertThat(r.summary()).startsWith("Kim Il Sung");
        assertThat(r.donors()).containsExactly("ROK Ministry of Unification");
        assertThat(r.text().rawFirstLine()).isEqualTo(34);
    }

    @Test
    void keepsAnUnknownLabelAfterContentsAndStartsTheBodyAfterIt() {
        String seed = Shared.read(Shared.seed115797());
        String extra = seed.replace("Translation - English\n", "Translation - English\n\n### **Original Archive:**\n\nAVPRF\n");
        Record r = read("s2-with-archive.txt", extra);
        assertThat(r.header()).filteredOn(f -> !f.known()).extracting(HeaderField::label, HeaderField::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Original Archive", "AVPRF"));
        assertThat(r.text().rawFirstLine()).isEqualTo(29);
        assertThat(r.text().raw()).startsWith("Copy Secret");
    }

    @Test
    void readsSeveralLanguagesAndContentTokens() {
        String seed = Shared.read(Shared.seed115797());
        String more = seed.replace("## Original Language:\n\nRussian\n", "## Original Languages:\n\nRussian, Chinese\n\nKorean\n")
                .replace("Translation - English\n", "Original Scan\n\nTranscript - Russian\n\nTranslation - English\n");
        Record r = read("s2-languages.txt", more);
        assertThat(r.languages().original()).containsExactly("ru", "zh", "ko");
        assertThat(r.languages().content()).containsExactly("ru", "en");
        assertThat(r.text().raw()).startsWith("Copy Secret");
        assertThat(r.text().rawFirstLine()).isEqualTo(31);
    }

    @Test
    void flagsAnOriginalLanguageItDoesNotKnowAndKeepsTheRest() {
        String seed = Shared.read(Shared.seed115797());
        Record r = read("s2-odd-language.txt", seed.replace("## Original Language:\n\nRussian\n",
                "## Original Language:\n\nRussian, Old Martian\n"));
        assertThat(r.languages().original()).containsExactly("ru");
        assertThat(r.flags()).filteredOn(f -> f.code().equals("unknown-language")).singleElement()
                .satisfies(f -> assertThat(f.line()).isEqualTo(19));
    }

    @Test
    void readsWindowsLineEndingsLikeUnixOnes() {
        Record unix = read(Shared.seed115956());
        Record crlf = read("s1-crlf.txt", Shared.read(Shared.seed115956()).replace("\n", "\r\n"));
        assertThat(crlf.id()).isEqualTo(unix.id());
        assertThat(crlf.title()).isEqualTo(unix.title());
        assertThat(crlf.citation()).isEqualTo(unix.citation());
        assertThat(crlf.summary()).isEqualTo(unix.summary());
        assertThat(crlf.header()).isEqualTo(unix.header());
        assertThat(crlf.text().rawFirstLine()).isEqualTo(30);
    }

    @Test
    void flagsATitleThatDiffersFromTheCitationTitle() {
        String seed = Shared.read(Shared.seed115956());
        String changed = seed.replace("**Puzanov for 17 December 1957**", "**Puzanov, 17 December 1957**");
        Record r = read("s1-changed-title.txt", changed);
        assertThat(r.title()).endsWith("Puzanov, 17 December 1957");
        assertThat(r.flags()).extracting(QualityFlag::code).contains("title-citation-mismatch");
        assertThat(r.flags()).filteredOn(f -> f.code().equals("title-citation-mismatch"))
                .extracting(QualityFlag::line).containsExactly(9);
    }

    @Test
    void takesTheRecordIdFromAnyHostAndAcceptsHttp() {
        String seed = Shared.read(Shared.seed115797());
        String moved = seed.replace("https://wilson-center-digital-archive.dvincitest.com/document/115797",
                "http://example.org/document/115797");
        Record r = read("moved.txt", moved);
        assertThat(r.id()).isEqualTo("wcda:115797");
        assertThat(r.source().url()).isEqualTo("http://example.org/document/115797");
        assertThat(r.source().canonicalUrl()).isEqualTo("https://digitalarchive.wilsoncenter.org/document/115797");
    }

    @Test
    void rejectsACitationUrlWithoutANumericRecordId() {
        String seed = Shared.read(Shared.seed115797());
        String slug = seed.replace("/document/115797", "/document/report-from-molotov");
        ReadResult result = reader.read(new SourceFile("slug.txt", slug.getBytes(StandardCharsets.UTF_8)));
        assertThat(result.records()).isEmpty();
        assertThat(result.rejections()).singleElement().satisfies(j -> {
            assertThat(j.line()).isEqualTo(7);
            assertThat(j.reason()).contains("no /document/{number} record id");
        });
    }

    @Test
    void rejectsTextWithNoHeaderNamingWhatIsMissing() {
        ReadResult result = reader.read(new SourceFile("notes.txt",
                "\n\nJust a note about a meeting.\nNothing more.\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(result.rejections()).singleElement().satisfies(j -> {
            assertThat(j.line()).isEqualTo(3);
            assertThat(j.reason()).contains("no title block").contains("Citation");
        });
    }

    @Test
    void stripsAByteOrderMarkWithoutShiftingLines() {
        byte[] seed = Shared.read(Shared.seed115797()).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[seed.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(seed, 0, withBom, 3, seed.length);
        assertThat(reader.accepts(new SourceFile("bom.txt", withBom))).isTrue();
        ReadResult result = reader.read(new SourceFile("bom.txt", withBom));
        assertThat(result.records()).singleElement().satisfies(r -> {
            assertThat(r.title()).isEqualTo("Report from V. Molotov and M. Suslov");
            assertThat(r.text().rawFirstLine()).isEqualTo(25);
        });
    }

    @Test
    void acceptsBothSeedsButNotOtherText() {
        assertThat(reader.accepts(new SourceFile("s1", Shared.read(Shared.seed115956()).getBytes(StandardCharsets.UTF_8))))
                .isTrue();
        assertThat(reader.accepts(new SourceFile("s2", Shared.read(Shared.seed115797()).getBytes(StandardCharsets.UTF_8))))
                .isTrue();
        assertThat(reader.accepts(new SourceFile("x", "# A heading\n\nSome text.\n".getBytes(StandardCharsets.UTF_8))))
                .isFalse();
        assertThat(reader.accepts(new SourceFile("x", "<?xml version=\"1.0\"?><TEI/>".getBytes(StandardCharsets.UTF_8))))
                .isFalse();
    }
}
