package org.fond.search.lucene;

import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.fond.search.SortOrder;

/**
 * The Lucene sort behind each {@link SortOrder}. Every sort ends with the record id, so no two hits
 * tie: that makes the order total, which a cursor needs to resume exactly after the last hit.
 */
enum HitOrder {
    SCORE(new Sort(SortField.FIELD_SCORE, idField())),
    DATE_ASCENDING(new Sort(new SortField(RecordDocument.DATE_SORT, SortField.Type.LONG), idField())),
    DATE_DESCENDING(new Sort(new SortField(RecordDocument.DATE_SORT_DESCENDING, SortField.Type.LONG, true),
            idField())),
    /** The documents of one archival file: by date, then by first folio, then by id. */
    IN_FILE(new Sort(new SortField(RecordDocument.DATE_SORT, SortField.Type.LONG),
            new SortField(RecordDocument.FOLIO_SORT, SortField.Type.LONG), idField()));

    final Sort sort;

    HitOrder(Sort sort) {
        this.sort = sort;
    }

    /** The order a request gets; a listing of everything has no relevance to rank by, so it goes by date. */
    static HitOrder of(SortOrder order, boolean listing) {
        return switch (order) {
            case RELEVANCE -> listing ? DATE_ASCENDING : SCORE;
            case DATE_ASCENDING -> DATE_ASCENDING;
            case DATE_DESCENDING -> DATE_DESCENDING;
        };
    }

    boolean byScore() {
        return this == SCORE;
    }

    private static SortField idField() {
        return new SortField(RecordDocument.ID, SortField.Type.STRING);
    }
}
