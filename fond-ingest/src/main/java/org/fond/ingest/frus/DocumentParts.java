package org.fond.ingest.frus;

import java.util.List;
import org.fond.core.model.Span;
import org.fond.core.text.Block;

/**
 * What the walker read from one {@code div[@type='document']}, before it becomes a record. Spans
 * point into {@code plain} and may start on the separator written before an element's first
 * character; {@link #trim(Span)} moves them onto the text itself.
 */
record DocumentParts(String xmlId, String number, String subtype, int line, String startPage, String plain,
                     List<Block> blocks, Span title, int titleLine, Dateline dateline, List<Named> names,
                     List<Note> sourceNotes, List<Footnote> footnotes, List<PageBreak> pageBreaks) {

    /** A dateline with its place and date element, each null when absent. */
    record Dateline(Span span, int line, Span place, Span date, String when) {
    }

    /**
     * A {@code persName} or {@code gloss}: {@code role} is sender, addressee or signatory when the
     * heading or closer gives one, else null; {@code corresp} the volume-local id, or null.
     */
    record Named(String element, Span span, String role, String corresp, int line) {
    }

    /** A source note kept outside the text, as printed above the heading. */
    record Note(String text, int line) {
    }

    /** A footnote: its text and where its anchor stands in the plain text. */
    record Footnote(int anchor, String n, String xmlId, String text, int line) {
    }

    record PageBreak(int at, String n, String facs, int line) {
    }

    /** {@code span} without the whitespace the lazy separators put at its edges. */
    Span trim(Span span) {
        int start = span.start();
        int end = Math.min(span.end(), plain.length());
        while (start < end && Character.isWhitespace(plain.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(plain.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }
}
