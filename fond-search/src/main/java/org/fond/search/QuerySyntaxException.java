package org.fond.search;

/**
 * A query that cannot be read. The message is meant for the person who typed the query
 * ({@code Unexpected ')' at column 12}); {@link #position()} is the 0-based character offset of the
 * problem in the query (column - 1), so a UI can put the caret there.
 */
public class QuerySyntaxException extends RuntimeException {
    private final String query;
    private final int position;

    public QuerySyntaxException(String message, String query, int position) {
        super(message, null, false, false);
        this.query = query;
        this.position = Math.max(0, Math.min(position, query == null ? 0 : query.length()));
    }

    /** 0-based offset into {@link #query()} where the problem was found. */
    public int position() {
        return position;
    }

    public String query() {
        return query;
    }
}
