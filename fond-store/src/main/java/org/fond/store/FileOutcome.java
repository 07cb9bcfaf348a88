package org.fond.store;

import java.util.List;

/**
 * What adding one original did: its SHA-256, and for each record read from it whether the record
 * is new, unchanged, or a new version of a record the archive already held.
 */
public record FileOutcome(String path, String sha256, List<RecordOutcome> records) {
    public FileOutcome {
        records = List.copyOf(records);
    }

    /** What happened to one record. */
    public enum Change {
        /** The record was not in the archive: stored as version 1. */
        NEW,
        /** The archive already held this record read from these very bytes: nothing written. */
        UNCHANGED,
        /** The record was read from different bytes than before: stored as a new version, the old kept. */
        NEW_VERSION
    }

    /** The outcome for one record: its id, the version now current for these bytes, and the change. */
    public record RecordOutcome(String recordId, int version, Change change) {
    }

    /** True when some record was written (new or a new version). */
    public boolean changed() {
        return records.stream().anyMatch(r -> r.change() != Change.UNCHANGED);
    }
}
