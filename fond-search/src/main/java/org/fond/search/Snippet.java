package org.fond.search;

import java.util.List;
import org.fond.core.model.Span;

/**
 * A passage of one field ({@code title}, {@code summary} or {@code text}) around matches.
 * {@code text} is plain text, without markup; {@code highlights} are the matched stretches as
 * offsets into {@code text}; {@code start}/{@code end} place the passage in the field's value (for
 * {@code text}, the record's {@code Text.plain()}), so a reader can map a highlight back to the
 * record, its annotations and its source line: a highlight {@code h} is at
 * {@code start + h.start()} in the field.
 */
public record Snippet(String field, String text, List<Span> highlights, int start, int end) {
    public Snippet {
        highlights = List.copyOf(highlights);
        if (end - start != text.length()) {
            throw new IllegalArgumentException("snippet [" + start + ", " + end + ") does not match its text length "
                    + text.length());
        }
        for (Span h : highlights) {
            if (h.end() > text.length()) {
                throw new IllegalArgumentException("highlight " + h + " lies outside the snippet");
            }
        }
    }
}
