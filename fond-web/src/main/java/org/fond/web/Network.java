package org.fond.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fond.search.FacetCount;
import org.fond.search.SearchRequest;
import org.fond.search.SearchResult;

/**
 * The people most mentioned by a query's documents and how often each two are mentioned together,
 * computed on the server from facet counts: one count of the people over the query, then, for each of
 * the top people, the people counted over the query's documents that mention them. Laid out on a
 * circle so the page can draw it as SVG with no script.
 */
record Network(SearchState state, long total, List<Node> nodes, List<Edge> edges) {
    static final int DEFAULT_SIZE = 15;
    static final int MAX_SIZE = 40;
    static final int CANVAS = 600;

    record Node(String id, String label, long count, int x, int y, int labelX, String anchor, String url) {
    }

    record Edge(String source, String target, long weight, int x1, int y1, int x2, int y2, int width) {
    }

    static Network of(Context ctx, Holdings holdings) {
        SearchState asked = SearchState.from(ctx, 0);
        String n = ctx.queryParam("n");
        int size;
        try {
            size = n == null || n.isBlank() ? DEFAULT_SIZE : Integer.parseInt(n.strip());
        } catch (NumberFormatException e) {
            throw Problem.badRequest("n must be a whole number, not " + n);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw Problem.badRequest("n must be between 1 and " + MAX_SIZE + ", was " + size);
        }
        return of(holdings, new SearchState(asked.q(), asked.filters(), "relevance", null, 0, asked.exact()), size);
    }

    static Network of(Holdings holdings, SearchState state, int size) {
        // checks the query and its filters, answering a syntax error as a 400 with its position
        SearchResult top = state.run(holdings, List.of());
        List<FacetCount> people = count(holdings, state, null).stream().limit(size).toList();
        List<Node> nodes = new ArrayList<>();
        Map<String, Node> byId = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            FacetCount p = people.get(i);
            double angle = 2 * Math.PI * i / people.size() - Math.PI / 2;
            int x = (int) Math.round(CANVAS / 2.0 + 200 * Math.cos(angle));
            int y = (int) Math.round(CANVAS / 2.0 + 200 * Math.sin(angle));
            boolean right = Math.cos(angle) >= -1e-9;
            Node node = new Node(p.value(), p.label(), p.count(), x, y, right ? x + 10 : x - 10, right ? "start" : "end",
                    "/entities/" + p.value());
            nodes.add(node);
            byId.put(p.value(), node);
        }
        List<Edge> edges = new ArrayList<>();
        long heaviest = 1;
        List<long[]> weights = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node a = nodes.get(i);
            for (FacetCount c : count(holdings, state, SearchState.filter("person", a.id()))) {
                Node b = byId.get(c.value());
                int j = nodes.indexOf(b);
                if (b != null && j > i && c.count() > 0) {
                    weights.add(new long[] {i, j, c.count()});
                    heaviest = Math.max(heaviest, c.count());
                }
            }
        }
        for (long[] w : weights) {
            Node a = nodes.get((int) w[0]);
            Node b = nodes.get((int) w[1]);
            edges.add(new Edge(a.id(), b.id(), w[2], a.x(), a.y(), b.x(), b.y(), (int) Math.max(1, Math.round(6.0 * w[2] / heaviest))));
        }
        edges.sort(java.util.Comparator.comparingLong(Edge::weight).reversed());
        return new Network(state, top.total(), nodes, edges);
    }

    /**
     * The people over the query's documents, and over those also matching {@code clause}. Every filter
     * is asked as a query clause: a filtered field's own counts ignore its filter (drill sideways),
     * which would count people beyond these documents.
     */
    private static List<FacetCount> count(Holdings holdings, SearchState state, String clause) {
        List<String> parts = new ArrayList<>();
        if (!state.q().isBlank()) {
            parts.add("(" + state.q() + ")");
        }
        state.filters().forEach(f -> parts.add("(" + f + ")"));
        if (clause != null) {
            parts.add("(" + clause + ")");
        }
        SearchRequest request = new SearchRequest(String.join(" AND ", parts), 0).withFacets("person")
                .withExact(state.exact());
        return holdings.search(request).facets().getOrDefault("person", List.of());
    }

    /** The edges of one node, heaviest first, for the list beside the drawing. */
    List<Edge> edgesOf(String id) {
        return edges.stream().filter(e -> e.source().equals(id) || e.target().equals(id)).toList();
    }

    /** The label of a node by id. */
    public String label(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).map(Node::label).findFirst().orElse(id);
    }

    public String timelineUrl() {
        return Timeline.url(new SearchState(state.q(), state.filters(), "relevance", null, Timeline.DOCUMENTS, state.exact()), null, null);
    }
}
