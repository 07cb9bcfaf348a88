package org.fond.store;

import java.util.Objects;

/**
 * One record read from an original, as the catalog stores it: the few fields the catalog lists and
 * counts by, and the whole record JSON kept verbatim. {@code title}, {@code dateEdtf},
 * {@code repository} and {@code fileKey} may be null when the source does not give them.
 */
public record CatalogEntry(String recordId, String title, String dateEdtf, String sourceFormat, String repository,
        String fileKey, String json) {
    public CatalogEntry {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(sourceFormat, "sourceFormat");
        Objects.requireNonNull(json, "json");
        if (recordId.isBlank()) {
            throw new IllegalArgumentException("recordId must not be blank");
        }
        if (sourceFormat.isBlank()) {
            throw new IllegalArgumentException("sourceFormat must not be blank (record " + recordId + ")");
        }
    }
}
