package org.fond.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fond.search.CacheStats;
import org.fond.search.SearchRequest;
import org.fond.search.SearchResult;
import org.fond.store.json.RecordJson;

/** The handlers of {@code /api/…}: each answers JSON as documented in {@code openapi.json}. */
final class Api {
    static final int DEFAULT_LIMIT = 20;
    private final Holdings holdings;
    private final PageCache pages;
    private final Citations citations;
    private final byte[] openApi;
    private final Entities entities;

    Api(Holdings holdings, Citations citations, PageCache pages) {
        this.holdings = holdings;
        this.pages = pages;
        this.citations = citations;
        this.entities = new Entities(holdings);
        try (InputStream in = Api.class.getResourceAsStream("/fond-web/openapi.json")) {
            this.openApi = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void openApi(Context ctx) {
        ctx.contentType("application/json").result(openApi);
    }

    /** Every record, by date, a page at a time; {@code cursor} continues where the last page ended. */
    void records(Context ctx) {
        SearchState state = new SearchState("", List.of(), "date", ctx.queryParam("cursor"), limit(ctx), false);
        ctx.json(ApiJson.records(run(state, List.of())));
    }

    void record(Context ctx) {
        String id = ctx.pathParam("id");
        String json = holdings.recordJson(id).orElseThrow(() -> Problem.notFound("no record " + id));
        // the record JSON is deterministic, so its digest changes exactly when the record does
        String etag = "\"" + sha256(json) + "\"";
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", "no-cache");
        if (matches(ctx.header("If-None-Match"), etag)) {
            ctx.status(304);
            return;
        }
        ctx.contentType("application/json").result(json);
    }

    static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .anyMatch(t -> t.equals("*") || t.equals(etag) || t.equals("W/" + etag));
    }

    void search(Context ctx) {
        SearchState state = SearchState.from(ctx, DEFAULT_LIMIT);
        ctx.json(ApiJson.search(state, run(state, facetFields(ctx, List.of()))));
    }

    /** Counts only: every facet field unless {@code facet} names some. */
    void facets(Context ctx) {
        SearchState state = SearchState.from(ctx, 0);
        SearchResult result = run(new SearchState(state.q(), state.filters(), "relevance", null, 0, state.exact()),
                facetFields(ctx, SearchRequest.FACET_FIELDS));
        ObjectNode o = RecordJson.mapper().createObjectNode();
        o.put("query", state.q());
        o.put("total", result.total());
        o.set("facets", ApiJson.facets(result));
        ctx.json(o);
    }

    void browse(Context ctx) {
        ctx.json(ApiJson.browse(holdings.browse(browsePath(ctx.queryParam("path")))));
    }

    void stats(Context ctx) {
        List<CacheStats> caches = new ArrayList<>(holdings.caches());
        caches.add(pages.stats());
        ctx.json(ApiJson.stats(holdings.catalog(), holdings.indexed(), caches));
    }

    void cite(Context ctx) {
        String id = ctx.pathParam("id");
        String json = holdings.recordJson(id).orElseThrow(() -> Problem.notFound("no record " + id));
        Citations.Style style = Citations.Style.parse(ctx.queryParamAsClass("style", String.class).getOrDefault("wcda"));
        ctx.contentType(style.mediaType() + "; charset=utf-8").result(citations.format(RecordJson.parse(json), style));
    }

    /** Ingests the request body as one file named {@code name}; the write guard has checked the token. */
    void ingest(Context ctx) {
        String name = ctx.queryParam("name");
        if (name == null || name.isBlank()) {
            throw Problem.badRequest("name (the file name, which tells the format) is required");
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw Problem.badRequest("the request body (the file) is empty");
        }
        Holdings.IngestOutcome outcome;
        try {
            outcome = holdings.ingest(name, body);
        } catch (UnsupportedOperationException e) {
            throw new Problem(501, "/problems/not-implemented", "Cannot ingest", e.getMessage());
        }
        ObjectNode o = RecordJson.mapper().createObjectNode();
        o.put("records", outcome.records()).put("added", outcome.added()).put("changed", outcome.changed());
        outcome.rejections().forEach(o.putArray("rejections")::add);
        if (outcome.rejections().isEmpty()) {
            o.putArray("rejections");
        }
        ctx.status(outcome.records() == 0 ? 422 : 200).json(o);
    }

    /** One entity: its authority record joined with what the index knows of it. */
    void entity(Context ctx) {
        var r = entities.require(ctx.pathParam("id"));
        ctx.json(entities.json(r, entities.mentioned(r)));
    }

    /** The entities a name names: whole names in any form first, then labels holding the words. */
    void entities(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw Problem.badRequest("q (a name, or part of one) is required");
        }
        ObjectNode o = RecordJson.mapper().createObjectNode();
        o.put("query", q);
        var found = o.putArray("entities");
        for (var r : entities.lookup(q, Math.max(1, Math.min(limit(ctx), 100)))) {
            found.addObject().put("id", r.id()).put("type", Entities.field(r.type())).put("label", r.label())
                    .put("disambiguation", r.disambiguation()).put("url", "/api/entities/" + r.id());
        }
        ctx.json(o);
    }

