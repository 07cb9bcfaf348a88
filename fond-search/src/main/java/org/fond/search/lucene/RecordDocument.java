package org.fond.search.lucene;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.fond.core.model.Annotation;
import org.fond.core.model.Layer;
import org.fond.core.model.Record;
import org.fond.core.reference.ArchivalReference;

/**
 * The index document of a record and the names of its fields. Free text ({@code title},
 * {@code summary}, {@code text}) is stored and indexed with offsets, so the highlighter reads match
 * offsets from the postings and they point into the stored field, which for {@code text} is the
 * record's plain text. Keys ({@code repository}, {@code fileKey}, {@code sourceFormat}) are single
 * case-folded tokens for search and exact doc values for sorting and facets.
 */
final class RecordDocument {
    static final String ID = "id";
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String TEXT = "text";
    static final String DATE = "date";
    static final String DATE_EARLIEST = "date_earliest";
    static final String DATE_LATEST = "date_latest";
    static final String DATE_SORT = "date_sort";
    static final String REPOSITORY = "repository";
    static final String FILE_KEY = "fileKey";
    static final String SOURCE_FORMAT = "sourceFormat";
    /** Prefix of the fields holding the apparatus of one layer: {@code text_translator}. */
    static final String LAYER_PREFIX = "text_";

    static final List<String> FREE_TEXT = List.of(TITLE, SUMMARY, TEXT);
    static final List<String> KEYS = List.of(REPOSITORY, FILE_KEY, SOURCE_FORMAT);

    /** Undated records sort after dated ones. */
    static final long UNDATED = Long.MAX_VALUE;

    private static final FieldType FREE_TEXT_TYPE = freeTextType(true);
    private static final FieldType LAYER_TYPE = freeTextType(false);
    private static final FieldType KEY_TYPE = keyType();

    private RecordDocument() {
    }

    /** The field holding the apparatus text of {@code layer}, e.g. {@code text_archival_addition}. */
    static String layerField(Layer layer) {
        return LAYER_PREFIX + layer.id().replace('-', '_');
    }

    static Document of(Record record) {
        Document doc = new Document();
        doc.add(new StringField(ID, record.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(record.id())));
        addText(doc, TITLE, record.title());
        addText(doc, SUMMARY, record.summary());
        addText(doc, TEXT, record.text().plain());
        addDate(doc, record);
        Set<String> repositories = new LinkedHashSet<>();
        Set<String> fileKeys = new LinkedHashSet<>();
        for (ArchivalReference reference : record.references()) {
            if (reference.repository() != null && reference.repository().code() != null) {
                repositories.add(reference.repository().code());
            }
            if (reference.fileKey() != null) {
                fileKeys.add(reference.fileKey());
            }
        }
        repositories.forEach(r -> addKey(doc, REPOSITORY, r, true));
        fileKeys.forEach(k -> addKey(doc, FILE_KEY, k, true));
        if (record.source() != null && record.source().format() != null) {
            addKey(doc, SOURCE_FORMAT, record.source().format(), false);
        }
        addLayers(doc, record.annotations());
        return doc;
    }

    private static void addText(Document doc, String field, String value) {
        if (value != null && !value.isEmpty()) {
            doc.add(new Field(field, value, FREE_TEXT_TYPE));
        }
    }

    private static void addDate(Document doc, Record record) {
        long sort = UNDATED;
        if (record.date() != null) {
            String edtf = record.date().edtf();
            String shown = edtf != null && !edtf.isBlank() ? edtf : record.date().display();
            if (shown != null) {
                doc.add(new StoredField(DATE, shown));
            }
            DateBounds bounds = DateBounds.of(edtf);
            if (bounds != null) {
                doc.add(new LongPoint(DATE_EARLIEST, bounds.earliest()));
                doc.add(new LongPoint(DATE_LATEST, bounds.latest()));
                sort = bounds.earliest();
            }
        }
        doc.add(new NumericDocValuesField(DATE_SORT, sort));
    }

    private static void addKey(Document doc, String field, String value, boolean multiValued) {
        doc.add(new Field(field, value, KEY_TYPE));
        doc.add(new StoredField(field, value));
        BytesRef bytes = new BytesRef(value);
        doc.add(multiValued ? new SortedSetDocValuesField(field, bytes) : new SortedDocValuesField(field, bytes));
    }

    /** The surfaces of apparatus annotations, one value per annotation, grouped by layer. */
    private static void addLayers(Document doc, List<Annotation> annotations) {
        Map<Layer, List<String>> byLayer = new EnumMap<>(Layer.class);
        for (Annotation a : annotations) {
            if (!a.surface().isBlank()) {
                byLayer.computeIfAbsent(a.layer(), l -> new java.util.ArrayList<>()).add(a.surface());
            }
        }
        byLayer.forEach((layer, surfaces) -> surfaces.forEach(s -> doc.add(new Field(layerField(layer), s, LAYER_TYPE))));
    }

    private static FieldType freeTextType(boolean stored) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(stored);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** One token, the whole value folded by the key analyzer; no norms or positions needed. */
    private static FieldType keyType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(false);
        type.setOmitNorms(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.freeze();
        return type;
    }
}
