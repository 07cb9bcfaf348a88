package org.fond.search.lucene;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.fond.core.date.EdtfDate;
import org.fond.core.model.Annotation;
import org.fond.core.model.Contributor;
import org.fond.core.model.Layer;
import org.fond.core.model.Mention;
import org.fond.core.model.Record;
import org.fond.core.model.Unit;
import org.fond.core.reference.ArchivalReference;
import org.fond.core.reference.FolioRange;

/**
 * The index document of a record and the names of its fields. Free text ({@code title},
 * {@code summary}, {@code text}) is indexed with offsets, so the highlighter reads match offsets from
 * the postings; they point into the stored title and summary and into the record's plain text, which
 * the index does not store: the catalog holds it, and {@code textSignature} (its length and hash)
 * finds the version indexed there ({@link IndexedTexts}). Keys ({@code repository}, {@code fileKey},
 * {@code sourceFormat}) are single case-folded tokens for search and exact doc values for sorting and facets.
 *
 * <p>The layers of the text (MODEL.md §3.4): the apparatus of each layer but the original is indexed
 * again on its own ({@code text_translator}, one value per annotation: a few words a record), and the
 * original layer is {@code text} less that apparatus, whose words {@code text} marks
 * ({@link ApparatusMarks}); {@code text_original} is what a query calls it, never an indexed field.
 */
final class RecordDocument {
    static final String ID = "id";
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String TEXT = "text";
    /** The length and hash of the text indexed, by which its version is found in the catalog. */
    static final String TEXT_SIGNATURE = "textSignature";
    static final String DATE = "date";
    static final String DATE_EARLIEST = "date_earliest";
    static final String DATE_LATEST = "date_latest";
    static final String DATE_SORT = "date_sort";
    /** The date for listing latest first: undated records hold the smallest value, so they still come last. */
    static final String DATE_SORT_DESCENDING = "date_sort_desc";
    static final String REPOSITORY = "repository";
    static final String FILE_KEY = "fileKey";
    static final String SOURCE_FORMAT = "sourceFormat";
    static final String YEAR = "year";
    static final String DECADE = "decade";
    static final String LANGUAGE = "language";
    static final String ORIGINAL_LANGUAGE = "originalLanguage";
    static final String CONTENT_LANGUAGE = "contentLanguage";
    static final String TYPE = "type";
    static final String TRANSLATOR = "translator";
    static final String SIGNATORY = "signatory";
    static final String ADDRESSEE = "addressee";
    static final String CLASSIFICATION = "classification";
    static final String FOND = "fond";
    static final String OPIS = "opis";
    static final String PAPKA = "papka";
    static final String DELO = "delo";
    /** What a query names as {@code ref:"…"}; answered from {@link #REF_PATH}, never indexed under this name. */
    static final String REF = "ref";
    /** Every prefix of every reference's archive path ({@code AVPRF}, {@code AVPRF/0102}, …), exact. */
    static final String REF_PATH = "refPath";
    /** The whole archive path of each reference, where the record is listed when browsing. */
    static final String REF_LEAF = "refLeaf";
    /** The numbered folio ranges of the references, for {@code ref:"… l. 20"}. */
    static final String REF_FOLIOS = "refFolios";
    /** The first numbered folio of the record's references, for listing an archival file in folio order. */
    static final String FOLIO_SORT = "folio_sort";
    static final String PERSON = "person";
    static final String ORGANIZATION = "organization";
    static final String PLACE = "place";
    /** The facets whose values are authority ids, shown by their labels. */
    static final List<String> ENTITY_KEYS = List.of(PERSON, ORGANIZATION, PLACE);
    /** Prefix of the fields holding the apparatus of one layer: {@code text_translator}. */
    static final String LAYER_PREFIX = "text_";

