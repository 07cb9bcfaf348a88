package org.fond.store;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.fond.core.model.Record;
import org.fond.core.reference.ArchivalReference;
import org.fond.store.json.RecordJson;

/**
 * One record read from an original, as the catalog stores it: the few fields the catalog lists and
 * counts by, and the whole record JSON kept verbatim. {@code title}, {@code dateEdtf},
 * {@code repository} and {@code fileKey} may be null when the source does not give them.
 *
 * <p>A class rather than a record so that it can know where its JSON came from: an entry made from
 * a {@link Record} by {@link #of(Record)} holds what {@link RecordJson} wrote, which a JSON
 * generator cannot leave malformed, and {@link Batch#add} does not parse it again (at 100k records
 * that parse was 2.5% of ingest's CPU, on the one thread that stores); an entry built from a JSON
 * string is checked when added. An entry of a record keeps its JSON as the UTF-8 the catalog stores
 * ({@link RecordJson#writeUtf8}) and makes a string of it only when asked for one.
 */
public final class CatalogEntry {
    private final String recordId;
    private final String title;
    private final String dateEdtf;
    private final String sourceFormat;
    private final String repository;
    private final String fileKey;
    /** The JSON as given, or null until asked for when the entry holds {@link #utf8} only. */
    private String json;
    /** The JSON as UTF-8, or null until asked for when the entry holds {@link #json} only. */
    private byte[] utf8;
    private final boolean written;

    public CatalogEntry(String recordId, String title, String dateEdtf, String sourceFormat, String repository,
                        String fileKey, String json) {
        this(recordId, title, dateEdtf, sourceFormat, repository, fileKey, Objects.requireNonNull(json, "json"), null,
                false);
    }

    private CatalogEntry(String recordId, String title, String dateEdtf, String sourceFormat, String repository,
                         String fileKey, String json, byte[] utf8, boolean written) {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(sourceFormat, "sourceFormat");
        if (recordId.isBlank()) {
            throw new IllegalArgumentException("recordId must not be blank");
        }
        if (sourceFormat.isBlank()) {
            throw new IllegalArgumentException("sourceFormat must not be blank (record " + recordId + ")");
        }
        this.recordId = recordId;
        this.title = title;
        this.dateEdtf = dateEdtf;
        this.sourceFormat = sourceFormat;
        this.repository = repository;
        this.fileKey = fileKey;
        this.json = json;
        this.utf8 = utf8;
        this.written = written;
    }

    /** The entry of a record: its JSON as {@link RecordJson} writes it, its first reference's repository and file. */
    public static CatalogEntry of(Record r) {
        ArchivalReference first = r.references().isEmpty() ? null : r.references().get(0);
        String repository = first == null || first.repository() == null ? null : first.repository().code();
        return new CatalogEntry(r.id(), r.title(), r.date() == null ? null : r.date().edtf(), r.source().format(),
                repository, first == null ? null : first.fileKey(), null, RecordJson.writeUtf8(r), true);
    }

    public String recordId() {
        return recordId;
    }

    public String title() {
        return title;
    }

    public String dateEdtf() {
        return dateEdtf;
    }

    public String sourceFormat() {
        return sourceFormat;
    }

    public String repository() {
        return repository;
    }

    public String fileKey() {
        return fileKey;
    }

    public String json() {
        if (json == null) {
            json = new String(utf8, StandardCharsets.UTF_8);
        }
        return json;
    }

    /** The JSON as the catalog stores it: UTF-8. The caller must not change the array. */
    byte[] utf8() {
        if (utf8 == null) {
            utf8 = json.getBytes(StandardCharsets.UTF_8);
        }
        return utf8;
    }

    /** Whether the JSON is what {@link RecordJson} wrote for a record, so well-formed without parsing it. */
    boolean writtenFromRecord() {
        return written;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CatalogEntry e && recordId.equals(e.recordId) && Objects.equals(title, e.title)
                && Objects.equals(dateEdtf, e.dateEdtf) && sourceFormat.equals(e.sourceFormat)
                && Objects.equals(repository, e.repository) && Objects.equals(fileKey, e.fileKey)
                && json().equals(e.json());
    }

    @Override
    public int hashCode() {
        return Objects.hash(recordId, title, dateEdtf, sourceFormat, repository, fileKey, json());
    }

    @Override
    public String toString() {
        return "CatalogEntry[recordId=" + recordId + ", title=" + title + ", dateEdtf=" + dateEdtf
                + ", sourceFormat=" + sourceFormat + ", repository=" + repository + ", fileKey=" + fileKey + "]";
    }
}
