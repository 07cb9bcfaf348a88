package org.fond.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * A Fond archive: a directory holding {@code catalog.sqlite} (the catalog, schema by Flyway
 * migrations) and {@code originals/} (every ingested file byte for byte, named by SHA-256).
 *
 * <p>The archive is the one door for writes, like Lucene's {@code IndexWriter}: all changes go
 * through a {@link Batch} from {@link #begin()}, committed whole or not at all. One batch at a time
 * per archive, across processes: a second writer fails at once with an {@link ArchiveException}
 * saying the archive is locked. Reads never wait for a batch and see only committed batches.
 *
 * <p>An instance may be shared between threads; reads are serialised on one connection.
 */
public final class Archive implements AutoCloseable {
    private final Path dir;
    private final OriginalFiles originals;
    private final Connection reader;
    private Batch openBatch;
    private boolean closed;

    private Archive(Path dir, Connection reader) {
        this.dir = dir;
        this.originals = new OriginalFiles(dir);
        this.reader = reader;
    }

    /**
     * Opens the archive in {@code dir}, creating it when the directory is missing or empty and
     * migrating an older catalog to the current schema. Refuses a non-empty directory that is not
     * an archive, so that a mistyped path never scatters a catalog among someone's files.
     */
    public static Archive open(Path dir) {
        Path archive = dir.toAbsolutePath().normalize();
        prepareDirectory(archive);
        migrate(archive);
        try {
            return new Archive(archive, Catalog.connect(archive, Catalog.Use.READ));
        } catch (SQLException e) {
            throw new ArchiveException(archive, "cannot open " + Catalog.FILE_NAME, e);
        }
    }

    /** What a fond process creates in an archive directory before or beside the catalog. */
    private static final java.util.Set<String> OWN_ENTRIES = java.util.Set.of(OriginalFiles.DIR_NAME, WriteLock.FILE_NAME, "index",
            Catalog.FILE_NAME + "-journal", Catalog.FILE_NAME + "-wal", Catalog.FILE_NAME + "-shm");

    private static void prepareDirectory(Path archive) {
        try {
            if (Files.exists(archive) && !Files.isDirectory(archive)) {
                throw new ArchiveException(archive, "not a directory");
            }
            if (Files.isDirectory(archive) && !Files.exists(archive.resolve(Catalog.FILE_NAME))) {
                try (Stream<Path> entries = Files.list(archive)) {
                    // only fond's own entries there: a creation that was interrupted, resumed here
                    if (entries.anyMatch(e -> !OWN_ENTRIES.contains(e.getFileName().toString()))) {
                        throw new ArchiveException(archive, "not a fond archive: the directory is not empty and has no "
                                + Catalog.FILE_NAME);
                    }
                }
            }
            Files.createDirectories(archive);
            new OriginalFiles(archive).create();
        } catch (IOException e) {
            throw new ArchiveException(archive, "cannot create the archive directory", e);
        }
    }

    /**
     * Brings the catalog schema up to date under the write lock. When another process holds the
     * lock (an ingest is running) the archive can still be opened for reading, provided its schema
     * is already current.
     */
    private static void migrate(Path archive) {
        Flyway flyway = Flyway.configure(Archive.class.getClassLoader())
                .dataSource(Catalog.url(archive), null, null)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                // through SLF4J like the rest of Fond, not java.util.logging on stderr
                .loggers("slf4j")
                .load();
        try {
            WriteLock lock;
            try {
                lock = WriteLock.acquire(archive);
            } catch (ArchiveException locked) {
                if (flyway.info().pending().length > 0) {
                    throw new ArchiveException(archive, "the catalog needs a schema upgrade, which must wait for the "
                            + "write lock", locked);
                }
                return;
            }
            try (lock) {
                flyway.migrate();
            }
        } catch (FlywayException e) {
            throw new ArchiveException(archive, "cannot migrate " + Catalog.FILE_NAME + " to the current schema", e);
        }
    }

    /** The archive directory. */
    public Path directory() {
        return dir;
    }

    /**
     * Starts a write batch, taking the archive's write lock until the batch is closed.
     *
     * @throws ArchiveException when another batch is open, here or in another process
     */
    public synchronized Batch begin() {
        ensureOpen();
        if (openBatch != null) {
            throw new ArchiveException(dir, "a batch is already open on this archive; commit or close it first");
        }
        WriteLock lock = WriteLock.acquire(dir);
        try {
            originals.sweepIncoming();
            openBatch = new Batch(this, dir, originals, Catalog.connect(dir, Catalog.Use.WRITE), lock);
            return openBatch;
        } catch (SQLException | RuntimeException e) {
            lock.close();
            if (e instanceof ArchiveException ae) {
                throw ae;
            }
            throw new ArchiveException(dir, "cannot start a batch", e);
        }
    }

    synchronized void batchClosed(Batch batch) {
        if (openBatch == batch) {
            openBatch = null;
        }
    }

    /** The current version of a record, or empty when the archive has no record with this id. */
    public Optional<StoredRecord> record(String id) {
        List<StoredRecord> found = query("SELECT " + Catalog.RECORD_COLUMNS
                + " FROM records WHERE record_id = ? AND current = 1", id);
        return found.stream().findFirst();
    }

    /** Every stored version of a record, oldest first; empty when the archive has no such record. */
    public List<StoredRecord> versions(String id) {
        return query("SELECT " + Catalog.RECORD_COLUMNS + " FROM records WHERE record_id = ? ORDER BY version", id);
    }

    /**
     * The current version of every record, ordered by id, read lazily for a reindex of any size.
     * Close the stream (try-with-resources): it holds its own catalog connection.
     */
    public Stream<StoredRecord> records() {
        return recordsAfter(-1);
    }

    /**
     * The current version of every record that a batch after {@code generation} stored (a new record
     * or a new version), ordered by id, read lazily: what an index stamped with that generation lacks.
     * Close the stream (try-with-resources): it holds its own catalog connection.
     */
    public Stream<StoredRecord> recordsAfter(long generation) {
        ensureOpen();
        try {
            Connection connection = Catalog.connect(dir, Catalog.Use.READ);
            try {
                PreparedStatement statement = connection.prepareStatement("SELECT " + Catalog.RECORD_COLUMNS
                        + " FROM records WHERE current = 1 AND generation > ? ORDER BY record_id");
                statement.setLong(1, generation);
                ResultSet rs = statement.executeQuery();
                Spliterator<StoredRecord> rows = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                        Spliterator.ORDERED | Spliterator.NONNULL) {
                    @Override
                    public boolean tryAdvance(Consumer<? super StoredRecord> action) {
                        try {
                            if (!rs.next()) {
                                return false;
                            }
                            action.accept(Catalog.record(rs));
                            return true;
                        } catch (SQLException e) {
                            throw new ArchiveException(dir, "cannot read the catalog", e);
                        }
                    }
                };
                return StreamSupport.stream(rows, false).onClose(() -> closeQuietly(connection));
            } catch (SQLException | RuntimeException e) {
                closeQuietly(connection);
                throw e;
            }
        } catch (SQLException e) {
            throw new ArchiveException(dir, "cannot read the catalog", e);
        }
    }

    /** The bytes of an original exactly as ingested, checked against its SHA-256. */
    public byte[] original(String sha256) {
        ensureOpen();
        if (!Sha256.isHex(sha256)) {
            throw new IllegalArgumentException("not a SHA-256 in lower-case hex: " + sha256);
        }
        if (count("SELECT count(*) FROM originals WHERE sha256 = ?", sha256) == 0) {
            throw new ArchiveException(dir, "no original " + sha256 + " in the catalog");
        }
        return originals.read(sha256);
    }

    /** Counts of records and originals, by source format and repository. */
    public synchronized CatalogStats stats() {
        ensureOpen();
        try {
            // One read transaction, so that the counts agree with each other even while a batch commits.
            reader.setAutoCommit(false);
            return new CatalogStats(count("SELECT count(*) FROM records WHERE current = 1"),
                    count("SELECT count(*) FROM records"), count("SELECT count(*) FROM originals"),
                    count("SELECT coalesce(sum(size), 0) FROM originals"), generation(),
                    groups("SELECT source_format, count(*) FROM records WHERE current = 1 GROUP BY 1"),
                    groups("SELECT coalesce(repository, ''), count(*) FROM records WHERE current = 1 GROUP BY 1"),
                    groups("SELECT format, count(*) FROM originals GROUP BY 1"));
        } catch (SQLException e) {
            throw new ArchiveException(dir, "cannot count the catalog", e);
        } finally {
            try {
                reader.setAutoCommit(true);
            } catch (SQLException ignored) {
                // a read transaction has nothing to lose
            }
        }
    }

    /** The number of committed batches that changed something; a search index keeps it to know it is stale. */
    public long generation() {
        return count("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation'");
    }

    /**
     * Checks the whole archive: SQLite's integrity and foreign-key checks, and every original
     * named by the catalog present with the right hash. Reads every original: slow on big archives.
     */
    public List<String> verify() {
        ensureOpen();
        List<String> problems = new ArrayList<>();
        List<String> shas = new ArrayList<>();
        synchronized (this) {
            try (Statement s = reader.createStatement()) {
                try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                    while (rs.next()) {
                        if (!"ok".equals(rs.getString(1))) {
                            problems.add("catalog: " + rs.getString(1));
                        }
                    }
                }
                try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                    while (rs.next()) {
                        problems.add("catalog: row " + rs.getLong(2) + " of " + rs.getString(1)
                                + " names a missing " + rs.getString(3));
                    }
                }
                try (ResultSet rs = s.executeQuery("SELECT sha256 FROM originals ORDER BY sha256")) {
                    while (rs.next()) {
                        shas.add(rs.getString(1));
                    }
                }
            } catch (SQLException e) {
                throw new ArchiveException(dir, "cannot check the catalog", e);
            }
        }
        for (String sha : shas) {
            try {
                originals.read(sha);
            } catch (ArchiveException e) {
                problems.add(e.getMessage());
            }
        }
        return List.copyOf(problems);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (openBatch != null) {
            openBatch.close();
        }
        closeQuietly(reader);
    }

    private synchronized List<StoredRecord> query(String sql, String id) {
        ensureOpen();
        try (PreparedStatement ps = reader.prepareStatement(sql)) {
            ps.setString(1, id);
            List<StoredRecord> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(Catalog.record(rs));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new ArchiveException(dir, "cannot read the catalog", e);
        }
    }

    private synchronized long count(String sql, String... args) {
        ensureOpen();
        try (PreparedStatement ps = reader.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new ArchiveException(dir, "cannot read the catalog", e);
        }
    }

    private Map<String, Long> groups(String sql) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement s = reader.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("archive " + dir + " is closed");
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // closing a read connection cannot lose data
        }
    }
}
