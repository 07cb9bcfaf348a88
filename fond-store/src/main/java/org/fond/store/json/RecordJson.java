package org.fond.store.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.fond.core.date.DateExpression;
import org.fond.core.model.Annotation;
import org.fond.core.model.Contributor;
import org.fond.core.model.HeaderField;
import org.fond.core.model.Mention;
import org.fond.core.model.Provenance;
import org.fond.core.model.QualityFlag;
import org.fond.core.model.Record;
import org.fond.core.model.Unit;
import org.fond.core.reference.ArchivalReference;
import org.fond.core.reference.FolioRange;

/**
 * Writes a {@link Record} as the record JSON. The output is deterministic (sets sorted, maps by key)
 * so the same record always gives the same bytes, which golden tests and ETags rely on.
 */
public final class RecordJson {
    /**
     * Characters beyond the BMP written to UTF-8 as the four bytes of their code point rather than as
     * a pair of JSON escapes (Jackson's default), so that {@link #writeUtf8} gives the bytes of
     * {@link #write}'s string; the setting touches only what is written as bytes.
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
    private static final ObjectMapper PRETTY = MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT);

    private RecordJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * The record JSON as a string: the same characters as {@link #toTree} written out, streamed
     * straight to the text rather than built as a tree first.
     */
    public static String write(Record record) {
        // as ObjectMapper.writeValueAsString writes: into Jackson's pooled segments, made a string once.
        // A StringWriter (a synchronized StringBuffer) was grown and copied, and widened to two bytes a
        // character at a record's first curly quote: a fifth of writing the JSON.
        BufferRecycler recycler = MAPPER.getFactory()._getBufferRecycler();
        try (SegmentedStringWriter out = new SegmentedStringWriter(recycler)) {
            try (JsonGenerator g = MAPPER.createGenerator(out)) {
                RecordWriter.write(g, record);
            }
            return out.getAndClear();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write record JSON", e);
        } finally {
            recycler.releaseToPool();
        }
    }

    /**
     * The record JSON of {@link #write} as UTF-8, written as bytes from the start: the catalog keeps
     * UTF-8, so ingest (one JSON a record) no longer makes a string of the JSON that SQLite's driver
     * then encodes again; the two were a tenth of ingest's allocation at 100k records.
     *
     * <p>The bytes are those of {@link #write}'s string in UTF-8 but for a lone surrogate (half a
     * pair, no character: a broken source), which UTF-8 cannot hold: here it is kept as its JSON
     * escape (a backslash, {@code u} and four hex digits), where encoding the string makes it {@code ?}.
     */
    public static byte[] writeUtf8(Record record) {
        ByteArrayOutputStream out = UTF8_BUFFER.get();
        out.reset();
        try (JsonGenerator g = MAPPER.createGenerator(out, JsonEncoding.UTF8)) {
            RecordWriter.write(g, record);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write record JSON", e);
        }
        byte[] json = out.toByteArray();
        if (out.size() > KEPT_BUFFER_BYTES) {
            UTF8_BUFFER.remove(); // a whole volume's record: its buffer is not kept for the next
        }
        return json;
    }

    /**
     * Where this thread writes a record's UTF-8, kept for its next record: Jackson's byte builder grew
     * a list of segments for each record and joined them at the end, twice the bytes of the JSON
     * allocated a record (a fifteenth of ingest's allocation at 100k records); here only the exact copy
     * handed out is new.
     */
    private static final ThreadLocal<ByteArrayOutputStream> UTF8_BUFFER =
            ThreadLocal.withInitial(() -> new ByteArrayOutputStream(64 * 1024));
    /** A buffer grown past this is let go after its record. */
    private static final int KEPT_BUFFER_BYTES = 4 * 1024 * 1024;

    /** The record JSON built as a tree first, as {@link #write} gave it before streaming; for tests. */
    static String writeTree(Record record) {
        return toString(toTree(record), false);
    }

    public static String pretty(JsonNode node) {
        return toString(node, true);
    }

