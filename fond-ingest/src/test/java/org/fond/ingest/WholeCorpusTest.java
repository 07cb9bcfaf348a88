package org.fond.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fond.core.model.HeaderField;
import org.fond.core.model.Mention;
import org.fond.core.model.Record;
import org.fond.core.reference.ArchivalReference;
import org.fond.core.reference.ReferenceScheme;
import org.fond.core.testing.Shared;
import org.junit.jupiter.api.Test;

/**
 * Reads every file of the developer corpus under ../shared/corpus (all but authority/, which is
 * authority data, not documents) through {@link Readers#standard()}, as {@code fond ingest} would,
 * and asserts the records each file gives and that every rejection is one we know and can explain.
 * Files are read in parallel within each archive, and records are checked and dropped as they come,
 * so the corpus never sits in memory whole.
 */
class WholeCorpusTest {
    /** A FRUS source note that cites a State Department decimal file ({@code File No. 861.51/135}, {@code 500.A15a3/621: Telegram}). */
    private static final Pattern DECIMAL_NOTE = Pattern.compile("^(?:File No\\. )?\\d{3}[.A-Z][^\\s/]*(?: \\S+){0,4}/\\S");

    /** Records per corpus file; the SOURCES.md catalogue gives the same document counts. */
    private static final Map<String, Integer> EXPECTED = expected();

    private static Map<String, Integer> expected() {
        Map<String, Integer> m = new TreeMap<>();
        int[][] dafp = {{1, 338}, {2, 429}, {3, 465}, {4, 522}, {5, 538}, {6, 356}, {7, 384}, {8, 481}, {9, 336},
                {10, 336}, {11, 498}, {12, 585}, {13, 509}, {14, 393}, {15, 546}, {16, 416}, {21, 133}, {22, 385}};
        for (int[] v : dafp) {
            m.put("dafp/dafp-volume-" + v[0] + ".tar.gz", v[1]);
        }
        m.put("frus-tei/frus1894Nicaragua.xml.gz", 138);
        m.put("frus-tei/frus1901China.xml.gz", 312);
        m.put("frus-tei/frus1902app1.xml.gz", 34);
        m.put("frus-tei/frus1917Supp02v02.xml.gz", 440);
        m.put("frus-tei/frus1918Russiav03.xml.gz", 478);
        m.put("frus-tei/frus1927v01.xml.gz", 415);
        m.put("frus-tei/frus1936v03.xml.gz", 586);
        for (String v : List.of("1945v03", "1945v04", "1946v05", "1946v06", "1947v02", "1948v03", "1951v03p1",
                "1952-54v05p1", "1952-54v08", "1955-57v26", "1958-60v09", "1958-60v10p1")) {
            m.put("frus-text/frus" + v + ".txt.gz", 1);
        }
        // 97 numbered documents; 3, 4, 5 and 80 have no header of their own in the translation
        m.put("soviet-translated/JFK_Russia_Translated_English.md.gz", 92);
        m.put("wcda/wilson_archive_sample.csv", 11);
        m.put("wcda/digitalarchive_transcript_33548.json", 1);
        m.put("wcda/digitalarchive_collection_491.json", 0);
        m.put("SOURCES.md", 0);
        return m;
    }

    /** Every rejection the corpus gives, by file, with the start of its reason: each one explained. */
    private static final Map<String, String> EXPECTED_REJECTIONS = Map.of(
            // the catalogue itself: prose about the corpus, no document
            "SOURCES.md", "unknown format",
            // a collection record of the old API describes a collection, not a document
            "wcda/digitalarchive_collection_491.json", "collection listing, not a record");

    @Test
    void readsEveryFileOfTheDeveloperCorpusWithOnlyExplainedRejections() throws IOException {
        Path corpus = Shared.path("corpus");
        Readers readers = Readers.standard();
        Map<String, Integer> records = new ConcurrentHashMap<>();
        Map<String, Integer> formats = new ConcurrentHashMap<>();
        Map<String, Double> secondsByFolder = new TreeMap<>();
        List<Rejection> rejections = new ArrayList<>();
        int[] notes = new int[2];
        long started = System.nanoTime();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !corpus.relativize(p).startsWith("authority")).sorted().toList();
        }
        for (Path file : files) {
            String name = corpus.relativize(file).toString().replace('\\', '/');
            records.put(name, 0);
            long fileStarted = System.nanoTime();
            Readers.Expansion expansion = readers.expand(file);
            rejections.addAll(expansion.rejections());
            List<ReadResult> results = expansion.files().parallelStream().map(readers::read).toList();
            for (ReadResult result : results) {
                rejections.addAll(result.rejections());
                for (Record r : result.records()) {
                    checkRecord(r);
                    records.merge(name, 1, Integer::sum);
                    formats.merge(r.source().format(), 1, Integer::sum);
                    countDecimalNotes(r, notes);
                }
            }
            secondsByFolder.merge(name.contains("/") ? name.substring(0, name.indexOf('/')) : name,
                    (System.nanoTime() - fileStarted) / 1e9, Double::sum);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        int total = records.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("corpus: %d records from %d files in %.1f s%n", total, files.size(), seconds);
        new TreeMap<>(records).forEach((file, n) -> System.out.printf("corpus:   %6d  %s%n", n, file));
        new TreeMap<>(formats).forEach((format, n) -> System.out.printf("corpus: format %-24s %6d%n", format, n));
        secondsByFolder.forEach((folder, s) -> System.out.printf("corpus: %-20s %6.1f s%n", folder, s));
        rejections.forEach(r -> System.out.println("corpus: rejected: " + r.message()));
        System.out.printf("corpus: FRUS decimal-file source notes parsed as us-decimal references: %d of %d%n",
                notes[1], notes[0]);

        assertThat(new TreeMap<>(records)).containsExactlyEntriesOf(EXPECTED);
        assertThat(rejections).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
        assertThat(rejections).extracting(r -> corpus.relativize(Path.of(r.path().split("!/")[0])).toString())
                .containsExactlyInAnyOrderElementsOf(EXPECTED_REJECTIONS.keySet());
        rejections.forEach(r -> assertThat(r.reason()).as(r.message()).startsWith(
                EXPECTED_REJECTIONS.get(corpus.relativize(Path.of(r.path().split("!/")[0])).toString())));
        assertThat(notes[0]).isGreaterThan(1_500);
        assertThat(notes[1]).isEqualTo(notes[0]);
    }

    /** What every record of every reader must hold: an id, a format, mentions whose surface is their span's text. */
    private static void checkRecord(Record r) {
        assertThat(r.id()).isNotBlank();
        assertThat(r.source()).as(r.id()).isNotNull();
        String plain = r.text().plain();
        for (Mention m : r.mentions()) {
            assertThat(m.surface()).as(r.id()).isEqualTo(plain.substring(m.span().start(), m.span().end()));
        }
    }

    /** Task 4: a FRUS source note citing a decimal file is a parsed us-decimal reference of the record. */
    private static void countDecimalNotes(Record r, int[] notes) {
        if (!"frus-tei".equals(r.source().format())) {
            return;
        }
        for (HeaderField h : r.header()) {
            if (!h.label().equals("Source note") || !DECIMAL_NOTE.matcher(h.value()).find()) {
                continue;
            }
            notes[0]++;
            for (ArchivalReference ref : r.references()) {
                if (ref.raw().equals(h.value()) && ref.scheme() instanceof ReferenceScheme.DecimalFile d
                        && d.file() != null && d.document() != null && "NARA".equals(ref.repository().code())) {
                    notes[1]++;
                    break;
                }
            }
        }
    }
}
