package org.fond.core.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A part of a text (MODEL.md §4): a sub-document, opener, closer, heading, topic item,
 * paragraph… Units form a tree; {@code span} is into the plain text and a child's span lies
 * inside its parent's. {@code attributes} hold the formal elements (classification, copyNo,
 * registry numbers, signatories, addressees, status, dateline, presence, duration); a key may
 * have several values, in document order.
 */
public record Unit(String id, UnitKind kind, String label, Span span,
                   Map<String, List<String>> attributes, List<Unit> children, Provenance provenance) {
    public Unit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** The first value of an attribute, or null. */
    public String attribute(String key) {
        List<String> values = attributes.get(key);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /**
     * Every unit of {@code units} and all below each, depth first, in a list: what {@link #flatten()}
     * streams, without a stream per unit (a record has dozens; ingest walks them three times).
     */
    public static java.util.List<Unit> depthFirst(java.util.List<Unit> units) {
        java.util.List<Unit> out = new java.util.ArrayList<>();
        for (Unit u : units) {
            u.addDepthFirst(out);
        }
        return out;
    }

    private void addDepthFirst(java.util.List<Unit> out) {
        out.add(this);
        for (Unit child : children) {
            child.addDepthFirst(out);
        }
    }

    /** This unit and all below it, depth first. */
    public java.util.stream.Stream<Unit> flatten() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(this),
                children.stream().flatMap(Unit::flatten));
    }
}
