package org.fond.store;

import java.time.Instant;

/**
 * One version of a record as the catalog holds it, with the original it was read from. Versions
 * count from 1; a record's current version is the highest.
 */
public record StoredRecord(String recordId, int version, String originalSha256, String originalPath, String title,
        String dateEdtf, String sourceFormat, String repository, String fileKey, String json, Instant ingestedAt) {
}
