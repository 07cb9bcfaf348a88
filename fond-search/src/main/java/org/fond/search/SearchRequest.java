package org.fond.search;

import java.util.List;
import java.util.Objects;

/**
 * What to look for: a query in Fond's query language, how many hits to return, which facet fields
 * to count, the order of the hits and where to resume. Build one with {@link #of(String)} and the
 * {@code with…} methods, so that options added later do not break callers.
 *
 * <p>The language (Lucene classic syntax): words must all occur (AND), in the title, summary or
 * text; {@code "a phrase"}; {@code OR}, {@code NOT}/{@code -}, {@code +}, parentheses;
 * {@code field:value} for {@code title}, {@code summary}, {@code text}, {@code id}, every facet
 * field ({@code year:1957}, {@code language:ru}, {@code fond:0102}…), {@code fileKey},
 * {@code opis}, {@code delo}, {@code papka}, {@code signatory}, {@code addressee},
 * {@code date} ({@code date:1957}, {@code date:[1955 TO 1957-06]}); {@code ref:"AVPRF F. 0102, Op. 14"}
 * for every record whose reference lies at or under that archival level, in any citation style;
 * {@code text_translator:…} and the other layers search the apparatus of that layer only;
 * {@code *} at the end of a word; {@code ~} for fuzzy words.
 */
public record SearchRequest(String query, int limit, List<String> facets, SortOrder sort, String cursor) {
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 10_000;
    /** The fields a request may count values of. */
    public static final List<String> FACET_FIELDS = List.of("year", "decade", "repository", "fond", "language",
            "type", "translator", "classification", "sourceFormat");

    public SearchRequest {
        query = query == null ? "" : query;
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 0 and " + MAX_LIMIT + ", was " + limit);
        }
        facets = facets == null ? List.of() : List.copyOf(facets);
        for (String f : facets) {
            if (!FACET_FIELDS.contains(f)) {
                throw new IllegalArgumentException("'" + f + "' is not a facet field; the facet fields are "
                        + String.join(", ", FACET_FIELDS));
            }
        }
        sort = Objects.requireNonNullElse(sort, SortOrder.RELEVANCE);
    }

    public SearchRequest(String query, int limit) {
        this(query, limit, List.of(), SortOrder.RELEVANCE, null);
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, DEFAULT_LIMIT);
    }

    public SearchRequest withLimit(int newLimit) {
        return new SearchRequest(query, newLimit, facets, sort, cursor);
    }

    /** Counts the values of these fields (see {@link #FACET_FIELDS}) over all matching records. */
    public SearchRequest withFacets(List<String> fields) {
        return new SearchRequest(query, limit, fields, sort, cursor);
    }

    public SearchRequest withFacets(String... fields) {
        return withFacets(List.of(fields));
    }

    public SearchRequest withSort(SortOrder order) {
        return new SearchRequest(query, limit, facets, order, cursor);
    }

    /**
     * Resumes after the last hit of an earlier page: pass its {@link SearchResult#nextCursor()}, with
     * the same query and sort. Records added meanwhile do not shift the pages, as an offset would.
     */
    public SearchRequest withCursor(String nextCursor) {
        return new SearchRequest(query, limit, facets, sort, nextCursor);
    }

    /** A blank query or a lone {@code *}: every record, listed by date. */
    public boolean matchesAll() {
        String q = query.strip();
        return q.isEmpty() || q.equals("*") || q.equals("*:*");
    }
}
