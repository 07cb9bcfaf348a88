package org.fond.ingest.frus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fond.core.model.Annotation;
import org.fond.core.model.Contributor;
import org.fond.core.model.HeaderField;
import org.fond.core.model.Mention;
import org.fond.core.model.QualityFlag;
import org.fond.core.model.Record;
import org.fond.core.testing.Shared;
import org.fond.ingest.ReadResult;
import org.fond.ingest.Readers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reader on the seven real FRUS volumes of the developer corpus, read once through {@link Readers}. */
class FrusVolumesTest {
    static final List<String> VOLUMES = List.of("frus1894Nicaragua", "frus1901China", "frus1902app1",
            "frus1917Supp02v02", "frus1918Russiav03", "frus1927v01", "frus1936v03");
    private static final Map<String, ReadResult> READ = new LinkedHashMap<>();

    static Path volume(String name) {
        return Shared.path("corpus/frus-tei/" + name + ".xml.gz");
    }

    @BeforeAll
    static void readAllVolumes() {
        Readers readers = Readers.standard();
        long started = System.nanoTime();
        int records = 0;
        for (String name : VOLUMES) {
            long volumeStarted = System.nanoTime();
            ReadResult result = readers.readAll(volume(name));
            System.out.printf("frus-tei: %s: %d records in %.2f s%n", name, result.records().size(),
                    (System.nanoTime() - volumeStarted) / 1e9);
            READ.put(name, result);
            records += result.records().size();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("frus-tei: read %d volumes, %d records in %.2f s (%.0f records/s)%n", VOLUMES.size(),
                records, seconds, records / seconds);
    }

    @Test
    void everyDocumentOfEveryVolumeBecomesOneRecordWithoutRejections() {
        for (String name : VOLUMES) {
            ReadResult result = READ.get(name);
            assertThat(result.rejections()).as(name).isEmpty();
            assertThat(result.records()).as(name).hasSize(TeiGold.read(volume(name)).size());
            assertThat(result.records()).extracting(Record::id).as(name).doesNotHaveDuplicates()
                    .allMatch(id -> id.startsWith("frus:" + name + "/d"));
        }
    }

    @Test
    void recordCountsMatchTheDocumentCountsOfTheCorpusCatalogue() {
        // the documents column of corpus/SOURCES.md §1
        assertThat(READ.get("frus1918Russiav03").records()).hasSize(478);
        assertThat(READ.get("frus1894Nicaragua").records()).hasSize(138);
        assertThat(READ.get("frus1936v03").records()).hasSize(586);
        assertThat(READ.get("frus1902app1").records()).hasSize(34);
        assertThat(READ.get("frus1917Supp02v02").records()).hasSize(440);
    }

    @Test
    void everyRecordHasATitleNumberSourceAndEnglishText() {
        for (String name : VOLUMES) {
            Map<String, TeiGold.Doc> gold = TeiGold.read(volume(name));
            for (Record r : READ.get(name).records()) {
                if (gold.get(r.source().recordId().substring(name.length() + 1)).headed()) {
                    assertThat(r.title()).as(r.id()).isNotBlank();
                } else {
                    // an empty <head/> in the volume: no title is made up, the record says why
                    assertThat(r.title()).as(r.id()).isNull();
                    assertThat(r.flags()).extracting(QualityFlag::code).contains("no-heading");
                }
                assertThat(header(r, "Number")).as(r.id()).isNotNull();
                assertThat(r.text().plain()).as(r.id()).isNotBlank();
                assertThat(r.languages().content()).containsExactly("en");
                String docId = r.id().substring(r.id().indexOf('/') + 1);
                assertThat(r.source().url()).isEqualTo("https://history.state.gov/historicaldocuments/" + name + "/"
                        + docId);
                assertThat(r.source().canonicalUrl()).isEqualTo(r.source().url());
                assertThat(r.source().format()).isEqualTo("frus-tei");
                assertThat(r.source().file()).endsWith(name + ".xml");
            }
        }
    }

    @Test
    void documentDateIsTheDatelinesWhenAttributeWhereTheEditorsGaveOne() {
        for (String name : List.of("frus1918Russiav03", "frus1917Supp02v02", "frus1936v03")) {
            Map<String, TeiGold.Doc> gold = TeiGold.read(volume(name));
            int compared = 0;
            for (Record r : READ.get(name).records()) {
                TeiGold.Doc doc = gold.get(r.source().recordId().substring(name.length() + 1));
                if (doc.when() != null && !doc.when().isEmpty()) {
                    assertThat(r.date().edtf()).as(r.id()).isEqualTo(doc.when());
                    assertThat(r.date().provenance().rule()).isEqualTo("date-when");
                    compared++;
                }
            }
            assertThat(compared).as(name).isGreaterThan(gold.size() * 8 / 10);
        }
    }

    @Test
    void readsTheSecondDocumentOfRussiaVolumeThree() {
        Record r = byId("frus1918Russiav03", "frus:frus1918Russiav03/d2");
        assertThat(r.title()).startsWith("The Ambassador in Russia (Francis) to the Secretary of State");
        assertThat(r.date().edtf()).isEqualTo("1917-04-06T12:00:00");
        assertThat(r.date().display()).isEqualTo("April 6, 1917, 12 p.m.");
        assertThat(header(r, "Place")).isEqualTo("Petrograd");
        assertThat(r.header()).filteredOn(h -> h.label().equals("Source note")).extracting(HeaderField::value)
                .containsExactly("File No. 861.51/133", "[Telegram]");
        assertThat(r.contributors()).extracting(Contributor::name, Contributor::role).contains(
                org.assertj.core.groups.Tuple.tuple("Francis", "sender"),
                org.assertj.core.groups.Tuple.tuple("Secretary of State", "addressee"));
        assertThat(r.mentions()).filteredOn(m -> m.type().equals("person")).extracting(Mention::entity)
                .contains("frus:frus1918Russiav03#p_FDR1");
        // the heading, the dateline and the first paragraph are blocks of their own
        assertThat(r.text().plain()).startsWith(r.title() + "\n\nPetrograd, April 6, 1917, 12 p.m.\n[Received");
        assertThat(r.annotations()).filteredOn(a -> a instanceof Annotation.PageBreak)
                .extracting(a -> a.provenance().rule()).containsExactly("pb n=3 facs=0053");
    }

    @Test
    void sourceNotesAreKeptForEveryDocumentThatHasThem() {
        for (String name : VOLUMES) {
            Map<String, TeiGold.Doc> gold = TeiGold.read(volume(name));
            for (Record r : READ.get(name).records()) {
                TeiGold.Doc doc = gold.get(r.source().recordId().substring(name.length() + 1));
                assertThat(r.header()).filteredOn(h -> h.label().equals("Source note")).as(r.id())
                        .hasSize(doc.sourceNotes());
            }
        }
        long withFileNumber = READ.get("frus1918Russiav03").records().stream()
                .filter(r -> r.header().stream().anyMatch(h -> h.label().equals("Source note")
                        && h.value().matches("File No\\. \\d{3}\\.\\w+/\\d+.*")))
                .count();
        assertThat(withFileNumber).isGreaterThan(400);
    }

    @Test
    void taggedPersonsBecomeMentionsThatRoundTripAndLinkToTheVolumesIds() {
        for (String name : VOLUMES) {
            Map<String, TeiGold.Doc> gold = TeiGold.read(volume(name));
            for (Record r : READ.get(name).records()) {
                String plain = r.text().plain();
                List<Mention> persons = r.mentions().stream().filter(m -> m.type().equals("person")).toList();
                for (Mention m : persons) {
                    assertThat(plain.substring(m.span().start(), m.span().end())).isEqualTo(m.surface());
                    assertThat(m.entity()).satisfiesAnyOf(e -> assertThat(e).isNull(),
                            e -> assertThat(e).startsWith("frus:" + name + "#"));
                }
                TeiGold.Doc doc = gold.get(r.source().recordId().substring(name.length() + 1));
                assertThat(persons).extracting(m -> m.surface().replaceAll("\\s+", " ")).as(r.id())
                        .containsExactlyElementsOf(doc.persNames());
            }
        }
        long linked = READ.get("frus1918Russiav03").records().stream().flatMap(r -> r.mentions().stream())
                .filter(m -> m.type().equals("person") && m.entity() != null).count();
        assertThat(linked).isGreaterThan(1500);
    }

    @Test
    void footnotesAndPageBreaksAreAnnotationsAtTheirAnchors() {
        for (String name : VOLUMES) {
            Map<String, TeiGold.Doc> gold = TeiGold.read(volume(name));
            for (Record r : READ.get(name).records()) {
                TeiGold.Doc doc = gold.get(r.source().recordId().substring(name.length() + 1));
                List<Annotation> notes = r.annotations().stream()
                        .filter(a -> a.provenance().rule().startsWith("footnote")).toList();
                assertThat(notes).as(r.id()).allSatisfy(a -> {
                    assertThat(a).isInstanceOf(Annotation.EditorialNote.class);
                    assertThat(a.span().length()).isZero();
                    assertThat(a.layer()).isNotEqualTo(org.fond.core.model.Layer.ORIGINAL);
                });
                assertThat(notes).extracting(a -> ((Annotation.EditorialNote) a).content()).as(r.id())
                        .containsExactlyInAnyOrderElementsOf(doc.footnotes());
                assertThat(r.annotations()).filteredOn(a -> a instanceof Annotation.PageBreak pb && !pb.inferred())
                        .as(r.id()).hasSize(doc.pageBreaks());
            }
        }
    }

    @Test
    void everyAnnotationAndMentionSurfaceEqualsItsSpanInThePlainText() {
        for (String name : VOLUMES) {
            for (Record r : READ.get(name).records()) {
                String plain = r.text().plain();
                for (Annotation a : r.annotations()) {
                    assertThat(a.span().of(plain)).as(r.id() + " " + a.kind()).isEqualTo(a.surface());
                }
                for (Mention m : r.mentions()) {
                    assertThat(m.span().of(plain)).as(r.id() + " " + m.type()).isEqualTo(m.surface());
                }
                assertThat(plain).doesNotContain("  ").doesNotStartWith(" ").doesNotEndWith(" ");
            }
        }
    }

    private static Record byId(String volume, String id) {
        Map<String, Record> byId = READ.get(volume).records().stream()
                .collect(Collectors.toMap(Record::id, Function.identity()));
        return Objects.requireNonNull(byId.get(id), id);
    }

    static String header(Record r, String label) {
        return r.header().stream().filter(h -> h.label().equals(label)).map(HeaderField::value).findFirst()
                .orElse(null);
    }
}