    /**
     * The plain text of a record JSON given as UTF-8 (as the catalog holds it): its top-level
     * {@code text}, read without building the rest, whose values are skipped; "" when it has none.
     *
     * @throws IllegalArgumentException when the bytes are not a JSON object
     */
    public static String text(byte[] utf8) {
        try (JsonParser p = MAPPER.getFactory().createParser(utf8)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("stored record JSON is not an object");
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                boolean text = "text".equals(p.currentName());
                JsonToken value = p.nextToken();
                if (text && value == JsonToken.VALUE_STRING) {
                    return p.getText();
                }
                p.skipChildren();
            }
            return "";
        } catch (IOException e) {
            throw new IllegalArgumentException("stored record JSON is not valid JSON: " + e.getMessage(), e);
        }
    }

    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("stored record JSON is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static ObjectNode toTree(Record r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", r.id());
        o.put("title", r.title());
        ObjectNode date = o.putObject("date");
        date.put("edtf", r.date() == null ? null : r.date().edtf());
        date.put("display", r.date() == null ? null : r.date().display());
        o.put("type", r.type());
        ObjectNode languages = o.putObject("languages");
        strings(languages.putArray("original"), r.languages().original());
        strings(languages.putArray("content"), r.languages().content());
        o.put("summary", r.summary());
        o.put("citation", r.citation());
        ArrayNode references = o.putArray("references");
        r.references().forEach(ref -> references.add(reference(ref)));
        ArrayNode contributors = o.putArray("contributors");
        for (Contributor c : r.contributors()) {
            contributors.addObject().put("name", c.name()).put("role", c.role());
        }
        strings(o.putArray("donors"), r.donors());
        ObjectNode source = o.putObject("source");
        if (r.source() != null) {
            source.put("url", r.source().url());
            source.put("canonicalUrl", r.source().canonicalUrl());
            source.put("recordId", r.source().recordId());
            source.put("format", r.source().format());
            source.put("file", r.source().file());
        }
        o.put("text", r.text().plain());
        ArrayNode units = o.putArray("units");
        r.units().forEach(u -> units.add(unit(u)));
        ArrayNode annotations = o.putArray("annotations");
        r.annotations().forEach(a -> annotations.add(annotation(a)));
        ArrayNode mentions = o.putArray("mentions");
        r.mentions().forEach(m -> mentions.add(mention(m)));
        ArrayNode dates = o.putArray("dates");
        r.dates().forEach(d -> dates.add(date(d)));
        ArrayNode header = o.putArray("header");
        for (HeaderField f : r.header()) {
            header.addObject().put("label", f.label()).put("value", f.value()).put("line", f.line())
                    .put("known", f.known());
        }
        ArrayNode flags = o.putArray("flags");
        for (QualityFlag f : r.flags()) {
            flags.addObject().put("code", f.code()).put("message", f.message()).put("line", f.line());
        }
        return o;
    }

    public static ObjectNode reference(ArchivalReference ref) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("raw", ref.raw());
        o.put("repository", ref.repository() == null ? null : ref.repository().code());
        o.put("repositoryAsCited", ref.repository() == null ? null : ref.repository().asCited());
        o.put("scheme", ref.scheme().id());
        Map<String, String> levels = ref.scheme().levels();
        for (String level : List.of("fond", "opis", "papka", "delo")) {
            o.put(level, levels.get(level));
        }
        ObjectNode all = o.putObject("levels");
        levels.forEach(all::put);
        ArrayNode folios = o.putArray("folios");
        for (FolioRange f : ref.scheme().folios()) {
            folios.addObject().put("from", f.from()).put("fromVerso", f.fromVerso())
                    .put("to", f.to()).put("toVerso", f.toVerso());
        }
        o.put("trailer", ref.trailer());
        o.put("fileKey", ref.fileKey());
        o.put("canonical", ref.canonical());
        strings(o.putArray("flags"), new TreeSet<>(ref.flags()));
        o.put("confidence", ref.confidence() == null ? null : ref.confidence().id());
        o.put("foundIn", ref.foundIn());
        o.set("provenance", provenance(ref.provenance()));
        return o;
    }

    static ObjectNode unit(Unit u) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", u.id());
        o.put("kind", u.kind().id());
        o.put("label", u.label());
        o.put("start", u.span().start());
        o.put("end", u.span().end());
        ObjectNode attributes = o.putObject("attributes");
        new TreeMap<>(u.attributes()).forEach((k, v) -> strings(attributes.putArray(k), v));
        ArrayNode children = o.putArray("children");
        u.children().forEach(c -> children.add(unit(c)));
        o.set("provenance", provenance(u.provenance()));
        return o;
    }

    static ObjectNode annotation(Annotation a) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("kind", a.kind());
        o.put("layer", a.layer().id());
        o.put("start", a.span().start());
        o.put("end", a.span().end());
        o.put("surface", a.surface());
        // the kind-specific components (label, content, reason, correction…) in declaration order
        ObjectNode components = MAPPER.valueToTree(a);
        components.properties().forEach(e -> {
            if (!List.of("span", "surface", "flags", "provenance").contains(e.getKey())) {
                o.set(e.getKey(), e.getValue());
            }
        });
        strings(o.putArray("flags"), new TreeSet<>(a.flags()));
        o.set("provenance", provenance(a.provenance()));
        return o;
    }

    static ObjectNode mention(Mention m) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("type", m.type());
        o.put("start", m.span().start());
        o.put("end", m.span().end());
        o.put("surface", m.surface());
        o.put("entity", m.entity());
        o.put("value", m.value());
        return o;
    }

    static ObjectNode date(DateExpression d) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("start", d.span().start());
        o.put("end", d.span().end());
        o.put("surface", d.surface());
        o.put("kind", d.kind());
        o.put("edtf", d.edtf());
        o.put("anchor", d.anchor());
        o.put("modality", d.modality() == null ? null : d.modality().id());
        o.put("confidence", d.confidence() == null ? null : d.confidence().id());
        return o;
    }

    static ObjectNode provenance(Provenance p) {
        ObjectNode o = MAPPER.createObjectNode();
        if (p != null) {
            o.put("agent", p.agent()).put("rule", p.rule()).put("line", p.sourceLine());
        }
        return o;
    }

    private static void strings(ArrayNode array, Collection<String> values) {
        values.forEach(array::add);
    }

    private static String toString(JsonNode node, boolean pretty) {
        try {
            return (pretty ? PRETTY : MAPPER).writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write record JSON", e);
        }
    }
}
