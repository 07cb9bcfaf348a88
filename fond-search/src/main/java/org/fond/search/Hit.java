package org.fond.search;

import java.util.List;

/**
 * One matching record: its id, title and date (EDTF where known, else as displayed), the engine's
 * relevance score (0 when hits are listed by date rather than ranked), and highlighted snippets.
 */
public record Hit(String recordId, String title, String date, float score, List<Snippet> snippets) {
    public Hit {
        snippets = List.copyOf(snippets);
    }
}
