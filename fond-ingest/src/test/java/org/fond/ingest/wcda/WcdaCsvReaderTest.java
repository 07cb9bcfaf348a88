package org.fond.ingest.wcda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.fond.core.model.Contributor;
import org.fond.core.model.HeaderField;
import org.fond.core.model.Record;
import org.fond.core.reference.ArchivalReference;
import org.fond.core.testing.Shared;
import org.fond.ingest.ReadResult;
import org.fond.ingest.Rejection;
import org.fond.ingest.SourceFile;
import org.junit.jupiter.api.Test;

class WcdaCsvReaderTest {
    private static final Path SAMPLE = Shared.path("corpus/wcda/wilson_archive_sample.csv");
    private final WcdaCsvReader reader = new WcdaCsvReader();

    private static SourceFile sample() {
        return new SourceFile(SAMPLE.toString(), Shared.read(SAMPLE).getBytes(StandardCharsets.UTF_8));
    }

    private static SourceFile csv(String text) {
        return new SourceFile("fixture.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> columns() {
        String text = Shared.read(SAMPLE);
        return List.of(text.substring(0, text.indexOf('\n')).strip().split(","));
    }

    @Test
    void readsEveryRowOfTheSiteScrapeAsOneRecord() {
        ReadResult result = reader.read(sample());
        assertThat(result.rejections()).isEmpty();
        assertThat(result.records()).extracting(Record::id).hasSize(11).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("wcda:\\d+")).contains("wcda:300653", "wcda:300237");
        assertThat(result.records()).allSatisfy(r -> {
            assertThat(r.title()).isNotBlank();
            assertThat(r.summary()).isNotBlank();
            assertThat(r.source().format()).isEqualTo("wcda-csv");
            assertThat(r.source().canonicalUrl()).isEqualTo("https://digitalarchive.wilsoncenter.org/document/"
                    + r.source().recordId());
            assertThat(r.text().plain()).isNotBlank();
            assertThat(r.languages().original()).hasSize(1);
        });
    }

    @Test
    void keepsEveryColumnAsAHeaderFieldAtTheLineWhereItsRowStarts() {
        List<String> columns = columns();
        assertThat(columns).hasSize(23).contains("record_id", "source", "scraped_at");
        List<Record> records = reader.read(sample()).records();
        for (Record r : records) {
            assertThat(r.header()).extracting(HeaderField::label).containsExactlyElementsOf(columns);
            assertThat(r.header()).allMatch(HeaderField::known);
            assertThat(r.header()).extracting(HeaderField::line).containsOnly(r.header().getFirst().line());
        }
        // rows start on lines 2, 50, …, 387: cells span lines, so the lines are not 2, 3, 4…
        assertThat(records).extracting(r -> r.header().getFirst().line())
                .containsExactly(2, 50, 92, 112, 129, 138, 211, 243, 256, 318, 387);
        Record first = records.getFirst();
        assertThat(first.header()).filteredOn(f -> f.label().equals("record_id"))
                .extracting(HeaderField::value).containsExactly("300653");
        assertThat(first.header()).filteredOn(f -> f.label().equals("credits"))
                .extracting(HeaderField::value).containsExactly("");
    }

    @Test
    void parsesTheDateColumnToEdtf() {
        List<Record> records = reader.read(sample()).records();
        assertThat(records).allSatisfy(r -> assertThat(r.date().edtf()).isNotNull());
        assertThat(records.getFirst().date().display()).isEqualTo("April 1, 1949");
        assertThat(records.getFirst().date().edtf()).isEqualTo("1949-04-01");
        assertThat(records).filteredOn(r -> r.id().equals("wcda:300638"))
                .extracting(r -> r.date().edtf()).containsExactly("1967-11");
    }

