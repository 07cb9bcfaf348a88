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
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.fond.store.json.RecordJson;

/**
 * A Fond archive: a directory holding {@code catalog.sqlite} (the catalog, schema by Flyway
 * migrations) and {@code originals/} (every ingested file byte for byte, named by SHA-256).
 *
 * <p>The archive is the one door for writes, like Lucene's {@code IndexWriter}: all changes go
 * through a {@link Batch} from {@link #begin()}, committed whole or not at all. One batch at a time
 * per archive, across processes: a second writer fails at once with an {@link ArchiveException}
 * saying the archive is locked. Reads never wait for a batch and see only committed batches.
 *
 * <p>An instance may be shared between threads; reads run side by side, each on a connection of
 * its own (up to {@link #MAX_READERS} at once).
 */
public final class Archive implements AutoCloseable {
    /**
     * Read connections open at once, at most: SQLite in WAL mode lets each read on its own
     * connection beside the others and beside a batch, so a search reading its hits' texts does not
     * wait for another's; more connections than cores would only wait for a core.
     */
    static final int MAX_READERS = Math.max(2, Runtime.getRuntime().availableProcessors());
    /** Record ids a statement asks for at once; SQLite allows 32,766 parameters. */
    private static final int IDS_PER_STATEMENT = 500;

    private final Path dir;
    private final OriginalFiles originals;
    /** Read connections not in use; made when none is idle, up to {@link #MAX_READERS}. */
    private final BlockingQueue<Connection> idleReaders = new LinkedBlockingQueue<>();
    private final Semaphore readers = new Semaphore(MAX_READERS);
    private Batch openBatch;
    private volatile boolean closed;

    private Archive(Path dir, Connection first) {
        this.dir = dir;
        this.originals = new OriginalFiles(dir);
        idleReaders.add(first);
    }

    /** Work done on a read connection. */
    private interface Read<T> {
        T on(Connection c) throws SQLException;
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
                Catalog.createIfMissing(archive);
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
     * The plain text of the current version of each record of {@code ids} the archive holds, by id:
     * what a search index that keeps no texts of its own highlights. Only each record's text is read
     * from its JSON.
     */
    public Map<String, String> texts(Collection<String> ids) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(ids));
        Map<String, String> texts = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += IDS_PER_STATEMENT) {
            List<String> some = distinct.subList(from, Math.min(distinct.size(), from + IDS_PER_STATEMENT));
            String sql = "SELECT record_id, json FROM records WHERE current = 1 AND record_id IN ("
                    + String.join(", ", Collections.nCopies(some.size(), "?")) + ")";
            read("read the catalog", c -> texts(c, sql, some, texts));
        }
        return texts;
    }

    /** The plain text of every stored version of a record, newest first; empty when there is no such record. */
    public List<String> textVersions(String id) {
        List<String> found = new ArrayList<>();
        read("read the catalog", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT json FROM records WHERE record_id = ? ORDER BY version DESC")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(text(id, rs.getBytes(1)));
                    }
                }
            }
            return null;
        });
        return List.copyOf(found);
    }

    private Void texts(Connection c, String sql, List<String> ids, Map<String, String> into) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setString(i + 1, ids.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    into.put(id, text(id, rs.getBytes(2)));
                }
            }
        }
        return null;
    }

    private String text(String id, byte[] json) {
        try {
            return RecordJson.text(json);
        } catch (IllegalArgumentException e) {
            throw new ArchiveException(dir, "the catalog's JSON of " + id + " cannot be read: " + e.getMessage(), e);
        }
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
        if (read("read the catalog", c -> count(c, "SELECT count(*) FROM originals WHERE sha256 = ?", sha256)) == 0) {
            throw new ArchiveException(dir, "no original " + sha256 + " in the catalog");
        }
        return originals.read(sha256);
    }

    /** Counts of records and originals, by source format and repository. */
    public CatalogStats stats() {
        return read("count the catalog", c -> {
            // One read transaction, so that the counts agree with each other even while a batch commits.
            c.setAutoCommit(false);
            try {
                return new CatalogStats(count(c, "SELECT count(*) FROM records WHERE current = 1"),
                        count(c, "SELECT count(*) FROM records"), count(c, "SELECT count(*) FROM originals"),
                        count(c, "SELECT coalesce(sum(size), 0) FROM originals"),
                        count(c, "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation'"),
                        groups(c, "SELECT source_format, count(*) FROM records WHERE current = 1 GROUP BY 1"),
                        groups(c, "SELECT coalesce(repository, ''), count(*) FROM records WHERE current = 1 GROUP BY 1"),
                        groups(c, "SELECT format, count(*) FROM originals GROUP BY 1"));
            } finally {
                c.rollback(); // a read transaction has nothing to lose
                c.setAutoCommit(true);
            }
        });
    }

    /** The number of committed batches that changed something; a search index keeps it to know it is stale. */
    public long generation() {
        return read("read the catalog", c -> count(c, "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation'"));
    }

    /**
     * Checks the whole archive: SQLite's integrity and foreign-key checks, and every original
     * named by the catalog present with the right hash. Reads every original: slow on big archives.
     */
    public List<String> verify() {
        List<String> problems = new ArrayList<>();
        List<String> shas = new ArrayList<>();
        read("check the catalog", c -> {
            try (Statement s = c.createStatement()) {
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
            }
            return null;
        });
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
        closeIdleReaders();
    }

    private void closeIdleReaders() {
        for (Connection c = idleReaders.poll(); c != null; c = idleReaders.poll()) {
            closeQuietly(c);
        }
    }

    /**
     * Runs {@code work} on a read connection of its own, waiting while {@link #MAX_READERS} are in use;
     * a failure is an {@link ArchiveException} saying the archive could not {@code what}.
     */
    private <T> T read(String what, Read<T> work) {
        ensureOpen();
        readers.acquireUninterruptibly();
        Connection c = null;
        try {
            c = idleReaders.poll();
            if (c == null) {
                c = Catalog.connect(dir, Catalog.Use.READ);
            }
            return work.on(c);
        } catch (SQLException e) {
            throw new ArchiveException(dir, "cannot " + what, e);
        } finally {
            if (c != null) {
                idleReaders.add(c);
                if (closed) {
                    closeIdleReaders(); // closed while this read ran: its connection goes too
                }
            }
            readers.release();
        }
    }

    private List<StoredRecord> query(String sql, String id) {
        return read("read the catalog", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, id);
                List<StoredRecord> found = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(Catalog.record(rs));
                    }
                }
                return found;
            }
        });
    }

    private static long count(Connection c, String sql, String... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private static Map<String, Long> groups(Connection c, String sql) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
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