    static final List<String> FREE_TEXT = List.of(TITLE, SUMMARY, TEXT);
    /** Whole-value fields: searchable as {@code field:value} (case-folded), counted as facets (exact). */
    static final List<String> KEYS = List.of(REPOSITORY, FILE_KEY, SOURCE_FORMAT, YEAR, DECADE, LANGUAGE,
            ORIGINAL_LANGUAGE, CONTENT_LANGUAGE, TYPE, TRANSLATOR, SIGNATORY, ADDRESSEE, CLASSIFICATION, FOND, OPIS,
            PAPKA, DELO, PERSON, ORGANIZATION, PLACE);
    /** The keys that hold one value per record (sorted rather than sorted-set doc values). */
    static final Set<String> SINGLE_VALUED = Set.of(SOURCE_FORMAT, TYPE);
    /** A record dated more loosely than this is not counted in every year it may fall in. */
    private static final int MAX_YEARS = 100;

    /** Undated records sort after dated ones. */
    static final long UNDATED = Long.MAX_VALUE;

    private static final FieldType FREE_TEXT_TYPE = freeTextType(true);
    /** Indexed, not stored: the layers' apparatus, and the text, read from its spans' reader. */
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
        String plain = record.text().plain();
        if (!plain.isEmpty()) {
            // the original layer is the text minus its marked apparatus: indexed once, with the marks
            doc.add(new Field(TEXT, ApparatusMarks.Text.of(plain, record.annotations()), LAYER_TYPE));
            // not stored: the catalog holds the text, found again by this (IndexedTexts)
            doc.add(new NumericDocValuesField(TEXT_SIGNATURE, IndexedTexts.signature(plain)));
        }
        addDate(doc, record);
        addReferences(doc, record.references());
        if (record.source() != null && record.source().format() != null) {
            addKey(doc, SOURCE_FORMAT, record.source().format(), false);
        }
        addKeys(doc, ORIGINAL_LANGUAGE, record.languages().original());
        addKeys(doc, CONTENT_LANGUAGE, record.languages().content());
        Set<String> languages = new LinkedHashSet<>(record.languages().original());
        languages.addAll(record.languages().content());
        addKeys(doc, LANGUAGE, languages);
        if (record.type() != null && !record.type().isBlank()) {
            addKey(doc, TYPE, record.type(), false);
        }
        addKeys(doc, TRANSLATOR, contributors(record, "translator"));
        addKeys(doc, SIGNATORY, contributors(record, "signatory"));
        addKeys(doc, ADDRESSEE, contributors(record, "addressee"));
        List<String> classifications = new java.util.ArrayList<>();
        for (Unit u : Unit.depthFirst(record.units())) {
            classifications.addAll(u.attributes().getOrDefault("classification", List.of()));
        }
        addKeys(doc, CLASSIFICATION, classifications);
        addOtherLayers(doc, record.annotations());
        addEntities(doc, record.mentions());
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
            addYears(doc, edtf);
            DateBounds bounds = DateBounds.of(edtf);
            if (bounds != null) {
                doc.add(new LongPoint(DATE_EARLIEST, bounds.earliest()));
                doc.add(new LongPoint(DATE_LATEST, bounds.latest()));
                sort = bounds.earliest();
            }
        }
        doc.add(new NumericDocValuesField(DATE_SORT, sort));
        doc.add(new NumericDocValuesField(DATE_SORT_DESCENDING, sort == UNDATED ? Long.MIN_VALUE : sort));
    }

    /** Every year and decade the date may fall in: a record dated 1957-12 is in 1957 and in the 1950s. */
    private static void addYears(Document doc, String edtf) {
        EdtfDate date = EdtfDate.tryParse(edtf).orElse(null);
        if (date == null || date.earliest() == null || date.latest() == null) {
            return;
        }
        int first = date.earliest().getYear();
        int last = date.latest().getYear();
        if (last - first >= MAX_YEARS) {
            return;
        }
        Set<String> decades = new LinkedHashSet<>();
        for (int year = first; year <= last; year++) {
            addKey(doc, YEAR, Integer.toString(year), true);
            decades.add(Math.floorDiv(year, 10) * 10 + "s");
        }
        decades.forEach(d -> addKey(doc, DECADE, d, true));
    }

    /** Repository, levels and archive paths of every reference; each distinct value once. */
    private static void addReferences(Document doc, List<ArchivalReference> references) {
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        Set<String> paths = new LinkedHashSet<>();
        Set<String> leaves = new LinkedHashSet<>();
        int firstFolio = Integer.MAX_VALUE;
        for (ArchivalReference reference : references) {
            if (reference.repository() != null && reference.repository().code() != null) {
                keys.computeIfAbsent(REPOSITORY, k -> new LinkedHashSet<>()).add(reference.repository().code());
            }
            if (reference.fileKey() != null) {
                keys.computeIfAbsent(FILE_KEY, k -> new LinkedHashSet<>()).add(reference.fileKey());
            }
            reference.scheme().levels().forEach((level, value) -> {
                if (value != null && !value.isBlank() && KEYS.contains(level)) {
                    keys.computeIfAbsent(level, k -> new LinkedHashSet<>()).add(value);
                }
            });
            List<String> path = ArchivePath.levels(reference);
            if (!path.isEmpty()) {
                paths.addAll(ArchivePath.prefixes(path));
                leaves.add(ArchivePath.key(path));
            }
            for (FolioRange folios : reference.scheme().folios()) {
                int[] range = numbered(folios);
                if (range != null) {
                    doc.add(new IntRange(REF_FOLIOS, new int[] {range[0]}, new int[] {range[1]}));
                    firstFolio = Math.min(firstFolio, range[0]);
                }
            }
        }
        keys.forEach((field, values) -> addKeys(doc, field, values));
        for (String p : paths) {
            doc.add(new StringField(REF_PATH, p, Field.Store.NO));
            doc.add(new SortedSetDocValuesField(REF_PATH, new BytesRef(p)));
        }
        leaves.forEach(l -> doc.add(new StringField(REF_LEAF, l, Field.Store.NO)));
        // records without numbered folios come after those with, within one date
        doc.add(new NumericDocValuesField(FOLIO_SORT, firstFolio));
    }

    /** The folio numbers of a range ({@code 5-7ob.} → 5..7), or null when they are not plain numbers. */
    static int[] numbered(FolioRange folios) {
        try {
            int from = Integer.parseInt(folios.from().strip());
            int to = folios.to() == null ? from : Integer.parseInt(folios.to().strip());
            return from <= to ? new int[] {from, to} : null;
        } catch (NumberFormatException | NullPointerException e) {
            return null; // 14a, roman numerals: not placed on the number line rather than guessed
        }
    }

    private static List<String> contributors(Record record, String role) {
        return record.contributors().stream()
                .filter(c -> role.equals(c.role()) && c.name() != null && !c.name().isBlank())
                .map(Contributor::name).toList();
    }

    /** Each distinct non-blank value once. */
    private static void addKeys(Document doc, String field, java.util.Collection<String> values) {
        if (values.isEmpty()) {
            return; // most keys of most records: no set to make
        }
        for (String v : new LinkedHashSet<>(values)) {
            if (v != null && !v.isBlank()) {
                addKey(doc, field, v, true);
            }
        }
    }

    private static void addKey(Document doc, String field, String value, boolean multiValued) {
        doc.add(new Field(field, value, KEY_TYPE));
        doc.add(new StoredField(field, value));
        BytesRef bytes = new BytesRef(value);
        doc.add(multiValued ? new SortedSetDocValuesField(field, bytes) : new SortedDocValuesField(field, bytes));
    }

    /** The other layers hold the surfaces of their annotations, one value per annotation. */
    private static void addOtherLayers(Document doc, List<Annotation> annotations) {
        Map<Layer, List<String>> byLayer = new EnumMap<>(Layer.class);
        for (Annotation a : annotations) {
            if (a.layer() != Layer.ORIGINAL && !a.surface().isBlank()) {
                byLayer.computeIfAbsent(a.layer(), l -> new java.util.ArrayList<>()).add(a.surface());
            }
        }
        byLayer.forEach((layer, surfaces) -> surfaces.forEach(s -> doc.add(new Field(layerField(layer), s, LAYER_TYPE))));
    }

    /** The authority ids of the persons, organizations and places mentioned, each once. */
    private static void addEntities(Document doc, List<Mention> mentions) {
        Map<String, Set<String>> ids = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.entity() != null && !m.entity().isBlank() && ENTITY_KEYS.contains(m.type())) {
                ids.computeIfAbsent(m.type(), t -> new LinkedHashSet<>()).add(m.entity());
            }
        }
        ids.forEach((field, values) -> addKeys(doc, field, values));
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
