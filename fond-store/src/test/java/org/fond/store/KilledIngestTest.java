package org.fond.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive's central promise: a process killed at any moment of a batch leaves the archive as
 * it was before the batch, and running the batch again completes it. The batch runs in a child JVM
 * ({@link BulkIngest}) that is killed with SIGKILL at several points.
 */
class KilledIngestTest {
    private static final int COUNT = 2000;

    @TempDir
    Path tmp;

    /** What must not change when a batch dies: the catalog counts, the generation, SQLite's own check. */
    record Snapshot(long records, long versions, long originals, long generation, String integrity) {
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aKilledIngestLeavesTheArchiveAsBeforeAndARerunCompletesIt() throws Exception {
        Path dir = tmp.resolve("archive");
        try (Archive archive = Archive.open(dir); Batch batch = archive.begin()) {
            batch.add(Fixtures.seed115956(), Fixtures.seed115956Entries());
            batch.add(Fixtures.seed115797(), Fixtures.seed115797Entries());
            batch.commit();
        }
        Snapshot before = snapshot(dir);
        assertThat(before).isEqualTo(new Snapshot(2, 2, 2, 1, "ok"));

        // Kills before the child may commit: each must leave exactly the state before the batch.
        killWhen(dir, "started"::equals, before);
        killWhen(dir, "added 300"::equals, before);
        killWhen(dir, "added 1700"::equals, before);
        killWhen(dir, "ready"::equals, before);

        // A kill racing the commit itself: the batch is there whole or not at all.
        Snapshot after = new Snapshot(2 + COUNT, 2 + COUNT, 2 + COUNT, 2, "ok");
        Snapshot raced = killDuringCommit(dir);
        assertThat(raced).isIn(before, after);

        try (Archive archive = Archive.open(dir)) {
            assertThat(archive.verify()).isEmpty();
            try (Batch batch = archive.begin()) {
                BulkIngest.addAll(batch, COUNT, () -> { });
                batch.commit();
            }
            assertThat(snapshot(dir)).isEqualTo(after);
            for (int i = 0; i < COUNT; i += 97) {
                assertThat(archive.versions(BulkIngest.id(i))).hasSize(1);
            }
            try (Stream<StoredRecord> all = archive.records()) {
                assertThat(all.filter(r -> r.recordId().startsWith("bulk-")).count()).isEqualTo(COUNT);
            }
            assertThat(archive.verify()).isEmpty();
        }
        try (Stream<Path> incoming = Files.list(dir.resolve("originals/.incoming"))) {
            assertThat(incoming).as("temporary files of killed ingests are cleared by the next batch").isEmpty();
        }
    }

    private void killWhen(Path dir, Predicate<String> trigger, Snapshot before) throws Exception {
        try (Child child = Child.start(dir, tmp)) {
            if (child.await(trigger).equals("ready")) {
                // While the child holds the batch, another process is told clearly and changes nothing.
                try (Archive other = Archive.open(dir)) {
                    assertThatThrownBy(other::begin).isInstanceOf(ArchiveException.class)
                            .hasMessageContaining("archive is locked by another fond process");
                }
            }
        }
        assertThat(snapshot(dir)).as("archive after a kill at '%s'", trigger).isEqualTo(before);
    }

    private Snapshot killDuringCommit(Path dir) throws Exception {
        try (Child child = Child.start(dir, tmp)) {
            child.await("ready"::equals);
            child.tell("commit");
            child.await("committing"::equals);
        }
        return snapshot(dir);
    }

    /** The child JVM running {@link BulkIngest}; closing it kills it with SIGKILL and waits for its end. */
    private record Child(Process process, BufferedReader out) implements AutoCloseable {
        static Child start(Path dir, Path tmp) throws IOException {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process p = new ProcessBuilder(java.toString(), "-Xmx256m", "--enable-native-access=ALL-UNNAMED", "-cp",
                    System.getProperty("java.class.path"), BulkIngest.class.getName(), dir.toString(),
                    Integer.toString(COUNT))
                    .redirectError(Files.createTempFile(tmp, "child", ".err").toFile())
                    .start();
            return new Child(p, new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)));
        }

        /** Reads progress until a line matches; fails with what the child printed if it ends first. */
        String await(Predicate<String> trigger) throws IOException {
            StringBuilder seen = new StringBuilder();
            for (String line; (line = out.readLine()) != null;) {
                if (trigger.test(line)) {
                    return line;
                }
                seen.append(line).append('\n');
            }
            return fail("child ended before the awaited line; it printed:\n" + seen);
        }

        void tell(String line) throws IOException {
            OutputStream in = process.getOutputStream();
            in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        }

        @Override
        public void close() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("killed child ends").isTrue();
        }
    }

    /** Read with plain JDBC, not through the Archive, so the check does not trust the code it checks. */
    private static Snapshot snapshot(Path dir) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("catalog.sqlite"))) {
            return new Snapshot(count(c, "SELECT count(*) FROM records WHERE current = 1"),
                    count(c, "SELECT count(*) FROM records"), count(c, "SELECT count(*) FROM originals"),
                    count(c, "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation'"),
                    String.join("; ", column(c, "PRAGMA integrity_check")));
        }
    }

    private static long count(Connection c, String sql) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    private static List<String> column(Connection c, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
