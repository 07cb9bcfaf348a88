package org.fond.search.lucene;

import java.util.List;
import java.util.Map;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

/**
 * Facet filters as Lucene queries. Values are matched exactly against the doc values the facets are
 * counted from, so a filter keeps precisely the records a facet count promised. Any value of one
 * field may match (OR); every filtered field must match (AND).
 */
final class Filters {
    private Filters() {
    }

    /** {@code query} restricted by every filter but the one on {@code except} (null: all of them). */
    static Query apply(Query query, Map<String, List<String>> filters, String except) {
        BooleanQuery.Builder b = null;
        for (Map.Entry<String, List<String>> f : filters.entrySet()) {
            if (f.getKey().equals(except)) {
                continue;
            }
            if (b == null) {
                b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
            }
            b.add(exact(f.getKey(), f.getValue()), BooleanClause.Occur.FILTER);
        }
        return b == null ? query : b.build();
    }

    /** Records having any of {@code values} in key {@code field}, exactly. */
    static Query exact(String field, List<String> values) {
        List<BytesRef> bytes = values.stream().map(BytesRef::new).toList();
        return RecordDocument.SINGLE_VALUED.contains(field) ? SortedDocValuesField.newSlowSetQuery(field, bytes)
                : SortedSetDocValuesField.newSlowSetQuery(field, bytes);
    }
}
