package org.fond.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.sqlite.SQLiteConfig;

/**
 * How the archive talks to its SQLite catalog: connection settings and the mapping of catalog rows
 * to {@link StoredRecord}. Every connection gets the same settings, so reads and writes agree on
 * WAL mode, foreign keys and how long to wait for a busy database.
 */
final class Catalog {
    static final String FILE_NAME = "catalog.sqlite";
    static final int BUSY_TIMEOUT_MS = 10_000;

    static final String RECORD_COLUMNS = "record_id, version, original_sha256, original_path, title, date_edtf, "
            + "source_format, repository, file_key, json, ingested_at";

    private Catalog() {
    }

    static String url(Path archive) {
        return "jdbc:sqlite:" + archive.resolve(FILE_NAME);
    }

    /** What a connection is for: reads never take SQLite's write lock, a write batch takes it at once. */
    enum Use {
        READ, WRITE
    }

    /**
     * Page size of a new catalog, SQLite's largest. A record's JSON (15 KB on average for a FRUS
     * document) then fits in its table page instead of a chain of four or five 4 KiB overflow pages,
     * each written to the WAL and again at the checkpoint on a syscall of its own: storing took 7.7 s
     * of CPU for 100k records against 11.9 s with 4 KiB pages and 9.7 s with 16 KiB (one bench run each).
     * A catalog made with other pages keeps them: the size is read from its file.
     */
    static final int PAGE_SIZE = 65_536;

    /**
     * Creates an empty catalog with its page size and WAL mode, before any schema is written. SQLite fixes
     * the page size when the file's first page is written, and in WAL mode it can no longer be changed,
     * so this must come first: {@link SQLiteConfig} sets the journal mode before the page size, and
     * Flyway's first statement would write the file with the default 4 KiB pages.
     */
    static void createIfMissing(Path archive) {
        if (Files.exists(archive.resolve(FILE_NAME))) {
            return;
        }
        try (Connection c = DriverManager.getConnection(url(archive));
                Statement s = c.createStatement()) {
            s.execute("PRAGMA page_size = " + PAGE_SIZE);
            s.execute("PRAGMA journal_mode = WAL");
        } catch (SQLException e) {
            throw new ArchiveException(archive, "cannot create " + FILE_NAME, e);
        }
    }

    static Connection connect(Path archive, Use use) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: a committed batch survives a power cut, not only a killed process.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // IMMEDIATE: a batch takes SQLite's write lock at its start, not at its first write.
        config.setTransactionMode(use == Use.WRITE ? SQLiteConfig.TransactionMode.IMMEDIATE
                : SQLiteConfig.TransactionMode.DEFERRED);
        return config.createConnection(url(archive));
    }

    static StoredRecord record(ResultSet rs) throws SQLException {
        return new StoredRecord(rs.getString("record_id"), rs.getInt("version"), rs.getString("original_sha256"),
                rs.getString("original_path"), rs.getString("title"), rs.getString("date_edtf"),
                rs.getString("source_format"), rs.getString("repository"), rs.getString("file_key"),
                rs.getString("json"), Instant.parse(rs.getString("ingested_at")));
    }
}