    @Test
    void parsesTheSourceColumnAsAReferenceAndItsCreditsAsContributors() {
        List<Record> records = reader.read(sample()).records();
        assertThat(records).allSatisfy(r -> assertThat(r.references()).isNotEmpty());
        assertThat(records).extracting(r -> citedReference(r).repository().code())
                .containsOnly("NMML", "JP-MOFA", "BArch")
                .contains("NMML", "JP-MOFA", "BArch");
        Record kohl = records.stream().filter(r -> r.id().equals("wcda:300242")).findFirst().orElseThrow();
        ArchivalReference barch = citedReference(kohl);
        // the credits that follow the reference in the column are not part of it
        assertThat(barch.raw()).isEqualTo("BArch, B 136/59748, 403-410");
        assertThat(barch.foundIn()).isEqualTo("citation");
        // the row starts on line 138; its source cell, after the many-line body, on line 209
        assertThat(barch.provenance().sourceLine()).isEqualTo(209);
        assertThat(kohl.contributors()).extracting(Contributor::name, Contributor::role)
                .contains(org.assertj.core.groups.Tuple.tuple("Stephan Kieninger", "contributor"),
                        org.assertj.core.groups.Tuple.tuple("Stephan Kieninger", "transcriber"),
                        org.assertj.core.groups.Tuple.tuple("Stephan Kieninger", "translator"));
        Record japan = records.stream().filter(r -> r.id().equals("wcda:300641")).findFirst().orElseThrow();
        assertThat(japan.contributors()).extracting(Contributor::name, Contributor::role).contains(
                org.assertj.core.groups.Tuple.tuple("Japan. Foreign Ministry", "author"),
                org.assertj.core.groups.Tuple.tuple("Robert Hoppens", "contributor"),
                org.assertj.core.groups.Tuple.tuple("Stephen Mercado", "translator"));
        assertThat(japan.donors()).containsExactly("Chun & Jane Chiu Family Foundation");
        assertThat(japan.languages().original()).containsExactly("ja");
    }

    private static ArchivalReference citedReference(Record r) {
        return r.references().stream().filter(ref -> ref.foundIn().equals("citation")).findFirst().orElseThrow();
    }

    @Test
    void keepsTheBodyVerbatimWithOneParagraphALineAndSourceLines() {
        Record first = reader.read(sample()).records().getFirst();
        assertThat(first.text().raw()).isEqualTo(first.text().plain()).startsWith("Secret.\nF.N.33.");
        // the body cell starts on the row's own line; its fourth line is the file's fifth
        assertThat(first.text().rawFirstLine()).isEqualTo(2);
        int dear = first.text().plain().indexOf("My dear premier");
        assertThat(first.text().sourceLine(dear)).isEqualTo(5);
        assertThat(first.mentions()).allSatisfy(m ->
                assertThat(first.text().plain().substring(m.span().start(), m.span().end())).isEqualTo(m.surface()));
    }

    @Test
    void rejectsARowWithoutARecordIdByItsLineAndReadsTheOthers() {
        String fixture = "document_url,title,original_publication_date,record_id,source\r\n"
                + "https://digitalarchive.wilsoncenter.org/document/a-slug,First,\"May 1, 1950\",101,\"BArch, B 1/2\"\r\n"
                + "https://digitalarchive.wilsoncenter.org/document/no-number,\"Second,\nwith two lines\",1951,,\r\n"
                + "https://digitalarchive.wilsoncenter.org/document/third,Third,1952,103,\r\n";
        ReadResult result = reader.read(csv(fixture));
        assertThat(result.records()).extracting(Record::id).containsExactly("wcda:101", "wcda:103");
        assertThat(result.rejections()).hasSize(1);
        Rejection rejection = result.rejections().getFirst();
        assertThat(rejection.line()).isEqualTo(3);
        assertThat(rejection.reason()).contains("record_id").contains("no record id");
        // the third row starts on line 5: the rejected row's title spans two lines
        assertThat(result.records().get(1).header().getFirst().line()).isEqualTo(5);
    }

    @Test
    void takesTheIdFromADocumentNumberUrlWhenRecordIdIsEmpty() {
        String fixture = "document_url,title,record_id\n"
                + "https://digitalarchive.wilsoncenter.org/document/115956,Journal,\n";
        assertThat(reader.read(csv(fixture)).records()).extracting(Record::id).containsExactly("wcda:115956");
    }

    @Test
    void rejectsBrokenQuotingAtItsLineKeepingTheRowsBefore() {
        String fixture = "document_url,title,record_id\n"
                + "u,One,1\n"
                + "u,\"Two,2\n";
        ReadResult result = reader.read(csv(fixture));
        assertThat(result.records()).extracting(Record::id).containsExactly("wcda:1");
        assertThat(result.rejections()).singleElement().satisfies(r -> {
            assertThat(r.reason()).startsWith("broken CSV");
            assertThat(r.line()).isPositive();
        });
    }

    @Test
    void acceptsOnlyAHeaderLineNamingRecordIdAndDocumentUrl() {
        assertThat(reader.accepts(sample())).isTrue();
        assertThat(reader.accepts(csv("a,b,c\n1,2,3\n"))).isFalse();
        assertThat(reader.accepts(csv("# 1957 Title\n**Citation:** x\n"))).isFalse();
        assertThat(reader.accepts(csv("document_url,record_id"))).isFalse(); // no line end: not a header line
    }
}
