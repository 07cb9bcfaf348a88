package org.fond.store.json;

import com.fasterxml.jackson.core.JsonGenerator;
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
 * Streams the record JSON of {@link RecordJson#toTree} field for field, in the same order with the
 * same values: ingest writes one record JSON per record, and building the tree first cost as much
 * again as writing it. {@code RecordWriterTest} compares both on the corpus.
 */
final class RecordWriter {
    private RecordWriter() {
    }

    static void write(JsonGenerator g, Record r) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("title", r.title());
        g.writeObjectFieldStart("date");
        g.writeStringField("edtf", r.date() == null ? null : r.date().edtf());
        g.writeStringField("display", r.date() == null ? null : r.date().display());
        g.writeEndObject();
        g.writeStringField("type", r.type());
        g.writeObjectFieldStart("languages");
        strings(g, "original", r.languages().original());
        strings(g, "content", r.languages().content());
        g.writeEndObject();
        g.writeStringField("summary", r.summary());
        g.writeStringField("citation", r.citation());
        g.writeArrayFieldStart("references");
        for (ArchivalReference ref : r.references()) {
            reference(g, ref);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("contributors");
        for (Contributor c : r.contributors()) {
            g.writeStartObject();
            g.writeStringField("name", c.name());
            g.writeStringField("role", c.role());
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "donors", r.donors());
        g.writeObjectFieldStart("source");
        if (r.source() != null) {
            g.writeStringField("url", r.source().url());
            g.writeStringField("canonicalUrl", r.source().canonicalUrl());
            g.writeStringField("recordId", r.source().recordId());
            g.writeStringField("format", r.source().format());
            g.writeStringField("file", r.source().file());
        }
        g.writeEndObject();
        g.writeStringField("text", r.text().plain());
        g.writeArrayFieldStart("units");
        for (Unit u : r.units()) {
            unit(g, u);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("annotations");
        for (Annotation a : r.annotations()) {
            annotation(g, a);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("mentions");
        for (Mention m : r.mentions()) {
            mention(g, m);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("dates");
        for (DateExpression d : r.dates()) {
            date(g, d);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("header");
        for (HeaderField f : r.header()) {
            g.writeStartObject();
            g.writeStringField("label", f.label());
            g.writeStringField("value", f.value());
            g.writeNumberField("line", f.line());
            g.writeBooleanField("known", f.known());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("flags");
        for (QualityFlag f : r.flags()) {
            g.writeStartObject();
            g.writeStringField("code", f.code());
            g.writeStringField("message", f.message());
            g.writeNumberField("line", f.line());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void reference(JsonGenerator g, ArchivalReference ref) throws IOException {
        g.writeStartObject();
        g.writeStringField("raw", ref.raw());
        g.writeStringField("repository", ref.repository() == null ? null : ref.repository().code());
        g.writeStringField("repositoryAsCited", ref.repository() == null ? null : ref.repository().asCited());
        g.writeStringField("scheme", ref.scheme().id());
        Map<String, String> levels = ref.scheme().levels();
        for (String level : List.of("fond", "opis", "papka", "delo")) {
            g.writeStringField(level, levels.get(level));
        }
        g.writeObjectFieldStart("levels");
        for (Map.Entry<String, String> e : levels.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("folios");
        for (FolioRange f : ref.scheme().folios()) {
            g.writeStartObject();
            g.writeStringField("from", f.from());
            g.writeBooleanField("fromVerso", f.fromVerso());
            g.writeStringField("to", f.to());
            g.writeBooleanField("toVerso", f.toVerso());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("trailer", ref.trailer());
        g.writeStringField("fileKey", ref.fileKey());
        g.writeStringField("canonical", ref.canonical());
        strings(g, "flags", new TreeSet<>(ref.flags()));
        g.writeStringField("confidence", ref.confidence() == null ? null : ref.confidence().id());
        g.writeStringField("foundIn", ref.foundIn());
        provenance(g, ref.provenance());
        g.writeEndObject();
    }

    private static void unit(JsonGenerator g, Unit u) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", u.id());
        g.writeStringField("kind", u.kind().id());
        g.writeStringField("label", u.label());
        g.writeNumberField("start", u.span().start());
        g.writeNumberField("end", u.span().end());
        g.writeObjectFieldStart("attributes");
        Map<String, List<String>> attributes = u.attributes();
        if (attributes.size() == 1) {
            // most units have none or one: no sorted copy to make
            Map.Entry<String, List<String>> only = attributes.entrySet().iterator().next();
            strings(g, only.getKey(), only.getValue());
        } else if (!attributes.isEmpty()) {
            for (Map.Entry<String, List<String>> e : new TreeMap<>(attributes).entrySet()) {
                strings(g, e.getKey(), e.getValue());
            }
        }
        g.writeEndObject();
        g.writeArrayFieldStart("children");
        for (Unit c : u.children()) {
            unit(g, c);
        }
        g.writeEndArray();
        provenance(g, u.provenance());
        g.writeEndObject();
    }

    /**
     * As {@link RecordJson#annotation}: the common fields, the kind's own components in declaration
     * order, flags sorted, provenance. That one builds the components as a tree through Jackson's
     * bean serializer; here they are read through their accessors, found once per kind of
     * annotation: the tree was a fifth of the time spent writing a record's JSON.
     */
    private static void annotation(JsonGenerator g, Annotation a) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", a.kind());
        g.writeStringField("layer", a.layer().id());
        g.writeNumberField("start", a.span().start());
        g.writeNumberField("end", a.span().end());
        g.writeStringField("surface", a.surface());
        for (Component c : COMPONENTS.get(a.getClass())) {
            g.writeFieldName(c.name());
            Object value = c.of(a);
            if (value == null) {
                g.writeNull();
            } else if (value instanceof String text) {
                g.writeString(text);
            } else if (value instanceof Boolean b) {
                g.writeBoolean(b);
            } else {
                g.writeObject(value); // no such component yet: written as Jackson writes it in the tree
            }
        }
        strings(g, "flags", new TreeSet<>(a.flags()));
        provenance(g, a.provenance());
        g.writeEndObject();
    }

    /** A kind-specific component of an annotation record: its name and accessor. */
    private record Component(String name, java.lang.invoke.MethodHandle accessor) {
        Object of(Annotation a) throws IOException {
            try {
                return accessor.invoke(a);
            } catch (Error | RuntimeException e) {
                throw e;
            } catch (Throwable e) {
                throw new IOException("cannot read " + name + " of " + a.kind(), e);
            }
        }
    }

    /** The components every annotation has, written as fields of their own. */
    private static final java.util.Set<String> COMMON = java.util.Set.of("span", "surface", "flags", "provenance");

    private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
            java.lang.invoke.MethodHandles.Lookup lookup = java.lang.invoke.MethodHandles.publicLookup();
            List<Component> own = new java.util.ArrayList<>();
            for (java.lang.reflect.RecordComponent c : type.getRecordComponents()) {
                if (!COMMON.contains(c.getName())) {
                    try {
                        own.add(new Component(c.getName(), lookup.unreflect(c.getAccessor())));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException("cannot read the components of " + type.getName(), e);
                    }
                }
            }
            return List.copyOf(own);
        }
    };

    private static void mention(JsonGenerator g, Mention m) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", m.type());
        g.writeNumberField("start", m.span().start());
        g.writeNumberField("end", m.span().end());
        g.writeStringField("surface", m.surface());
        g.writeStringField("entity", m.entity());
        g.writeStringField("value", m.value());
        g.writeEndObject();
    }

    private static void date(JsonGenerator g, DateExpression d) throws IOException {
        g.writeStartObject();
        g.writeNumberField("start", d.span().start());
        g.writeNumberField("end", d.span().end());
        g.writeStringField("surface", d.surface());
        g.writeStringField("kind", d.kind());
        g.writeStringField("edtf", d.edtf());
        g.writeStringField("anchor", d.anchor());
        g.writeStringField("modality", d.modality() == null ? null : d.modality().id());
        g.writeStringField("confidence", d.confidence() == null ? null : d.confidence().id());
        g.writeEndObject();
    }

    private static void provenance(JsonGenerator g, Provenance p) throws IOException {
        g.writeObjectFieldStart("provenance");
        if (p != null) {
            g.writeStringField("agent", p.agent());
            g.writeStringField("rule", p.rule());
            g.writeNumberField("line", p.sourceLine());
        }
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String field, Collection<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
