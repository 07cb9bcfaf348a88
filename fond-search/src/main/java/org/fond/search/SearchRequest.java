package org.fond.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to look for: a query in Fond's query language, how many hits to return, which facet fields
 * to count, the order of the hits and where to resume, facet filters, and whether names are taken
 * exactly as typed. Build one with {@link #of(String)} and the {@code with…} methods, so that options
 * added later do not break callers.
 *
 * <p>The language (Lucene classic syntax): words must all occur (AND), in the title, summary or
 * text; {@code "a phrase"}; {@code OR}, {@code NOT}/{@code -}, {@code +}, parentheses;
 * {@code field:value} for {@code title}, {@code summary}, {@code text}, {@code id}, every facet
 * field ({@code year:1957}, {@code language:ru}, {@code fond:0102}…), {@code fileKey},
 * {@code opis}, {@code delo}, {@code papka}, {@code signatory}, {@code addressee},
 * {@code date} ({@code date:1957}, {@code date:[1955 TO 1957-06]}); {@code ref:"AVPRF F. 0102, Op. 14"}
 * for every record whose reference lies at or under that archival level, in any citation style;
 * {@code layer:original} (or {@code translator}, {@code archival-addition}, {@code editorial},
 * {@code platform}) looks for the query's words in that layer of the text only, {@code -layer:translator}
 * in every layer but the translator's; {@code text_translator:…} and the other layer fields search one
 * layer by name; {@code *} at the end of a word; {@code ~} for fuzzy words.
 *
 * <p>Names: a quoted phrase, or a run of words, that the index's name authority knows as a whole
 * name is searched in every form the authority knows ({@code Kim Ir Sen} also finds {@code 김일성});
 * {@link #withExact(boolean) exact} turns this off.
 *
 * <p>Filters ({@link #withFilter}) keep the records having any of the values given for a field, for
 * every field filtered; a filtered field's own facet counts ignore its own filter (drill sideways), so a
 * reader sees the other values they can add.
 */
public record SearchRequest(String query, int limit, List<String> facets, SortOrder sort, String cursor,
                            Map<String, List<String>> filters, boolean exact) {
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 10_000;
    /** The fields a request may count values of and filter by. */
    public static final List<String> FACET_FIELDS = List.of("year", "decade", "repository", "fond", "language",
            "type", "translator", "classification", "sourceFormat", "person", "organization", "place");
    /** The facet fields whose values are authority ids: their counts carry the authority's labels. */
    public static final List<String> ENTITY_FIELDS = List.of("person", "organization", "place");
    /** The facet fields that count periods: their values come back in time order, as a histogram. */
    public static final List<String> PERIOD_FIELDS = List.of("year", "decade");

    public SearchRequest {
        query = query == null ? "" : query;
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 0 and " + MAX_LIMIT + ", was " + limit);
        }
        facets = facets == null ? List.of() : List.copyOf(facets);
        for (String f : facets) {
            checkFacetField(f);
        }
        sort = Objects.requireNonNullElse(sort, SortOrder.RELEVANCE);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (filters != null) {
            filters.forEach((field, values) -> {
                checkFacetField(field);
                List<String> kept = values == null ? List.of()
                        : values.stream().filter(v -> v != null && !v.isEmpty()).distinct().toList();
                if (!kept.isEmpty()) {
                    copy.put(field, kept);
                }
            });
        }
        filters = Collections.unmodifiableMap(copy);
    }

    public SearchRequest(String query, int limit, List<String> facets, SortOrder sort, String cursor) {
        this(query, limit, facets, sort, cursor, Map.of(), false);
    }

    public SearchRequest(String query, int limit) {
        this(query, limit, List.of(), SortOrder.RELEVANCE, null);
    }

    private static void checkFacetField(String f) {
        if (!FACET_FIELDS.contains(f)) {
            throw new IllegalArgumentException("'" + f + "' is not a facet field; the facet fields are "
                    + String.join(", ", FACET_FIELDS));
        }
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, DEFAULT_LIMIT);
    }

    public SearchRequest withLimit(int newLimit) {
        return new SearchRequest(query, newLimit, facets, sort, cursor, filters, exact);
    }

    /**
     * Counts the values of these fields (see {@link #FACET_FIELDS}) over all matching records: by
     * count, then by value; {@link #PERIOD_FIELDS} by value, in time order.
     */
    public SearchRequest withFacets(List<String> fields) {
        return new SearchRequest(query, limit, fields, sort, cursor, filters, exact);
    }

    public SearchRequest withFacets(String... fields) {
        return withFacets(List.of(fields));
    }

    public SearchRequest withSort(SortOrder order) {
        return new SearchRequest(query, limit, facets, order, cursor, filters, exact);
    }

    /**
     * Resumes after the last hit of an earlier page: pass its {@link SearchResult#nextCursor()}, with
     * the same query and sort. Records added meanwhile do not shift the pages, as an offset would.
     */
    public SearchRequest withCursor(String nextCursor) {
        return new SearchRequest(query, limit, facets, sort, nextCursor, filters, exact);
    }

    /**
     * Keeps only records having any of {@code values} (exactly, as facet counts show them) in facet
     * {@code field}, in addition to the filters of other fields; replaces an earlier filter on the
     * same field, and no values removes it.
     */
    public SearchRequest withFilter(String field, List<String> values) {
        Map<String, List<String>> next = new LinkedHashMap<>(filters);
        next.put(field, values);
        return new SearchRequest(query, limit, facets, sort, cursor, next, exact);
    }

    public SearchRequest withFilter(String field, String... values) {
        return withFilter(field, List.of(values));
    }

    /** True: names are searched only as typed, without the authority's other forms. */
    public SearchRequest withExact(boolean asTyped) {
        return new SearchRequest(query, limit, facets, sort, cursor, filters, asTyped);
    }

    /** A blank query or a lone {@code *}: every record, listed by date. */
    public boolean matchesAll() {
        String q = query.strip();
        return q.isEmpty() || q.equals("*") || q.equals("*:*");
    }
}
