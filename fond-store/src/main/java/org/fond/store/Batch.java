package org.fond.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * One ingest batch: originals and their records added together and made visible together by
 * {@link #commit()}, or not at all. Closing a batch that was not committed rolls it back; so does a
 * killed process, because catalog rows live in one SQLite transaction until the commit, and an
 * original file no committed row names is harmless.
 *
 * <p>Idempotent by (record id, original SHA-256): the same record read from the same bytes again
 * is {@link FileOutcome.Change#UNCHANGED} and writes nothing; read from other bytes, it becomes a
 * {@link FileOutcome.Change#NEW_VERSION} and the older versions stay. Bytes a record was read from
 * once never make a new version again, so ingesting an old and a new copy of an export side by
 * side, in any order and any number of times, settles on two versions.
 *
 * <p>A batch belongs to the thread that uses it; it is not safe for concurrent use.
 */
public final class Batch implements AutoCloseable {
    private static final JsonFactory JSON = new JsonFactory();

    private final Archive archive;
    private final Path dir;
    private final OriginalFiles originals;
    private final Connection connection;
    private final WriteLock lock;
    private final Instant ingestedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private final long generation;
    /** Originals this batch brings into the catalog: forced to disk before the commit (an orphan reused may never have been). */
    private final List<String> newOriginals = new ArrayList<>();
    /** Files this batch wrote: removed again on rollback. */
    private final List<String> createdOriginals = new ArrayList<>();
    /**
     * The statements run for every record, prepared once a batch: preparing them for each record was
     * a tenth of the storing thread's time at 40k records (SQLite parses and plans the SQL each time).
     */
    private final Statements statements = new Statements();
    private boolean changed;
    private boolean committed;
    private boolean closed;

    Batch(Archive archive, Path dir, OriginalFiles originals, Connection connection, WriteLock lock)
            throws SQLException {
        this.archive = archive;
        this.dir = dir;
        this.originals = originals;
        this.connection = connection;
        this.lock = lock;
        connection.setAutoCommit(false);
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation'");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            this.generation = rs.getLong(1) + 1;
        }
    }

    /**
     * Adds one original and the records read from it. The original is kept even when it yields no
     * record, so that nothing a user ingested is lost.
     *
     * @return for each entry, in order, whether its record is new, unchanged or a new version
     * @throws IllegalArgumentException when an entry's JSON is not well-formed
     */
    public FileOutcome add(Original original, List<CatalogEntry> entries) {
        ensureWritable();
        for (CatalogEntry entry : entries) {
            if (!entry.writtenFromRecord()) {
                requireJson(entry);
            }
        }
        String sha = original.sha256();
        // A file is added whole or not at all: after a failure the caller may go on with other files and commit.
        Savepoint beforeFile = savepoint();
        boolean newOriginal = false;
        boolean changedBefore = changed;
        try {
            if (insertOriginal(original, sha)) {
                newOriginal = true;
                newOriginals.add(sha);
                if (originals.store(sha, original.bytesUnsafe())) {
                    createdOriginals.add(sha);
                }
                changed = true;
            }
            List<FileOutcome.RecordOutcome> outcomes = new ArrayList<>(entries.size());
            for (CatalogEntry entry : entries) {
                outcomes.add(addRecord(original, sha, entry));
            }
            connection.releaseSavepoint(beforeFile);
            return new FileOutcome(original.path(), sha, outcomes);
        } catch (SQLException | RuntimeException e) {
            undoFile(beforeFile, newOriginal ? sha : null, changedBefore);
            throw new ArchiveException(dir, "cannot add " + original.path() + " to the catalog; the batch goes on "
                    + "without it", e);
        }
    }

    private Savepoint savepoint() {
        try {
            return connection.setSavepoint();
        } catch (SQLException e) {
            throw new ArchiveException(dir, "cannot mark the batch before a file", e);
        }
    }

    private void undoFile(Savepoint beforeFile, String newSha, boolean changedBefore) {
        try {
            connection.rollback(beforeFile);
            connection.releaseSavepoint(beforeFile);
        } catch (SQLException e) {
            // The batch can no longer be trusted to hold whole files only: end it, the archive stays as it was.
            close();
            throw new ArchiveException(dir, "cannot undo a failed file; the batch was rolled back", e);
        }
        if (newSha != null) {
            newOriginals.remove(newOriginals.size() - 1);
        }
        changed = changedBefore;
    }

    /** Records the original in the catalog; true when the catalog did not know these bytes yet. */
    private boolean insertOriginal(Original original, String sha) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT OR IGNORE INTO originals (sha256, size, format, first_path, ingested_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, sha);
            ps.setLong(2, original.size());
            ps.setString(3, original.format());
            ps.setString(4, original.path());
            ps.setString(5, ingestedAt.toString());
            return ps.executeUpdate() == 1;
        }
    }

    private FileOutcome.RecordOutcome addRecord(Original original, String sha, CatalogEntry entry)
            throws SQLException {
        String id = entry.recordId();
        PreparedStatement versions = statements.versions();
        versions.setString(1, sha);
        versions.setString(2, id);
        int latest;
        int known;
        try (ResultSet rs = versions.executeQuery()) {
            rs.next();
            latest = rs.getInt(1);
            known = rs.getInt(2);
        }
        if (known > 0) {
            return new FileOutcome.RecordOutcome(id, known, FileOutcome.Change.UNCHANGED);
        }
        if (latest > 0) {
            PreparedStatement retire = statements.retire();
            retire.setString(1, id);
            retire.executeUpdate();
        }
        int version = latest + 1;
        PreparedStatement ps = statements.insert();
        ps.setString(1, id);
        ps.setInt(2, version);
        ps.setString(3, sha);
        ps.setString(4, original.path());
        ps.setString(5, entry.title());
        ps.setString(6, entry.dateEdtf());
        ps.setString(7, entry.sourceFormat());
        ps.setString(8, entry.repository());
        ps.setString(9, entry.fileKey());
        ps.setBytes(10, entry.utf8());
        ps.setString(11, ingestedAt.toString());
        ps.setLong(12, generation);
        ps.executeUpdate();
        changed = true;
        return new FileOutcome.RecordOutcome(id, version,
                latest == 0 ? FileOutcome.Change.NEW : FileOutcome.Change.NEW_VERSION);
    }

    /** The per-record statements of this batch, each prepared when first needed and closed with the batch. */
    private final class Statements {
        private PreparedStatement versions;
        private PreparedStatement retire;
        private PreparedStatement insert;

        /**
         * The JSON goes in as its UTF-8 bytes, made text by the cast (SQLite reads a blob cast to text
         * as text in the database's encoding, UTF-8, without converting it): the column holds text,
         * as when it was bound as a string, and the driver does not encode a string of it again.
         */
        private static final String JSON_VALUE = "CAST(? AS TEXT)";

        /** The latest version of a record (0: none) and the version read from given bytes (0: none), in one look-up. */
        PreparedStatement versions() throws SQLException {
            if (versions == null) {
                versions = connection.prepareStatement("SELECT coalesce(max(version), 0), "
                        + "coalesce(max(CASE WHEN original_sha256 = ? THEN version END), 0) FROM records WHERE record_id = ?");
            }
            return versions;
        }

        PreparedStatement retire() throws SQLException {
            if (retire == null) {
                retire = connection.prepareStatement("UPDATE records SET current = 0 WHERE record_id = ? AND current = 1");
            }
            return retire;
        }

        PreparedStatement insert() throws SQLException {
            if (insert == null) {
                insert = connection.prepareStatement("INSERT INTO records (record_id, version, current, "
                        + "original_sha256, original_path, title, date_edtf, source_format, repository, file_key, json, "
                        + "ingested_at, generation) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, " + JSON_VALUE + ", ?, ?)");
            }
            return insert;
        }

        void close() {
            for (PreparedStatement ps : new PreparedStatement[] {versions, retire, insert}) {
                if (ps != null) {
                    try {
                        ps.close();
                    } catch (SQLException ignored) {
                        // the connection is closed next, which frees its statements anyway
                    }
                }
            }
        }
    }

    private static void requireJson(CatalogEntry entry) {
        try (JsonParser parser = JSON.createParser(entry.json())) {
            if (parser.nextToken() == null) {
                throw new IllegalArgumentException("record " + entry.recordId() + ": empty JSON");
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("record " + entry.recordId() + ": trailing content after the JSON value");
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("record " + entry.recordId() + ": JSON is not well-formed: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("record " + entry.recordId() + ": cannot read its JSON", e);
        }
    }

    /**
     * Makes everything added visible at once and, when something changed, advances the archive's
     * generation. The originals reach the disk before the catalog rows that name them.
     */
    public void commit() {
        ensureWritable();
        try {
            originals.sync(newOriginals);
            if (changed) {
                try (PreparedStatement ps = connection.prepareStatement(
                        "UPDATE meta SET value = CAST(? AS TEXT) WHERE key = 'generation'")) {
                    ps.setLong(1, generation);
                    ps.executeUpdate();
                }
            }
            connection.commit();
            committed = true;
        } catch (SQLException | RuntimeException e) {
            close();
            if (e instanceof ArchiveException ae) {
                throw ae;
            }
            throw new ArchiveException(dir, "cannot commit the batch; the archive is as it was before it", e);
        } finally {
            if (committed) {
                close();
            }
        }
    }

    /** True when this batch has written something the archive did not hold. */
    public boolean changed() {
        return changed;
    }

    /** Ends the batch; if it was not committed, rolls it back and removes the originals it created. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (!committed) {
                rollback();
            }
        } finally {
            statements.close();
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing without commit discards the transaction anyway
            }
            lock.close();
            archive.batchClosed(this);
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is closed next, which rolls back an open transaction in SQLite
        }
        // No committed row can name these files: they did not exist before this batch and we hold the lock.
        for (String sha : createdOriginals) {
            originals.delete(sha);
        }
    }

    private void ensureWritable() {
        if (closed) {
            throw new IllegalStateException("batch on " + dir + " is " + (committed ? "committed" : "closed"));
        }
    }
}
