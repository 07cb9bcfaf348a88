package org.fond.search;

/**
 * What to look for: a query in Fond's query language and how many hits to return. Build one with
 * {@link #of(String)} and the {@code with…} methods, so that options added later (offset, cursor,
 * facets, layer scope) do not break callers.
 *
 * <p>The language (Lucene classic syntax): words must all occur (AND), in the title, summary or
 * text; {@code "a phrase"}; {@code OR}, {@code NOT}/{@code -}, {@code +}, parentheses;
 * {@code field:value} for {@code title}, {@code summary}, {@code text}, {@code id},
 * {@code repository}, {@code fileKey}, {@code sourceFormat}, {@code date} ({@code date:1957},
 * {@code date:[1955 TO 1957-06]}); {@code text_translator:…} and the other layers search the
 * apparatus of that layer only; {@code *} at the end of a word; {@code ~} for fuzzy words.
 */
public record SearchRequest(String query, int limit) {
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 10_000;

    public SearchRequest {
        query = query == null ? "" : query;
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 0 and " + MAX_LIMIT + ", was " + limit);
        }
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, DEFAULT_LIMIT);
    }

    public SearchRequest withLimit(int newLimit) {
        return new SearchRequest(query, newLimit);
    }

    /** A blank query or a lone {@code *}: every record, listed by date. */
    public boolean matchesAll() {
        String q = query.strip();
        return q.isEmpty() || q.equals("*") || q.equals("*:*");
    }
}
