package org.fond.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.fond.search.FacetCount;
import org.fond.search.Hit;
import org.fond.search.SearchResult;

/**
 * The documents of any query (or entity, through its facet filter) in time: the years as bars,
 * zoomed by link into the months of one year and one month's documents; beside them the dated events
 * the query's documents name in the period shown ({@link TimelineEvents}). Everything is in the URL
 * ({@code q}, {@code f}, {@code exact}, {@code year}, {@code month}), so the page works without script.
 */
record Timeline(SearchState state, String year, String month, List<Bar> bars, long total, List<Hit> documents,
                String zoomOutUrl, List<TimelineEvents.Event> events) {
    static final int DOCUMENTS = 50;
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    /** One period: its value ({@code 1957}, {@code 1957-03}), what a reader sees, and its documents. */
    record Bar(String period, String label, long count, int height, String url, boolean current) {
    }

    static Timeline of(Context ctx, Holdings holdings) {
        SearchState asked = SearchState.from(ctx, DOCUMENTS);
        SearchState state = new SearchState(asked.q(), asked.filters(), "relevance", null, DOCUMENTS, asked.exact());
        String year = ctx.queryParam("year");
        String month = ctx.queryParam("month");
        if (year != null && !year.matches("\\d{4}")) {
            throw Problem.badRequest("year must be four digits, not " + year);
        }
        if (month != null) {
            if (year == null || !month.matches("0?[1-9]|1[0-2]")) {
                throw Problem.badRequest("month must be 1 to 12, with a year");
            }
            month = String.format("%02d", Integer.parseInt(month));
        }
        return of(holdings, state, year, month);
    }

    static Timeline of(Holdings holdings, SearchState state, String year, String month) {
        SearchState byDate = state.withSort("date");
        if (year == null) {
            SearchResult r = byDate.run(holdings, List.of("year"));
            List<Bar> bars = bars(r.facets().getOrDefault("year", List.of()), y -> url(state, y, null));
            return new Timeline(state, null, null, bars, r.total(), r.hits(), null, events(holdings, state, null));
        }
        List<FacetCount> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            String period = year + "-" + String.format("%02d", m);
            long count = new SearchState(state.q(), state.filters(), "relevance", null, 0, state.exact())
                    .withFilter(monthClause(period)).run(holdings, List.of()).total();
            months.add(new FacetCount(period, count, MONTHS[m - 1].substring(0, 3)));
        }
        long max = months.stream().mapToLong(FacetCount::count).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (FacetCount c : months) {
            String mm = c.value().substring(5);
            bars.add(new Bar(c.value(), c.label(), c.count(), height(c.count(), max), url(state, year, mm), mm.equals(month)));
        }
        String clause = month == null ? "date:" + year : monthClause(year + "-" + month);
        SearchResult r = byDate.withFilter(clause).run(holdings, List.of());
        return new Timeline(state, year, month, bars, r.total(), r.hits(),
                month == null ? url(state, null, null) : url(state, year, null),
                events(holdings, state, month == null ? year : year + "-" + month));
    }

    /** The events named in {@code period} by the query's most relevant documents, whatever their own dates. */
    private static List<TimelineEvents.Event> events(Holdings holdings, SearchState state, String period) {
        SearchState best = new SearchState(state.q(), state.filters(), "relevance", null, TimelineEvents.DOCUMENTS_READ,
                state.exact());
        return TimelineEvents.of(holdings, best.run(holdings, List.of()).hits(), period);
    }

    private static String monthClause(String period) {
        return "date:[" + period + " TO " + period + "]";
    }

    /** Year counts as bars in time order, each linking where {@code url} says. */
    static List<Bar> bars(List<FacetCount> years, Function<String, String> url) {
        List<FacetCount> sorted = new ArrayList<>(years);
        sorted.sort(Comparator.comparing(FacetCount::value));
        long max = sorted.stream().mapToLong(FacetCount::count).max().orElse(0);
        return sorted.stream().map(c -> new Bar(c.value(), c.value(), c.count(), height(c.count(), max),
                url.apply(c.value()), false)).toList();
    }

    /** A tenth of the tallest, as a class: the CSP allows no inline styles. */
    private static int height(long count, long max) {
        return count == 0 ? 0 : (int) Math.max(1, Math.round(10.0 * count / Math.max(1, max)));
    }

    static String url(SearchState state, String year, String month) {
        StringBuilder b = new StringBuilder("/timeline");
        String q = state.queryString(DOCUMENTS);
        b.append(q.isEmpty() ? "" : "?" + q);
        if (year != null) {
            b.append(q.isEmpty() ? "?" : "&").append("year=").append(year);
            if (month != null) {
                b.append("&month=").append(month);
            }
        }
        return b.toString();
    }

    /** The same query on the network page, and in the search page. */
    public String networkUrl() {
        String q = state.queryString(DOCUMENTS);
        return "/network" + (q.isEmpty() ? "" : "?" + q);
    }

    public String searchUrl() {
        return SearchPage.url(new SearchState(state.q(), state.filters(), "relevance", null, Pages.PAGE_SIZE, state.exact()));
    }

    /** The period shown, in words. */
    public String heading() {
        if (year == null) {
            return "All years";
        }
        return month == null ? year : MONTHS[Integer.parseInt(month) - 1] + " " + year;
    }
}
