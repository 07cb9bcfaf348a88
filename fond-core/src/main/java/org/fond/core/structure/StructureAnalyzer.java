package org.fond.core.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fond.core.model.Annotation;
import org.fond.core.model.Span;
import org.fond.core.model.Text;
import org.fond.core.model.Unit;
import org.fond.core.model.UnitKind;
import org.fond.core.text.Block;

/**
 * Builds the unit tree of a text (MODEL.md §4): one DOCUMENT root; where separator rules
 * ({@code ====}, F9, A21) divide the text, one SUB_DOCUMENT per part, named A, B, C… Each part
 * gets its opener, heading, body (paragraphs, topics, lists, journal entries) and closer. Never
 * throws on odd input: an empty text is a document with no parts.
 */
public final class StructureAnalyzer {
    static final Pattern ATTACHED = Pattern.compile("(?iu)\\b(?:attach|enclos)");

    private StructureAnalyzer() {
    }

    /** The unit tree (one root per document; sub-documents under it) for a normalised text. */
    public static List<Unit> analyze(Text text, List<Block> blocks, List<Annotation> annotations) {
        Reading reading = new Reading(text, annotations);
        Span whole = new Span(0, text.plain().length());
        List<List<Block>> parts = parts(blocks == null ? List.of() : blocks);
        SegmentReader segments = new SegmentReader(reading);
        if (parts.size() <= 1) {
            SegmentReader.Result result = parts.isEmpty()
                    ? new SegmentReader.Result(List.of(), new Reading.Attributes())
                    : segments.read(parts.get(0), "");
            return List.of(reading.unit("document", UnitKind.DOCUMENT, null, whole, result.attributes().asMap(),
                    result.units(), "document"));
        }
        List<Unit> subDocuments = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            String id = partName(k);
            SegmentReader.Result result = segments.read(parts.get(k), id);
            Reading.Attributes attributes = result.attributes();
            // a part is filed as an attachment of the one before when that one says something is attached
            if (k > 0 && saysAttached(text.plain(), Reading.spanOf(parts.get(k - 1)))) {
                attributes.add("attachmentOf", partName(k - 1));
            }
            subDocuments.add(reading.unit(id, UnitKind.SUB_DOCUMENT, null, Reading.spanOf(parts.get(k)),
                    attributes.asMap(), result.units(), "separator-part"));
        }
        return List.of(reading.unit("document", UnitKind.DOCUMENT, null, whole, null, subDocuments, "document"));
    }

    /**
     * Whether {@link #ATTACHED} occurs in {@code span} of {@code text}, as a find over that part would
     * say, trying the pattern only where one of its words begins under {@link String#regionMatches(boolean,
     * int, String, int, int)}'s case folding, which matches every character the pattern's folding does.
     * A find tried the pattern and its word boundary at every character of the part: that was a sixth of
     * the structure's time on FRUS volumes, whose documents have parts.
     */
    static boolean saysAttached(String text, Span span) {
        String part = span.of(text);
        Matcher m = null;
        for (int i = 0, last = part.length() - 6; i <= last; i++) {
            char c = part.charAt(i);
            if ((c == 'a' || c == 'A' || c == 'e' || c == 'E')
                    && (part.regionMatches(true, i, "attach", 0, 6) || part.regionMatches(true, i, "enclos", 0, 6))) {
                if (m == null) {
                    // transparent bounds: the word boundary sees the characters before, as a find does
                    m = ATTACHED.matcher(part).useTransparentBounds(true).useAnchoringBounds(false);
                }
                if (m.region(i, part.length()).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The blocks between separators; a run of separators is one boundary and empty parts vanish. */
    private static List<List<Block>> parts(List<Block> blocks) {
        List<List<Block>> parts = new ArrayList<>();
        List<Block> current = new ArrayList<>();
        for (Block block : blocks) {
            if (block.kind() == Block.Kind.SEPARATOR) {
                if (!current.isEmpty()) {
                    parts.add(current);
                }
                current = new ArrayList<>();
            } else {
                current.add(block);
            }
        }
        if (!current.isEmpty()) {
            parts.add(current);
        }
        return parts;
    }

    /** A, B, … Z, AA, AB, … */
    static String partName(int index) {
        String name = "";
        int n = index;
        do {
            name = (char) ('A' + n % 26) + name;
            n = n / 26 - 1;
        } while (n >= 0);
        return name;
    }
}
