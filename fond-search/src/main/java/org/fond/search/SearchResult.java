package org.fond.search;

import java.util.List;

/** The answer to a {@link SearchRequest}: the exact number of matching records, the hits, and the time taken. */
public record SearchResult(long total, List<Hit> hits, long tookMicros) {
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
