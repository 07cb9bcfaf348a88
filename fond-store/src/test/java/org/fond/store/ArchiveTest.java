package org.fond.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveTest {
    @TempDir
    Path tmp;

    @Test
    void opensAnEmptyDirectoryAsANewArchiveWithTheMigratedCatalog() throws Exception {
        Path dir = tmp.resolve("new-archive");
        try (Archive archive = Archive.open(dir)) {
            assertThat(archive.generation()).isZero();
            assertThat(archive.stats().records()).isZero();
            assertThat(archive.record("115956")).isEmpty();
            assertThat(archive.verify()).isEmpty();
        }
        assertThat(dir.resolve("catalog.sqlite")).isRegularFile();
        assertThat(dir.resolve("originals")).isDirectory();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("catalog.sqlite"));
                ResultSet rs = c.createStatement().executeQuery(
                        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            List<String> tables = new ArrayList<>();
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
            assertThat(tables).contains("meta", "originals", "records", "flyway_schema_history");
            assertThat(c.createStatement().executeQuery("PRAGMA journal_mode").getString(1)).isEqualTo("wal");
            assertThat(c.createStatement().executeQuery("PRAGMA page_size").getInt(1)).isEqualTo(Catalog.PAGE_SIZE);
        }
    }

    @Test
    void anArchiveMadeWithSmallerPagesKeepsThemAndItsRecords() throws Exception {
        Path dir = tmp.resolve("old-pages");
        Files.createDirectories(dir);
        // a catalog as archives made before 64 KiB pages have it: SQLite's default 4 KiB pages
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("catalog.sqlite"))) {
            c.createStatement().execute("PRAGMA page_size = 4096");
            c.createStatement().execute("PRAGMA journal_mode = WAL");
        }
        try (Archive archive = Archive.open(dir); Batch batch = archive.begin()) {
            batch.add(Fixtures.seed115956(), Fixtures.seed115956Entries());
            batch.commit();
        }
        try (Archive archive = Archive.open(dir)) {
            assertThat(archive.record("115956")).isPresent();
            assertThat(archive.verify()).isEmpty();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("catalog.sqlite"))) {
            assertThat(c.createStatement().executeQuery("PRAGMA page_size").getInt(1)).isEqualTo(4096);
        }
    }

    @Test
    void reopeningKeepsWhatWasCommittedAndDoesNotMigrateTwice() {
        Path dir = tmp.resolve("a");
        try (Archive archive = Archive.open(dir); Batch batch = archive.begin()) {
            batch.add(Fixtures.seed115956(), Fixtures.seed115956Entries());
            batch.commit();
        }
        try (Archive archive = Archive.open(dir)) {
            assertThat(archive.record("115956")).isPresent();
            assertThat(archive.generation()).isEqualTo(1);
        }
    }

    @Test
    void listsTheRecordsEachBatchAfterAGenerationStoredNewOrAgain() {
        Path dir = tmp.resolve("a");
        try (Archive archive = Archive.open(dir)) {
            try (Batch batch = archive.begin()) {
                batch.add(Fixtures.seed115956(), Fixtures.seed115956Entries());
                batch.commit();
            }
            try (Batch batch = archive.begin()) {
                batch.add(Fixtures.seed115797(), Fixtures.seed115797Entries());
                // 115956 read again from other bytes: a new version, stored by this batch
                batch.add(Fixtures.text("again/115956.txt", "another reading"),
                        List.of(Fixtures.entry("115956", "Journal, read again", "AVPRF")));
                batch.commit();
            }
            assertThat(archive.generation()).isEqualTo(2);
            try (var after1 = archive.recordsAfter(1); var after2 = archive.recordsAfter(2);
                    var all = archive.records()) {
                assertThat(after1.map(r -> r.recordId() + " v" + r.version()))
                        .containsExactly("115797 v1", "115956 v2");
                assertThat(after2).isEmpty();
                assertThat(all).hasSize(2);
            }
        }
    }

    @Test
    void givesTheTextOfEachRecordsCurrentVersionAndOfEveryVersionNewestFirst() {
        String first = "Kim Il Sung (김일성) said: \"the \\ line\"\n\t\u2014 and \uD840\uDC0B.";
        try (Archive archive = Archive.open(tmp.resolve("a"))) {
            try (Batch batch = archive.begin()) {
                batch.add(Fixtures.text("a.txt", "a"), List.of(Fixtures.entryWithText("r1", "One", first),
                        Fixtures.entryWithText("r2", "Two", "Ким Ир Сен")));
                batch.add(Fixtures.text("c.txt", "c"), List.of(Fixtures.entry("r3", "No text", "AVPRF")));
                batch.commit();
            }
            try (Batch batch = archive.begin()) {
                batch.add(Fixtures.text("a2.txt", "a, read again"),
                        List.of(Fixtures.entryWithText("r1", "One", "the second reading")));
                batch.commit();
            }
            assertThat(archive.texts(List.of("r1", "r2", "r3", "r1", "missing")))
                    .containsOnly(Map.entry("r1", "the second reading"), Map.entry("r2", "Ким Ир Сен"),
                            Map.entry("r3", ""));
            assertThat(archive.textVersions("r1")).containsExactly("the second reading", first);
            assertThat(archive.textVersions("missing")).isEmpty();
            assertThat(archive.texts(List.of())).isEmpty();
        }
    }

    @Test
    void asksForMoreTextsThanOneStatementTakes() {
        List<CatalogEntry> entries = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 1_201; i++) {
            entries.add(Fixtures.entryWithText("r" + i, "Record " + i, "text " + i));
            ids.add("r" + i);
        }
        try (Archive archive = Archive.open(tmp.resolve("a"))) {
            try (Batch batch = archive.begin()) {
                batch.add(Fixtures.text("many.txt", "many"), entries);
                batch.commit();
            }
            Map<String, String> texts = archive.texts(ids);
            assertThat(texts).hasSize(1_201).containsEntry("r0", "text 0").containsEntry("r500", "text 500")
                    .containsEntry("r1200", "text 1200");
        }
    }

    @Test
    void readsOnManyThreadsAtOnceWhileABatchCommits() throws Exception {
        try (Archive archive = Archive.open(tmp.resolve("a"))) {
            try (Batch batch = archive.begin()) {
                batch.add(Fixtures.text("a.txt", "a"), List.of(Fixtures.entryWithText("r1", "One", "first")));
                batch.commit();
            }
            int threads = Archive.MAX_READERS * 4;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> reads = new ArrayList<>();
            try {
                for (int t = 0; t < threads; t++) {
                    reads.add(pool.submit(() -> {
                        start.await();
                        int seen = 0;
                        for (int i = 0; i < 50; i++) {
                            String text = archive.texts(List.of("r1")).get("r1");
                            assertThat(text).isIn("first", "second");
                            assertThat(archive.record("r1")).isPresent();
                            assertThat(archive.stats().records()).isEqualTo(1);
                            seen++;
                        }
                        return seen;
                    }));
                }
                start.countDown();
                try (Batch batch = archive.begin()) {
                    batch.add(Fixtures.text("b.txt", "b"), List.of(Fixtures.entryWithText("r1", "One", "second")));
                    batch.commit();
                }
                for (Future<Integer> f : reads) {
                    assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(50);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(archive.texts(List.of("r1"))).containsEntry("r1", "second");
        }
    }

    @Test
    void namesTheRecordWhoseJsonCannotBeRead() {
        try (Archive archive = Archive.open(tmp.resolve("a"))) {
            try (Batch batch = archive.begin()) {
                batch.add(Fixtures.text("a.txt", "a"), List.of(new CatalogEntry("broken", "Broken", null,
                        "wcda-export", null, null, "[\"not an object\"]")));
                batch.commit();
            }
            assertThatThrownBy(() -> archive.texts(List.of("broken")))
                    .isInstanceOf(ArchiveException.class)
                    .hasMessageContaining("JSON of broken")
                    .hasMessageContaining("not an object");
        }
    }

    @Test
    void refusesANonEmptyDirectoryThatIsNotAnArchive() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("documents"));
        Files.writeString(dir.resolve("letter.txt"), "private");
        assertThatThrownBy(() -> Archive.open(dir)).isInstanceOf(ArchiveException.class)
                .hasMessageContaining(dir.toString()).hasMessageContaining("not a fond archive");
        assertThat(dir.resolve("catalog.sqlite")).doesNotExist();
    }

    @Test
    void resumesACreationThatWasInterruptedBeforeTheCatalogExisted() throws Exception {
        Path dir = tmp.resolve("half-made");
        Files.createDirectories(dir.resolve("originals"));
        Files.createFile(dir.resolve("archive.lock"));
        try (Archive archive = Archive.open(dir)) {
            assertThat(archive.stats().records()).isZero();
        }
        assertThat(dir.resolve("catalog.sqlite")).exists();
    }

    @Test
    void refusesAFileInPlaceOfTheArchiveDirectory() throws Exception {
        Path file = Files.writeString(tmp.resolve("plain-file"), "x");
        assertThatThrownBy(() -> Archive.open(file)).isInstanceOf(ArchiveException.class)
                .hasMessageContaining("not a directory");
    }

    @Test
    void allowsOneBatchAtATime() {
        try (Archive archive = Archive.open(tmp.resolve("a")); Batch first = archive.begin()) {
            assertThatThrownBy(archive::begin).isInstanceOf(ArchiveException.class)
                    .hasMessageContaining("already open");
            try (Archive second = Archive.open(tmp.resolve("a"))) {
                assertThatThrownBy(second::begin).isInstanceOf(ArchiveException.class).hasMessageContaining("locked");
                assertThat(second.generation()).isZero();
            }
            first.commit();
            try (Batch next = archive.begin()) {
                assertThat(next.changed()).isFalse();
            }
        }
    }
}
