package org.fond.core.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.fond.core.model.Annotation;
import org.fond.core.model.Provenance;
import org.fond.core.model.Span;
import org.fond.core.model.Text;
import org.fond.core.model.Unit;
import org.fond.core.model.UnitKind;
import org.fond.core.text.Block;

/**
 * The text being read and its apparatus, with the small helpers every structure rule needs: the
 * text of a block, whether a block is nothing but one piece of apparatus, and how to make a unit
 * with its provenance. Annotations are optional; without them the bracket forms are recognised
 * from the text itself.
 */
final class Reading {
    static final String AGENT = "structure";
    private static final Pattern STAMP_TEXT = Pattern.compile("(?iu)^\\[[^\\]:\\[]{0,40}\\bstamp\\b");
    private static final Pattern HANDWRITING_TEXT = Pattern.compile("(?iu)^\\[(?:handwrit|handwriting|written\\s+by\\s+hand)");

    private final Text text;
    /** Offsets of the newlines of the raw text, found on first use. */
    private int[] rawNewlines;
    private final List<Annotation> annotations;
    private final Map<Span, String> blockTexts = new java.util.HashMap<>();

    Reading(Text text, List<Annotation> annotations) {
        this.text = text;
        this.annotations = annotations == null ? List.of() : List.copyOf(annotations);
    }

    String plain() {
        return text.plain();
    }

    /** The text of a block, cut from the plain text once: the structure rules ask for each paragraph several times. */
    String of(Block block) {
        return blockTexts.computeIfAbsent(block.span(), span -> span.of(text.plain()));
    }

    static Span spanOf(List<Block> blocks) {
        return new Span(blocks.get(0).span().start(), blocks.get(blocks.size() - 1).span().end());
    }

    /**
     * The apparatus inside a span, outermost first. Page-break joins are left out: they are Fond's
     * own marks, not apparatus on the document.
     */
    List<Annotation> within(Span span) {
        List<Annotation> inside = new ArrayList<>();
        for (Annotation a : annotations) {
            if (span.contains(a.span()) && a.span().length() > 0 && !(a instanceof Annotation.PageBreak)) {
                inside.add(a);
            }
        }
        inside.sort(Comparator.comparing(Annotation::span));
        return inside;
    }

    /**
     * The unit kind of a block that is entirely apparatus (a stamp, handwriting, an inserted source
     * note or another bracketed remark), or null for ordinary text.
     */
    UnitKind apparatusKind(Block block) {
        String s = of(block).strip();
        if (s.isEmpty()) {
            return null;
        }
        List<Annotation> inside = within(block.span());
        if (!inside.isEmpty() && covers(inside, block.span())) {
            return switch (inside.get(0)) {
                case Annotation.Stamp ignored -> UnitKind.STAMP;
                case Annotation.EditorialSourceNote ignored -> UnitKind.EDITORIAL_SOURCE_NOTE;
                default -> UnitKind.ANNOTATION;
            };
        }
        if (s.startsWith("[") && s.endsWith("]")) {
            return STAMP_TEXT.matcher(s).find() ? UnitKind.STAMP : UnitKind.ANNOTATION;
        }
        return null;
    }

    /** The kind of apparatus an ANNOTATION block holds, for its {@code apparatus} attribute. */
    String apparatusName(Block block) {
        for (Annotation a : within(block.span())) {
            return a.kind();
        }
        return HANDWRITING_TEXT.matcher(of(block).strip()).find() ? "handwritten" : "editorial-note";
    }

    private boolean covers(List<Annotation> inside, Span span) {
        String plain = text.plain();
        for (int i = span.start(); i < span.end(); i++) {
            if (Character.isWhitespace(plain.charAt(i))) {
                continue;
            }
            int at = i;
            if (inside.stream().noneMatch(a -> a.span().start() <= at && at < a.span().end())) {
                return false;
            }
        }
        return true;
    }

    Provenance provenance(String rule, int offset) {
        return new Provenance(AGENT, rule, sourceLine(offset));
    }

    /**
     * {@link Text#sourceLine} without counting the newlines again for every unit (which made
     * structure analysis quadratic in the length of a document): the raw text's line starts are
     * found once, then each line is a binary search.
     */
    private int sourceLine(int plainOffset) {
        if (rawNewlines == null) {
            String raw = text.raw();
            int[] at = new int[16];
            int n = 0;
            for (int i = raw.indexOf('\n'); i >= 0; i = raw.indexOf('\n', i + 1)) {
                if (n == at.length) {
                    at = java.util.Arrays.copyOf(at, n * 2);
                }
                at[n++] = i;
            }
            rawNewlines = java.util.Arrays.copyOf(at, n);
        }
        int rawOffset = Math.min(text.offsets().toRaw(Math.min(plainOffset, text.plain().length())), text.raw().length());
        // newlines strictly before rawOffset
        int before = java.util.Arrays.binarySearch(rawNewlines, rawOffset);
        before = before >= 0 ? before : -before - 1;
        return text.rawFirstLine() + before;
    }

    Unit unit(String id, UnitKind kind, String label, Span span, Map<String, List<String>> attributes,
              List<Unit> children, String rule) {
        return new Unit(id, kind, label, span, attributes, children, provenance(rule, span.start()));
    }

    /** An insertion-ordered multimap for a unit's attributes. */
    static final class Attributes {
        private final Map<String, List<String>> values = new LinkedHashMap<>();

        Attributes add(String key, String value) {
            if (value != null) {
                values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            }
            return this;
        }

        Attributes addAll(String key, List<String> more) {
            more.forEach(v -> add(key, v));
            return this;
        }

        Attributes putIfAbsent(String key, String value) {
            if (!values.containsKey(key)) {
                add(key, value);
            }
            return this;
        }

        boolean has(String key) {
            return values.containsKey(key);
        }

        List<String> get(String key) {
            return values.getOrDefault(key, List.of());
        }

        Map<String, List<String>> asMap() {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            return copy;
        }
    }
}
