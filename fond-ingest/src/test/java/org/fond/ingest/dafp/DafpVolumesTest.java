package org.fond.ingest.dafp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fond.core.model.HeaderField;
import org.fond.core.model.Record;
import org.fond.core.reference.ArchivalReference;
import org.fond.core.reference.Flags;
import org.fond.core.model.Provenance;
import org.fond.core.reference.ReferenceParser;
import org.fond.core.reference.ReferenceScheme;
import org.fond.core.testing.Shared;
import org.fond.ingest.ReadResult;
import org.fond.ingest.Readers;
import org.fond.ingest.SourceFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The DAFP reader on a real volume read through {@link Readers} (16, which holds the golden
 * record), and the NAA grammar on the catalogue references of all 18. Every volume's record count is asserted by the whole-corpus test, which reads
 * them all once; reading them twice would double the slowest test of the build.
 */
class DafpVolumesTest {
    /** The docs column of corpus/SOURCES.md §3. */
    static final Map<Integer, Integer> DOCUMENTS = Map.ofEntries(Map.entry(1, 338), Map.entry(2, 429),
            Map.entry(3, 465), Map.entry(4, 522), Map.entry(5, 538), Map.entry(6, 356), Map.entry(7, 384),
            Map.entry(8, 481), Map.entry(9, 336), Map.entry(10, 336), Map.entry(11, 498), Map.entry(12, 585),
            Map.entry(13, 509), Map.entry(14, 393), Map.entry(15, 546), Map.entry(16, 416), Map.entry(21, 133),
            Map.entry(22, 385));
    private static final Provenance TEST = Provenance.of("test", "dafp-gold");
    private static final Map<Integer, ReadResult> READ = new LinkedHashMap<>();

    @BeforeAll
    static void readAllVolumes() {
        Readers readers = Readers.standard();
        long started = System.nanoTime();
        for (int volume : List.of(16)) {
            READ.put(volume, readers.readAll(Shared.path("corpus/dafp/dafp-volume-" + volume + ".tar.gz")));
        }
        System.out.printf("dafp-md: %d records in %.2f s%n",
                READ.values().stream().mapToInt(r -> r.records().size()).sum(), (System.nanoTime() - started) / 1e9);
    }

    @Test
    void everyDocumentOfEveryVolumeBecomesOneRecordWithoutRejections() {
        assertThat(READ).containsOnlyKeys(16);
        READ.forEach((volume, result) -> {
            assertThat(result.rejections()).as("volume %d", volume).isEmpty();
            assertThat(result.records()).as("volume %d", volume).hasSize(DOCUMENTS.get(volume));
            assertThat(result.records()).extracting(Record::id).doesNotHaveDuplicates()
                    .allMatch(id -> id.startsWith("dafp:" + volume + "/"));
        });
    }

