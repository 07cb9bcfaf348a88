package org.fond.ingest.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.fond.core.model.HeaderField;
import org.fond.core.model.Record;
import org.fond.core.reference.FolioRange;
import org.fond.core.reference.ReferenceScheme;
import org.fond.core.testing.Shared;
import org.fond.ingest.ReadResult;
import org.fond.ingest.Readers;
import org.fond.ingest.SourceFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The numbered-collection reader on the real translated Soviet collection (corpus/soviet-translated). */
class SovietCollectionTest {
    private static ReadResult read;

    @BeforeAll
    static void readTheCollection() {
        read = Readers.standard().readAll(Shared.path("corpus/soviet-translated/JFK_Russia_Translated_English.md.gz"));
        read.records().stream().filter(r -> !r.flags().isEmpty()).forEach(r ->
                System.out.println("numbered-collection-md: " + r.id() + " " + r.flags()));
    }

    @Test
    void splitsTheBookAtItsRisingNumberedHeaders() {
        assertThat(read.rejections()).isEmpty();
        // 1–96 less 3, 4, 5 and 80, which the translation prints without a header of their own
        List<String> expected = new ArrayList<>();
        IntStream.rangeClosed(1, 96).filter(n -> n != 3 && n != 4 && n != 5 && n != 80)
                .forEach(n -> expected.add("collection:JFK_Russia_Translated_English/" + n));
        assertThat(read.records()).extracting(Record::id).containsExactlyElementsOf(expected);
        assertThat(read.records()).allSatisfy(r -> assertThat(r.source().format())
                .isEqualTo(NumberedCollectionReader.FORMAT));
    }

    @Test
    void readsTheGoldenFirstDocument() {
        Record first = read.records().getFirst();
        assertThat(first.title()).startsWith("Note from First Secretary of the CC CPSU and Chairman of the Council");
        assertThat(first.date().edtf()).isEqualTo("1963-06-13");
        assertThat(first.languages().original()).containsExactly("ru");
        assertThat(first.header()).contains(new HeaderField("Number", "1", 210, true));
        assertThat(first.header()).anySatisfy(h -> {
            assertThat(h.label()).isEqualTo("Section");
            assertThat(h.value()).isEqualTo("Section I");
        });
        var ref = first.references().getFirst();
        assertThat(ref.repository().code()).isEqualTo("RGANI");
        assertThat(ref.scheme()).isEqualTo(new ReferenceScheme.RussianFile("3", "16", null, "294",
                List.of(FolioRange.single("219", false))));
        assertThat(ref.trailer()).isEqualTo("Original. Typewritten text.");
        assertThat(ref.fileKey()).isEqualTo("RGANI/3/16/294");
        assertThat(first.text().plain()).contains("Pravda").doesNotContain("**No. 2**");
    }

    @Test
    void keepsNumberedPartsInsideTheirDocumentAndDatesFromTheNumberLine() {
        Record second = read.records().get(1);
        assertThat(second.date().edtf()).isEqualTo("1963-06-14");
        assertThat(second.references()).extracting(r -> r.scheme().levels().get("delo")).contains("294");
        Record thirtyThree = read.records().stream().filter(r -> r.id().endsWith("/33")).findFirst().orElseThrow();
        assertThat(thirtyThree.header()).filteredOn(h -> h.label().equals("Number")).extracting(HeaderField::value)
                .containsExactly("33");
        assertThat(thirtyThree.text().plain()).contains("No. 3");
    }

    @Test
    void everyLegendLineBecomesACitedReferenceAndTheApparatusNoDocument() {
        long legends = read.records().stream().flatMap(r -> r.references().stream())
                .filter(r -> "citation".equals(r.foundIn())).count();
        System.out.println("numbered-collection-md: " + read.records().size() + " documents, " + legends
                + " legend references");
        assertThat(legends).isGreaterThanOrEqualTo(84);
        var cited = read.records().stream().flatMap(r -> r.references().stream())
                .filter(r -> "citation".equals(r.foundIn())).toList();
        // "TsA FSB RF. F. 5-os. Op. 10. D. 72." and "82RGANI. F. 3." behind a glued-on page number
        assertThat(cited).anySatisfy(r -> {
            assertThat(r.repository().code()).isEqualTo("TsA-FSB");
            assertThat(r.scheme().levels()).containsEntry("fond", "5-os").containsEntry("opis", "10");
        });
        assertThat(cited).anySatisfy(r -> assertThat(r.raw()).startsWith("RGANI. F. 3. Op. 66. D. 471. L. 24 - 28."));
        assertThat(cited).anySatisfy(r -> assertThat(r.repository().code()).isEqualTo("KGB-RB"));
        Record last = read.records().getLast();
        assertThat(last.id()).endsWith("/96");
        assertThat(last.flags()).anySatisfy(f -> assertThat(f.code()).isEqualTo("collection-apparatus-follows"));
        assertThat(last.text().plain()).doesNotContain("Footnotes").hasSizeLessThan(2_000);
    }

    @Test
    void acceptsOnlyAMarkdownCollection() {
        var reader = new NumberedCollectionReader();
        assertThat(reader.accepts(new SourceFile("x.md", "# Notes\n\n**No. 1**\n\nText\n".getBytes()))).isFalse();
        assertThat(reader.read(new SourceFile("x.md", "plain text".getBytes())).rejections()).singleElement()
                .satisfies(j -> assertThat(j.reason()).contains("no numbered document header"));
    }
}
