package org.fond.search;

/**
 * How hits are listed: by relevance (the default; a blank query is then listed by date, since
 * nothing is more relevant than anything else), or by the document's date, earliest or latest
 * first. Undated records come last either way.
 */
public enum SortOrder {
    RELEVANCE, DATE_ASCENDING, DATE_DESCENDING
}