    void timeline(Context ctx) {
        Timeline t = Timeline.of(ctx, holdings);
        ObjectNode o = RecordJson.mapper().createObjectNode();
        o.put("query", t.state().q());
        t.state().filters().forEach(o.putArray("filters")::add);
        if (t.state().filters().isEmpty()) {
            o.putArray("filters");
        }
        o.put("year", t.year()).put("month", t.month()).put("total", t.total());
        var buckets = o.putArray("buckets");
        t.bars().forEach(b -> buckets.addObject().put("period", b.period()).put("count", b.count()));
        var docs = o.putArray("documents");
        t.documents().forEach(h -> docs.addObject().put("id", h.recordId()).put("title", h.title()).put("date", h.date())
                .put("url", "/api/records/" + h.recordId()));
        var events = o.putArray("events");
        t.events().forEach(e -> events.addObject().put("date", e.date()).put("surface", e.surface())
                .put("modality", e.modality()).put("context", e.before() + e.surface() + e.after())
                .put("record", e.recordId()).put("title", e.title()).put("url", "/api/records/" + e.recordId()));
        ctx.json(o);
    }

    void network(Context ctx) {
        Network n = Network.of(ctx, holdings);
        ObjectNode o = RecordJson.mapper().createObjectNode();
        o.put("query", n.state().q());
        n.state().filters().forEach(o.putArray("filters")::add);
        if (n.state().filters().isEmpty()) {
            o.putArray("filters");
        }
        o.put("total", n.total());
        var nodes = o.putArray("nodes");
        n.nodes().forEach(x -> nodes.addObject().put("id", x.id()).put("label", x.label()).put("count", x.count())
                .put("url", "/api/entities/" + x.id()));
        var edges = o.putArray("edges");
        n.edges().forEach(e -> edges.addObject().put("source", e.source()).put("target", e.target()).put("weight", e.weight()));
        ctx.json(o);
    }

    /** Mentions in texts, as {@code fond annotate} finds them; the write guard has checked the token. */
    void annotate(Context ctx) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw Problem.badRequest("the request body is empty: send a JSON array or JSON lines of {\"id\", \"text\"}");
        }
        List<Annotations.Item> items = Annotations.items(body);
        var finder = holdings.mentionFinder();
        List<ObjectNode> answers = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            answers.add(Annotations.answer(items.get(i), i + 1, finder));
        }
        if (Annotations.isArray(body)) {
            var array = RecordJson.mapper().createArrayNode();
            answers.forEach(array::add);
            ctx.json(array);
        } else {
            StringBuilder out = new StringBuilder();
            answers.forEach(a -> out.append(a.toString()).append('\n'));
            ctx.contentType("application/x-ndjson; charset=utf-8").result(out.toString());
        }
    }

    private SearchResult run(SearchState state, List<String> facets) {
        return state.run(holdings, facets);
    }

    private static int limit(Context ctx) {
        String limit = ctx.queryParam("limit");
        try {
            int n = limit == null ? DEFAULT_LIMIT : Integer.parseInt(limit.strip());
            if (n < 0 || n > 1000) {
                throw Problem.badRequest("limit must be between 0 and 1000, was " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw Problem.badRequest("limit must be a whole number, not " + limit);
        }
    }

    private static List<String> facetFields(Context ctx, List<String> otherwise) {
        List<String> fields = new ArrayList<>();
        for (String f : ctx.queryParams("facet")) {
            for (String one : f.split(",")) {
                if (!one.isBlank()) {
                    fields.add(one.strip());
                }
            }
        }
        List<String> chosen = fields.isEmpty() ? otherwise : fields;
        for (String f : chosen) {
            if (!SearchRequest.FACET_FIELDS.contains(f)) {
                throw Problem.badRequest("'" + f + "' is not a facet field; the facet fields are "
                        + String.join(", ", SearchRequest.FACET_FIELDS));
            }
        }
        return chosen;
    }

    static List<String> browsePath(String path) {
        return path == null || path.isBlank() ? List.of() : List.of(path.replaceAll("^/+|/+$", "").split("/+"));
    }
}
