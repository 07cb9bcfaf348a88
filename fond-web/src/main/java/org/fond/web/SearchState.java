package org.fond.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fond.search.QuerySyntaxException;
import org.fond.search.SearchRequest;
import org.fond.search.SearchResult;
import org.fond.search.SortOrder;

/**
 * The whole state of a search as the URL holds it, for the API and the search page alike:
 * {@code q} (the query), {@code f} (filters, added by facet links and removed by chips: a facet
 * value {@code year:"1957"}, several values of one field meaning any of them, or any other clause of
 * the query language such as {@code date:[1955 TO 1957]}), {@code sort}, {@code cursor},
 * {@code limit} and {@code exact} (names only as typed, without the authority's other forms). Links
 * built here change one thing and keep the rest, so a page is shareable and the back button works.
 */
public record SearchState(String q, List<String> filters, String sort, String cursor, int limit, boolean exact) {
    public static final List<String> SORTS = List.of("relevance", "date", "date-desc");
    /** Hits one answer may hold: each is highlighted, so a web request may not ask for the index's whole maximum. */
    public static final int MAX_LIMIT = 1000;

    public SearchState {
        q = q == null ? "" : q;
        filters = filters == null ? List.of() : filters.stream().filter(f -> !f.isBlank()).distinct().toList();
        sort = sort == null || sort.isBlank() ? "relevance" : sort.toLowerCase(Locale.ROOT);
        if (!SORTS.contains(sort)) {
            throw Problem.badRequest("sort must be one of " + String.join(", ", SORTS) + ", not " + sort);
        }
        cursor = cursor == null || cursor.isBlank() ? null : cursor;
        if (limit < 0 || limit > MAX_LIMIT) {
            throw Problem.badRequest("limit must be between 0 and " + MAX_LIMIT + ", was " + limit);
        }
    }

    public static SearchState from(Context ctx, int defaultLimit) {
        String limit = ctx.queryParam("limit");
        int n;
        try {
            n = limit == null || limit.isBlank() ? defaultLimit : Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            throw Problem.badRequest("limit must be a whole number, not " + limit);
        }
        return new SearchState(ctx.queryParam("q"), ctx.queryParams("f"), ctx.queryParam("sort"),
                ctx.queryParam("cursor"), n, Boolean.parseBoolean(ctx.queryParam("exact")));
    }

    public SortOrder sortOrder() {
        return switch (sort) {
            case "date" -> SortOrder.DATE_ASCENDING;
            case "date-desc" -> SortOrder.DATE_DESCENDING;
            default -> SortOrder.RELEVANCE;
        };
    }

    private static final Pattern FACET_FILTER = Pattern.compile("^(\\w+):\"((?:[^\"\\\\]|\\\\.)*)\"$");

    /** A filter that names one value of a facet field, as a facet link writes it; else null. */
    static Map.Entry<String, String> facetFilter(String clause) {
        Matcher m = FACET_FILTER.matcher(clause);
        if (m.matches() && SearchRequest.FACET_FIELDS.contains(m.group(1))) {
            return Map.entry(m.group(1), m.group(2).replaceAll("\\\\(.)", "$1"));
        }
        return null;
    }

    /** The filters that are clauses of the query language rather than facet values. */
    List<String> clauses() {
        return filters.stream().filter(f -> facetFilter(f) == null).toList();
    }

    /** The query the index is asked: {@code q} and every filter clause, all required. */
    public String effectiveQuery() {
        String base = q.strip();
        List<String> clauses = clauses();
        if (clauses.isEmpty()) {
            return base;
        }
        StringBuilder b = new StringBuilder();
        if (!base.isEmpty()) {
            b.append('(').append(base).append(')');
        }
        for (String f : clauses) {
            b.append(b.isEmpty() ? "" : " AND ").append('(').append(f).append(')');
        }
        return b.toString();
    }

    public SearchRequest request(List<String> facets) {
        SearchRequest r;
        try {
            r = new SearchRequest(effectiveQuery(), limit).withFacets(facets).withSort(sortOrder()).withExact(exact);
            Map<String, List<String>> byField = new LinkedHashMap<>();
            for (String f : filters) {
                Map.Entry<String, String> value = facetFilter(f);
                if (value != null) {
                    byField.computeIfAbsent(value.getKey(), k -> new ArrayList<>()).add(value.getValue());
                }
            }
            for (Map.Entry<String, List<String>> e : byField.entrySet()) {
                r = r.withFilter(e.getKey(), e.getValue());
            }
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest(e.getMessage());
        }
        return cursor == null ? r : r.withCursor(cursor);
    }

    /**
     * Runs this search. With filters, {@code q} and each filter are first checked alone, so that
     * an unbalanced {@code q} cannot join with a filter into another query, and a query error is
     * reported as a 400 problem whose {@code position} points into the parameter at fault.
     */
    public SearchResult run(Holdings holdings, List<String> facets) {
        if (!clauses().isEmpty()) {
            if (!q.isBlank()) {
                check(holdings, "q", q);
            }
            clauses().forEach(f -> check(holdings, "f", f));
        }
        try {
            return holdings.search(request(facets));
        } catch (QuerySyntaxException e) {
            throw problem("q", q, e);
        } catch (IllegalArgumentException e) {
            // a cursor from another query, or a damaged one
            throw Problem.badRequest(e.getMessage());
        }
    }

    private static void check(Holdings holdings, String parameter, String query) {
        try {
            holdings.search(new SearchRequest(query, 0));
        } catch (QuerySyntaxException e) {
            throw problem(parameter, query, e);
        }
    }

    private static Problem problem(String parameter, String query, QuerySyntaxException e) {
        return new Problem(400, "/problems/query-syntax", "The query cannot be read", e.getMessage(),
                Map.of("parameter", parameter, "position", e.position(), "query", query));
    }

    /** A query-language phrase holding {@code text} literally. */
    static String phrase(String text) {
        return '"' + text.strip().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** The filter clause a facet link adds: {@code field:"value"}. */
    public static String filter(String field, String value) {
        return field + ":" + phrase(value);
    }

    public SearchState withFilter(String clause) {
        List<String> more = new ArrayList<>(filters);
        more.add(clause);
        return new SearchState(q, more, sort, null, limit, exact);
    }

    public SearchState withoutFilter(String clause) {
        return new SearchState(q, filters.stream().filter(f -> !f.equals(clause)).toList(), sort, null, limit, exact);
    }

    public SearchState withSort(String newSort) {
        return new SearchState(q, filters, newSort, null, limit, exact);
    }

    public SearchState withCursor(String newCursor) {
        return new SearchState(q, filters, sort, newCursor, limit, exact);
    }

    public SearchState withExact(boolean newExact) {
        return new SearchState(q, filters, sort, null, limit, newExact);
    }

    /** The query string of this state (without {@code ?}), leaving out what is at its default. */
    public String queryString(int defaultLimit) {
        List<String> parts = new ArrayList<>();
        if (!q.isEmpty()) {
            parts.add("q=" + encode(q));
        }
        filters.forEach(f -> parts.add("f=" + encode(f)));
        if (!sort.equals("relevance")) {
            parts.add("sort=" + encode(sort));
        }
        if (exact) {
            parts.add("exact=true");
        }
        if (limit != defaultLimit) {
            parts.add("limit=" + limit);
        }
        if (cursor != null) {
            parts.add("cursor=" + encode(cursor));
        }
        return String.join("&", parts);
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
