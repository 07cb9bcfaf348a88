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
