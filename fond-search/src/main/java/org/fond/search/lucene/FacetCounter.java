package org.fond.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.fond.core.authority.NameAuthority;
import org.fond.search.FacetCount;
import org.fond.search.SearchRequest;

/**
 * Counts the values of key fields over the documents a query matched, from their sorted-set doc
 * values (Lucene's {@link StringValueFacetCounts}), so the counts are exact under any query. Values
 * come by count, then by value; years and decades by value, in time order, as a histogram. Authority
 * ids (person, organization, place) get the authority's label. The per-field ordinal maps cost a pass
 * over the values, so they are kept for as long as the searcher's reader is the same, i.e. until the
 * next commit.
 */
final class FacetCounter {
    private static final Comparator<FacetCount> MOST_FIRST = Comparator.comparingLong(FacetCount::count).reversed()
            .thenComparing(FacetCount::value);

    private volatile States states = new States(null, new ConcurrentHashMap<>());

    /** Years and decades in time order: by number (1950s before 800s would be wrong as text), then as text. */
    private static final Comparator<FacetCount> IN_TIME = Comparator.comparingLong(FacetCounter::period)
            .thenComparing(FacetCount::value);

    private final NameAuthority authority;

    FacetCounter(NameAuthority authority) {
        this.authority = authority;
    }

    /** The counts of {@code field} over the matched documents; a field no hit has gets an empty list. */
    List<FacetCount> count(IndexReader reader, FacetsCollector hits, String field) throws IOException {
        FacetResult result = new StringValueFacetCounts(state(reader, field), hits).getAllChildren(field);
        boolean entity = SearchRequest.ENTITY_FIELDS.contains(field);
        List<FacetCount> values = new ArrayList<>();
        if (result != null) {
            for (LabelAndValue lv : result.labelValues) {
                if (lv.value.longValue() > 0) {
                    String label = entity ? authority.label(lv.label) : lv.label;
                    values.add(new FacetCount(lv.label, lv.value.longValue(), label));
                }
            }
        }
        values.sort(SearchRequest.PERIOD_FIELDS.contains(field) ? IN_TIME : MOST_FIRST);
        return values;
    }

    private static long period(FacetCount c) {
        String digits = c.value().replaceAll("\\D", "");
        try {
            return digits.isEmpty() || digits.length() > 9 ? Long.MAX_VALUE : Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * The field's ordinal map for this reader, built once (fields apart may be built at once, as a
     * search counts its fields on several threads).
     */
    private StringDocValuesReaderState state(IndexReader reader, String field) throws IOException {
        States current = states;
        if (current.reader() != reader) {
            current = new States(reader, new ConcurrentHashMap<>());
            states = current;
        }
        try {
            return current.byField().computeIfAbsent(field, f -> {
                try {
                    return new StringDocValuesReaderState(reader, f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The ordinal maps of one reader, by field. */
    private record States(IndexReader reader, ConcurrentHashMap<String, StringDocValuesReaderState> byField) {
    }
}
