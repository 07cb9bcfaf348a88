package org.fond.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}: the exact number of matching records, the hits, the time
 * taken, the counts of each requested facet field over all matching records (values by count, then
 * by value), and a cursor for the page after this one, or null when this page was not full.
 */
public record SearchResult(long total, List<Hit> hits, long tookMicros, Map<String, List<FacetCount>> facets,
                           String nextCursor) {
    public SearchResult {
        hits = List.copyOf(hits);
        Map<String, List<FacetCount>> copy = new LinkedHashMap<>();
        facets.forEach((field, counts) -> copy.put(field, List.copyOf(counts)));
        facets = java.util.Collections.unmodifiableMap(copy);
    }

    public SearchResult(long total, List<Hit> hits, long tookMicros) {
        this(total, hits, tookMicros, Map.of(), null);
    }
}