    @Test
    void readsTheGoldenCablegramOfVolume16() {
        Record r = READ.get(16).records().stream().filter(x -> x.id().equals("dafp:16/125")).findFirst().orElseThrow();
        assertThat(r.title()).isEqualTo("Department of External Affairs to Heydon and Embassy in Washington");
        assertThat(r.date().edtf()).isEqualTo("1949-09-01");
        assertThat(r.type()).isEqualTo("Cablegram");
        assertThat(r.source().format()).isEqualTo(DafpReader.FORMAT);
        assertThat(r.source().recordId()).isEqualTo("16/125");
        assertThat(r.source().file()).endsWith("dafp-volume-16.tar.gz!/dafp/_volumes/"
                + "volume-16-1948-49-australia-and-the-postwar-world-beyond-the-region/"
                + "125-department-of-external-affairs-to-heydon-and-embassy-in-washington.md");
        assertThat(r.header()).contains(new HeaderField("naa_control_symbol", "3107/40/52/1 PART 1", 7, true),
                new HeaderField("naa_series", "A1838", 8, true));
        ArchivalReference ref = r.references().getFirst();
        assertThat(ref.raw()).isEqualTo("[AA : A1838, 3107/40/52/1, I]");
        assertThat(ref.scheme()).isEqualTo(new ReferenceScheme.NaaItem("A1838", "3107/40/52/1", "I"));
        assertThat(r.text().plain()).startsWith("Cablegram 3776, 473, CANBERRA, 1 September 1949")
                .contains("Sino-Soviet Friendship Treaty");
        assertThat(r.mentions()).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo("reference");
            assertThat(m.surface()).isEqualTo(r.text().plain().substring(m.span().start(), m.span().end()));
            assertThat(m.value()).isEqualTo("NAA, A1838, 3107/40/52/1, I");
        });
    }

    @Test
    void everyRecordHasItsDateAndEveryCatalogueReferenceIsParsed() {
        for (ReadResult result : READ.values()) {
            for (Record r : result.records()) {
                assertThat(r.date()).as(r.id()).isNotNull();
                assertThat(r.date().edtf()).as(r.id()).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
                long gold = r.header().stream().filter(h -> h.label().equals("reference")).count();
                long parsed = r.references().stream().filter(x -> "citation".equals(x.foundIn())).count();
                long unparsed = r.flags().stream().filter(f -> f.code().equals("reference-unparsed")).count();
                assertThat(parsed + unparsed).as(r.id()).isEqualTo(gold);
            }
        }
    }

    /**
     * The grammar against the National Archives' own series and control symbol in the front matter of
     * all 18 volumes, on the references whose cited text holds both once case, spaces and punctuation
     * are ignored (the bench's second measure); the part the catalogue appends ({@code PART 1}) is the
     * cited item. Parsed exactly as the reader parses them.
     */
    @Test
    void seriesAndControlSymbolMatchTheCatalogueWhereTheCitationHoldsThem() throws Exception {
        YAMLMapper yaml = new YAMLMapper();
        Readers readers = Readers.standard();
        int all = 0;
        int parsed = 0;
        int held = 0;
        int matched = 0;
        List<String> misses = new ArrayList<>();
        List<String> unparsed = new ArrayList<>();
        List<ArchivalReference> slips = new ArrayList<>();
        for (int volume : DOCUMENTS.keySet()) {
            for (SourceFile file : readers.expand(volume(volume)).files()) {
                String text = new String(file.bytes(), StandardCharsets.UTF_8);
                JsonNode front = yaml.readTree(text.substring(4, text.indexOf("\n---\n", 4)));
                for (JsonNode gold : front.path("naa_refs")) {
                    all++;
                    String raw = gold.path("reference").asText();
                    var ref = ReferenceParser.parse(raw, ReferenceParser.FOUND_IN_CITATION, TEST);
                    if (ref.isPresent()) {
                        parsed++;
                        if (raw.contains("Al838")) {
                            slips.add(ref.get());
                        }
                    } else {
                        unparsed.add(raw);
                    }
                    String series = gold.path("naa_series").asText();
                    String control = gold.path("naa_control_symbol").asText().replaceAll(" PART \\d+[A-Z]?$", "");
                    if (series.isEmpty() || control.isEmpty() || !holds(raw, series, control)) {
                        continue;
                    }
                    held++;
                    if (ref.isPresent() && ref.get().scheme() instanceof ReferenceScheme.NaaItem naa
                            && naa.series() != null && fold(naa.series()).startsWith(fold(series))
                            && naa.controlSymbol() != null && (fold(naa.controlSymbol()).equals(fold(control))
                            || fold(naa.controlSymbol() + naa.item()).equals(fold(control)))) {
                        matched++;
                    } else if (misses.size() < 15) {
                        misses.add(raw + " -> " + ref.map(x -> x.scheme().levels().toString()).orElse("nothing")
                                + " vs " + series + " | " + control);
                    }
                }
            }
        }
        double rate = matched / (double) held;
        System.out.printf("dafp-md: %d of %d catalogue references parsed; series and control symbol as catalogued "
                + "on %d of %d the citation holds (%.4f)%n", parsed, all, matched, held, rate);
        misses.forEach(m -> System.out.println("  miss: " + m));
        unparsed.forEach(m -> System.out.println("  unparsed: " + m));
        // 7,361 naa_refs in the catalogue (SOURCES.md §3)
        assertThat(all).isEqualTo(7361);
        // the only ones left cite no repository Fond knows: "[A : A1838, …]", "[AA4:A3317/1, …]"
        assertThat(unparsed).hasSize(3).allMatch(raw -> raw.startsWith("[A :") || raw.startsWith("[AA4:"));
        assertThat(parsed).isEqualTo(all - unparsed.size());
        assertThat(slips).hasSizeGreaterThan(30).allSatisfy(x -> {
            assertThat(x.scheme().levels().get("series")).isEqualTo("A1838");
            assertThat(x.flags()).contains(Flags.OCR_CORRECTED);
        });
        assertThat(held).isGreaterThan(4000);
        assertThat(rate).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void withoutADocDateTheDatelineGivesTheDateAndSaysSo() {
        String text = "---\nvol_id: 99\ndoc_num: 3\ntitle: A test cablegram\n---\n\nCablegram 12 LONDON, 4 May 1950\n\nText.\n";
        Record r = new DafpReader().read(new SourceFile("v99/3.md", text.getBytes())).records().getFirst();
        assertThat(r.date().edtf()).isEqualTo("1950-05-04");
        assertThat(r.date().provenance().rule()).isEqualTo("dateline");
        assertThat(r.flags()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("date-from-dateline");
            assertThat(f.message()).contains("no doc_date").contains("1950-05-04");
        });
        String undated = "---\nvol_id: 99\ndoc_num: 4\ndoc_date: someday\n---\n\nCanberra, undated\n\nText.\n";
        Record none = new DafpReader().read(new SourceFile("v99/4.md", undated.getBytes())).records().getFirst();
        assertThat(none.date().edtf()).isNull();
        assertThat(none.date().display()).isEqualTo("someday");
        assertThat(none.flags()).extracting(f -> f.code()).containsExactly("no-date");
    }

    @Test
    void rejectsFrontMatterThatIsNotYamlWithItsLine() {
        String text = "---\nvol_id: 1\ndoc_num: 2\ntitle: [unclosed\n---\nBody\n";
        ReadResult result = new DafpReader().read(new SourceFile("bad.md", text.getBytes()));
        assertThat(result.records()).isEmpty();
        assertThat(result.rejections()).singleElement().satisfies(j -> {
            assertThat(j.path()).isEqualTo("bad.md");
            assertThat(j.reason()).startsWith("front matter is not YAML");
        });
        ReadResult unclosed = new DafpReader().read(new SourceFile("open.md", "---\nvol_id: 1\n".getBytes()));
        assertThat(unclosed.rejections()).singleElement().extracting(j -> j.reason()).asString()
                .contains("no YAML front matter");
    }

    /**
     * Whether the citation holds the catalogue's series and control symbol as its own first and second
     * comma parts (the control symbol perhaps running on into the third), once folded: {@code WAR 45B}
     * does not hold {@code WAR 45}, and {@code [AA: 1838/283, …]} does not hold {@code A1838}.
     */
    private static boolean holds(String raw, String series, String control) {
        String[] parts = raw.substring(raw.indexOf(':') + 1).split(",");
        if (parts.length < 2 || !fold(parts[0]).startsWith(fold(series))) {
            return false;
        }
        return fold(parts[1]).equals(fold(control))
                || (parts.length > 2 && fold(parts[1] + parts[2]).equals(fold(control)));
    }

    private static String fold(String s) {
        return s.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    static Path volume(int n) {
        return Shared.path("corpus/dafp/dafp-volume-" + n + ".tar.gz");
    }
}
