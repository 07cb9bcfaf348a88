package org.fond.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.fond.store.FileOutcome.Change;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchTest {
    @TempDir
    Path tmp;
    Path dir;

    @BeforeEach
    void setUp() {
        dir = tmp.resolve("archive");
    }

    private FileOutcome ingest(Original original, List<CatalogEntry> entries) {
        try (Archive archive = Archive.open(dir); Batch batch = archive.begin()) {
            FileOutcome outcome = batch.add(original, entries);
            batch.commit();
            return outcome;
        }
    }

    @Test
    void storesARecordsOwnEntryAsWrittenAndRefusesMalformedJsonNamingTheRecord() throws Exception {
        org.fond.core.model.Record seed = org.fond.ingest.Readers.standard()
                .readAll(org.fond.core.testing.Shared.seed115956()).records().get(0);
        CatalogEntry written = CatalogEntry.of(seed);
        assertThat(written.json()).isEqualTo(org.fond.store.json.RecordJson.write(seed));
        assertThat(written.fileKey()).isEqualTo("AVPRF/0102/14/6");
        assertThat(written.repository()).isEqualTo("AVPRF");
        assertThat(ingest(Fixtures.seed115956(), List.of(written)).records())
                .extracting(FileOutcome.RecordOutcome::recordId).containsExactly(written.recordId());

        String format = Fixtures.seed115797Entries().get(0).sourceFormat();
        for (String json : List.of("{\"id\":\"115797\"", "{\"id\":\"115797\"} {}", " ")) {
            CatalogEntry broken = new CatalogEntry("115797", "t", null, format, null, null, json);
            assertThatThrownBy(() -> ingest(Fixtures.seed115797(), List.of(broken)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("record 115797: ");
        }
        try (Archive archive = Archive.open(dir)) {
            assertThat(archive.record(written.recordId()).orElseThrow().json()).isEqualTo(written.json());
            assertThat(archive.record("115797")).isEmpty();
        }
        // bound as UTF-8 bytes, the JSON is still text in the catalog, byte for byte the string's UTF-8
        try (java.sql.Connection c = Catalog.connect(dir, Catalog.Use.READ);
                java.sql.PreparedStatement ps = c.prepareStatement(
                        "SELECT typeof(json), CAST(json AS BLOB) FROM records WHERE record_id = ?")) {
            ps.setString(1, written.recordId());
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("text");
                assertThat(rs.getBytes(2)).isEqualTo(written.json().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void storesTheRealSeedsWithTheirOriginalsByteForByte() throws Exception {
        Original s1 = Fixtures.seed115956();
        Original s2 = Fixtures.seed115797();
        try (Archive archive = Archive.open(dir)) {
            try (Batch batch = archive.begin()) {
                assertThat(batch.add(s1, Fixtures.seed115956Entries()).records())
                        .containsExactly(new FileOutcome.RecordOutcome("115956", 1, Change.NEW));
                batch.add(s2, Fixtures.seed115797Entries());
                batch.commit();
            }
            StoredRecord r = archive.record("115956").orElseThrow();
            assertThat(r.version()).isEqualTo(1);
            assertThat(r.originalSha256()).isEqualTo(s1.sha256());
            assertThat(r.originalPath()).isEqualTo(s1.path());
            assertThat(r.fileKey()).isEqualTo("AVPRF 0102/14/6");
            assertThat(r.json()).isEqualTo("{\"id\":\"115956\"}");
            assertThat(archive.original(r.originalSha256()))
                    .isEqualTo(Files.readAllBytes(org.fond.core.testing.Shared.seed115956()));
            Path stored = dir.resolve("originals").resolve(s1.sha256().substring(0, 2)).resolve(s1.sha256().substring(2));
            assertThat(stored).hasBinaryContent(s1.bytes());
            try (Stream<StoredRecord> all = archive.records()) {
                assertThat(all.map(StoredRecord::recordId)).containsExactly("115797", "115956");
            }
            assertThat(archive.verify()).isEmpty();
        }
    }

    @Test
    void theSameFileTwiceGivesOneRecordAndLeavesTheGenerationAlone() {
        assertThat(ingest(Fixtures.seed115956(), Fixtures.seed115956Entries()).changed()).isTrue();
        FileOutcome again = ingest(Fixtures.seed115956(), Fixtures.seed115956Entries());
        assertThat(again.records()).containsExactly(new FileOutcome.RecordOutcome("115956", 1, Change.UNCHANGED));
        try (Archive archive = Archive.open(dir)) {
            assertThat(archive.versions("115956")).hasSize(1);
            assertThat(archive.generation()).isEqualTo(1);
            assertThat(archive.stats().originals()).isEqualTo(1);
        }
        ingest(Fixtures.seed115797(), Fixtures.seed115797Entries());
        try (Archive archive = Archive.open(dir)) {
            assertThat(archive.generation()).isEqualTo(2);
        }
    }

    @Test
    void changedBytesMakeVersionTwoAndKeepVersionOneWithItsOriginal() {
        Original v1 = Fixtures.text("letters/115956.txt", "Journal, first transcription");
        Original v2 = Fixtures.text("letters/115956.txt", "Journal, corrected transcription");
        ingest(v1, List.of(Fixtures.entry("115956", "Journal", "AVPRF")));
        FileOutcome outcome = ingest(v2, List.of(Fixtures.entry("115956", "Journal (corrected)", "AVPRF")));
        assertThat(outcome.records()).containsExactly(new FileOutcome.RecordOutcome("115956", 2, Change.NEW_VERSION));
        try (Archive archive = Archive.open(dir)) {
            assertThat(archive.record("115956").orElseThrow().title()).isEqualTo("Journal (corrected)");
            List<StoredRecord> versions = archive.versions("115956");
            assertThat(versions).extracting(StoredRecord::version).containsExactly(1, 2);
            assertThat(archive.original(versions.get(0).originalSha256())).isEqualTo(v1.bytes());
            assertThat(archive.original(versions.get(1).originalSha256())).isEqualTo(v2.bytes());
            assertThat(archive.stats().records()).isEqualTo(1);
            assertThat(archive.stats().versions()).isEqualTo(2);
            assertThat(archive.generation()).isEqualTo(2);
        }
    }

    @Test
    void anOldCopyIngestedAgainBesideTheNewOneMakesNoFurtherVersions() {
        Original v1 = Fixtures.text("old/115956.txt", "first");
        Original v2 = Fixtures.text("new/115956.txt", "second");
        for (int round = 0; round < 3; round++) {
            ingest(v1, List.of(Fixtures.entry("115956", "Journal", "AVPRF")));
            ingest(v2, List.of(Fixtures.entry("115956", "Journal", "AVPRF")));
        }
        try (Archive archive = Archive.open(dir)) {
            assertThat(archive.versions("115956")).extracting(StoredRecord::originalPath)
                    .containsExactly("old/115956.txt", "new/115956.txt");
            assertThat(archive.generation()).isEqualTo(2);
        }
    }

    @Test
    void oneOriginalMayHoldSeveralRecords() {
        Original volume = Fixtures.text("frus/volume.xml", "<TEI>two documents</TEI>");
        FileOutcome outcome = ingest(volume,
                List.of(Fixtures.entry("frus-d1", "First", "NARA"), Fixtures.entry("frus-d2", "Second", "NARA")));
        assertThat(outcome.records()).extracting(FileOutcome.RecordOutcome::change).containsExactly(Change.NEW, Change.NEW);
        try (Archive archive = Archive.open(dir)) {
            assertThat(archive.record("frus-d1").orElseThrow().originalSha256())
                    .isEqualTo(archive.record("frus-d2").orElseThrow().originalSha256());
            assertThat(archive.stats().originals()).isEqualTo(1);
            assertThat(archive.stats().records()).isEqualTo(2);
        }
    }

    @Test
    void closingWithoutCommitLeavesNothingBehind() throws Exception {
        Original original = Fixtures.text("draft.txt", "never committed");
        try (Archive archive = Archive.open(dir)) {
            try (Batch batch = archive.begin()) {
                batch.add(original, List.of(Fixtures.entry("draft", "Draft", null)));
                assertThat(batch.changed()).isTrue();
                // not visible to readers before the commit
                assertThat(archive.record("draft")).isEmpty();
            }
            assertThat(archive.record("draft")).isEmpty();
            assertThat(archive.generation()).isZero();
            assertThat(archive.stats().originals()).isZero();
        }
        try (Stream<Path> files = Files.walk(dir.resolve("originals"))) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void aCorruptedOriginalIsDetectedByItsHash() throws Exception {
        Original original = Fixtures.seed115797();
        ingest(original, Fixtures.seed115797Entries());
        String sha = original.sha256();
        Path file = dir.resolve("originals").resolve(sha.substring(0, 2)).resolve(sha.substring(2));
        byte[] damaged = Files.readAllBytes(file);
        damaged[damaged.length / 2] ^= 0x20;
        Files.write(file, damaged);
        try (Archive archive = Archive.open(dir)) {
            assertThatThrownBy(() -> archive.original(sha)).isInstanceOf(ArchiveException.class)
                    .hasMessageContaining(dir.toString()).hasMessageContaining("corrupt");
            assertThat(archive.verify()).singleElement().asString().contains("corrupt");
        }
    }

    @Test
    void statsCountRecordsAndOriginalsByFormatAndRepository() {
        try (Archive archive = Archive.open(dir)) {
            try (Batch batch = archive.begin()) {
                batch.add(Fixtures.seed115956(), Fixtures.seed115956Entries());
                batch.add(Fixtures.seed115797(), Fixtures.seed115797Entries());
                batch.add(Fixtures.text("notes.txt", "a note"), List.of(Fixtures.entry("note-1", "Note", null)));
                batch.commit();
            }
            CatalogStats stats = archive.stats();
            assertThat(stats.records()).isEqualTo(3);
            assertThat(stats.originals()).isEqualTo(3);
            assertThat(stats.recordsByRepository()).isEqualTo(Map.of("AVPRF", 2L, "", 1L));
            assertThat(stats.recordsBySourceFormat()).isEqualTo(Map.of("wcda-export", 3L));
            assertThat(stats.originalsByFormat()).isEqualTo(Map.of("wcda-export", 2L, "plain-text", 1L));
            assertThat(stats.originalBytes()).isEqualTo(Fixtures.seed115956().bytes().length
                    + Fixtures.seed115797().bytes().length + "a note".length());
            assertThat(stats.generation()).isEqualTo(1);
        }
    }

    @Test
    void aFileThatCannotBeStoredIsLeftOutWholeAndTheBatchGoesOn() throws Exception {
        Original blocked = Fixtures.text("blocked.txt", "cannot be stored");
        Original fine = Fixtures.text("fine.txt", "stored");
        try (Archive archive = Archive.open(dir)) {
            // a plain file where the original's directory must go makes storing it fail
            Files.writeString(dir.resolve("originals").resolve(blocked.sha256().substring(0, 2)), "in the way");
            try (Batch batch = archive.begin()) {
                assertThatThrownBy(() -> batch.add(blocked, List.of(Fixtures.entry("blocked", "Blocked", null))))
                        .isInstanceOf(ArchiveException.class).hasMessageContaining("blocked.txt");
                assertThat(batch.changed()).isFalse();
                batch.add(fine, List.of(Fixtures.entry("fine", "Fine", null)));
                batch.commit();
            }
            assertThat(archive.record("blocked")).isEmpty();
            assertThat(archive.record("fine")).isPresent();
            assertThat(archive.stats().originals()).isEqualTo(1);
            assertThat(archive.verify()).isEmpty();
        }
    }

    @Test
    void rejectsMalformedJsonBeforeWritingAnything() {
        CatalogEntry broken = new CatalogEntry("x", "X", null, "wcda-export", null, null, "{\"id\": ");
        try (Archive archive = Archive.open(dir); Batch batch = archive.begin()) {
            assertThatThrownBy(() -> batch.add(Fixtures.text("x.txt", "x"), List.of(broken)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("record x");
            assertThat(batch.changed()).isFalse();
        }
    }

    @Test
    void aCommittedBatchTakesNoMoreWrites() {
        try (Archive archive = Archive.open(dir); Batch batch = archive.begin()) {
            batch.commit();
            assertThatThrownBy(() -> batch.add(Fixtures.text("late.txt", "late"), List.of()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("committed");
            assertThat(archive.generation()).isZero();
        }
    }
}
