package org.fond.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.fond.search.FacetCount;

/**
 * Counts the values of key fields over the documents a query matched, from their sorted-set doc
 * values (Lucene's {@link StringValueFacetCounts}), so the counts are exact under any query. The
 * per-field ordinal maps cost a pass over the values, so they are kept for as long as the searcher's
 * reader is the same, i.e. until the next commit.
 */
final class FacetCounter {
    private static final Comparator<FacetCount> MOST_FIRST = Comparator.comparingLong(FacetCount::count).reversed()
            .thenComparing(FacetCount::value);

    private IndexReader cachedFor;
    private final Map<String, StringDocValuesReaderState> states = new HashMap<>();

    /** The counts of each of {@code fields}, values by count then by value; a field no hit has gets an empty list. */
    Map<String, List<FacetCount>> count(IndexReader reader, FacetsCollector hits, List<String> fields)
            throws IOException {
        Map<String, List<FacetCount>> counts = new LinkedHashMap<>();
        for (String field : fields) {
            FacetResult result = new StringValueFacetCounts(state(reader, field), hits).getAllChildren(field);
            List<FacetCount> values = new ArrayList<>();
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    if (lv.value.longValue() > 0) {
                        values.add(new FacetCount(lv.label, lv.value.longValue()));
                    }
                }
            }
            values.sort(MOST_FIRST);
            counts.put(field, values);
        }
        return counts;
    }

    private synchronized StringDocValuesReaderState state(IndexReader reader, String field) throws IOException {
        if (cachedFor != reader) {
            states.clear();
            cachedFor = reader;
        }
        StringDocValuesReaderState state = states.get(field);
        if (state == null) {
            state = new StringDocValuesReaderState(reader, field);
            states.put(field, state);
        }
        return state;
    }
}
