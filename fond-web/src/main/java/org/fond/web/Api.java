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
import org.fond.search.SearchRequest;
import org.fond.search.SearchResult;
import org.fond.store.json.RecordJson;

/** The handlers of {@code /api/…}: each answers JSON as documented in {@code openapi.json}. */
final class Api {
    static final int DEFAULT_LIMIT = 20;
    private final Holdings holdings;
    private final Citations citations;
    private final byte[] openApi;

    Api(Holdings holdings, Citations citations) {
        this.holdings = holdings;
        this.citations = citations;
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
        ctx.json(ApiJson.stats(holdings.catalog(), holdings.indexed()));
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
