package org.fond.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.fond.core.model.Span;
import org.fond.search.FacetCount;
import org.fond.search.Hit;
import org.fond.search.SearchResult;
import org.fond.search.Snippet;

/**
 * What the search page shows, ready for the template: hits with their snippets cut into plain and
 * highlighted parts (the template escapes each part and wraps the highlighted ones in
 * {@code <mark>}), facets whose values are links, chips, sort links, the year histogram and paging.
 */
record SearchPage(long total, String took, List<HitView> hits, List<FacetView> facets, List<Bar> years,
                  List<Link> sorts, String nextUrl, String firstUrl) {
    static final Map<String, String> FACET_LABELS = Map.ofEntries(Map.entry("year", "Year"),
            Map.entry("decade", "Decade"), Map.entry("repository", "Repository"), Map.entry("fond", "Fond"),
            Map.entry("language", "Language"), Map.entry("type", "Type"), Map.entry("translator", "Translator"),
            Map.entry("classification", "Classification"), Map.entry("sourceFormat", "Source"),
            Map.entry("person", "People"), Map.entry("organization", "Organizations"), Map.entry("place", "Places"));
    private static final int FACET_VALUES = 12;

    record Part(String text, boolean marked) {
    }

    record HitView(String id, String title, String date, List<List<Part>> snippets) {
    }

    record Link(String label, String url, boolean active) {
    }

    /** {@code entityUrls}: for person, organization and place, each value's entity page; else empty. */
    record FacetView(String field, String label, List<Link> values, List<Long> counts, List<String> entityUrls) {
    }

    record Bar(String year, long count, int height, String url) {
    }

    record Chip(String label, String removeUrl) {
    }

    static SearchPage of(SearchState state, SearchResult result) {
        List<HitView> hits = new ArrayList<>();
        for (Hit h : result.hits()) {
            List<List<Part>> snippets = new ArrayList<>();
            for (Snippet s : h.snippets()) {
                snippets.add(parts(s));
            }
            hits.add(new HitView(h.recordId(), h.title() == null ? h.recordId() : h.title(),
                    h.date() == null ? "" : h.date(), snippets));
        }
        List<FacetView> facets = new ArrayList<>();
        result.facets().forEach((field, counts) -> {
            if (counts.isEmpty() || field.equals("year")) {
                return;
            }
            List<Link> values = new ArrayList<>();
            List<Long> numbers = new ArrayList<>();
            List<String> entityUrls = new ArrayList<>();
            for (FacetCount c : counts.subList(0, Math.min(FACET_VALUES, counts.size()))) {
                String clause = SearchState.filter(field, c.value());
                boolean active = state.filters().contains(clause);
                values.add(new Link(c.label(), url(active ? state.withoutFilter(clause) : state.withFilter(clause)), active));
                numbers.add(c.count());
                if (org.fond.search.SearchRequest.ENTITY_FIELDS.contains(field)) {
                    entityUrls.add("/entities/" + c.value());
                }
            }
            facets.add(new FacetView(field, FACET_LABELS.getOrDefault(field, field), values, numbers, entityUrls));
        });
        List<Link> sorts = List.of(new Link("Relevance", url(state.withSort("relevance")), state.sort().equals("relevance")),
                new Link("Oldest first", url(state.withSort("date")), state.sort().equals("date")),
                new Link("Newest first", url(state.withSort("date-desc")), state.sort().equals("date-desc")));
        String next = result.nextCursor() != null && result.hits().size() == state.limit()
                ? url(state.withCursor(result.nextCursor())) : null;
        String first = state.cursor() != null ? url(state.withCursor(null)) : null;
        return new SearchPage(result.total(), String.format(java.util.Locale.ROOT, "%.1f", result.tookMicros() / 1000.0),
                hits, facets, years(state, result.facets().get("year")), sorts, next, first);
    }

    /** The year facet as histogram bars, in year order, each a link that filters to its year. */
    private static List<Bar> years(SearchState state, List<FacetCount> counts) {
        if (counts == null || counts.isEmpty()) {
            return List.of();
        }
        List<FacetCount> byYear = new ArrayList<>(counts);
        byYear.sort(Comparator.comparing(FacetCount::value));
        long max = byYear.stream().mapToLong(FacetCount::count).max().orElse(1);
        List<Bar> bars = new ArrayList<>();
        for (FacetCount c : byYear) {
            // a tenth of the tallest, as a class: the CSP allows no inline styles
            int height = (int) Math.max(1, Math.round(10.0 * c.count() / max));
            bars.add(new Bar(c.value(), c.count(), height, url(state.withFilter(SearchState.filter("year", c.value())))));
        }
        return bars;
    }

    /** The active filters as chips, labelled as the facets label their values (an entity's name, not its id). */
    static List<Chip> chips(SearchState state, Map<String, List<FacetCount>> facets) {
        List<Chip> chips = new ArrayList<>();
        for (String f : state.filters()) {
            Map.Entry<String, String> value = SearchState.facetFilter(f);
            String label = f;
            if (value != null) {
                String shown = facets.getOrDefault(value.getKey(), List.of()).stream()
                        .filter(c -> c.value().equals(value.getValue())).map(FacetCount::label).findFirst()
                        .orElse(value.getValue());
                label = value.getKey() + ": " + shown;
            }
            chips.add(new Chip(label, url(state.withoutFilter(f))));
        }
        if (state.exact()) {
            chips.add(new Chip("names as typed", url(state.withExact(false))));
        }
        return chips;
    }

    static String url(SearchState state) {
        String q = state.queryString(Pages.PAGE_SIZE);
        return q.isEmpty() ? "/search" : "/search?" + q;
    }

    /** The snippet cut at its highlights (offsets into the snippet text, from the index). */
    static List<Part> parts(Snippet s) {
        List<Part> parts = new ArrayList<>();
        int at = 0;
        for (Span h : s.highlights()) {
            if (h.start() < at) {
                continue;
            }
            if (h.start() > at) {
                parts.add(new Part(s.text().substring(at, h.start()), false));
            }
            parts.add(new Part(s.text().substring(h.start(), h.end()), true));
            at = h.end();
        }
        if (at < s.text().length()) {
            parts.add(new Part(s.text().substring(at), false));
        }
        return parts;
    }
}
