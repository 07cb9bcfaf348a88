package org.fond.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fond.search.Browse;
import org.fond.search.FacetCount;
import org.fond.search.Hit;
import org.fond.search.SearchRequest;
import org.fond.search.SearchResult;
import org.fond.store.CatalogStats;
import org.fond.store.json.RecordJson;

/** The handlers of the pages: each gathers a model and renders one template. */
final class Pages {
    static final int PAGE_SIZE = 10;
    private static final int MAX_LISTED = 200;
    private final Holdings holdings;
    private final Templates templates;
    private final Citations citations;
    private final Entities entities;
    private final PageCache pages;

    Pages(Holdings holdings, Templates templates, Citations citations, PageCache pages) {
        this.holdings = holdings;
        this.pages = pages;
        this.entities = new Entities(holdings);
        this.templates = templates;
        this.citations = citations;
    }

    void search(Context ctx) {
        SearchState state = SearchState.from(ctx, PAGE_SIZE);
        Map<String, Object> model = new HashMap<>();
        model.put("title", state.q().isBlank() ? "Search" : state.q() + " – Search");
        model.put("state", state);
        model.put("page", SearchPage.chips(state, Map.of()));
        // the timeline and network of the same query and filters
        model.put("exploreQuery", new SearchState(state.q(), state.filters(), "relevance", null, Timeline.DOCUMENTS,
                state.exact()).queryString(Timeline.DOCUMENTS));
        try {
            SearchResult result = state.run(holdings, SearchRequest.FACET_FIELDS);
            model.put("result", SearchPage.of(state, result));
            model.put("page", SearchPage.chips(state, result.facets()));
        } catch (Problem p) {
            if (p.status() != 400) {
                throw p;
            }
            ctx.status(400);
            model.put("queryError", p);
            if (p.extensions().get("position") instanceof Integer at && "q".equals(p.extensions().get("parameter"))) {
                model.put("caretPad", " ".repeat(at));
            }
        }
        html(ctx, templates.render("search", model));
    }

    void record(Context ctx) {
        String id = ctx.pathParam("id");
        String view = ctx.queryParamAsClass("view", String.class).getOrDefault("translated");
        if (!List.of("original", "translated", "apparatus").contains(view)) {
            throw Problem.badRequest("view must be original, translated or apparatus, not " + view);
        }
        ctx.contentType("text/html; charset=utf-8").result(pages.page(id, view, holdings.state(),
                () -> renderRecord(id, view)));
    }

    /** The reading view of a record: its header, body, side panels and citations. */
    private String renderRecord(String id, String view) {
        String json = holdings.recordJson(id).orElseThrow(() -> Problem.notFound("no record " + id));
        JsonNode r = RecordJson.parse(json);
        Map<String, Object> model = RecordPage.model(r, view);
        model.put("body", ReadingView.html(r, holdings.authority()));
        model.put("mentioned", RecordPage.mentioned(r, holdings.authority()));
        model.put("sameFile", sameFile(r));
        model.put("sameDay", sameDay(r));
        model.put("related", related(r));
        model.put("citeWcda", citations.format(r, Citations.Style.WCDA));
        model.put("citeChicago", citations.format(r, Citations.Style.CHICAGO));
        model.put("citeBibtex", citations.format(r, Citations.Style.BIBTEX));
        return templates.render("record", model);
    }

    /** Other documents of the same archival file, by date and folio, from the index. */
    private List<Map<String, String>> sameFile(JsonNode r) {
        String self = r.path("id").asText();
        return listed(holdings.sameFile(self).stream().filter(h -> !h.recordId().equals(self)).limit(20).toList());
    }

    /** The documents most like this one by their distinctive words. */
    private List<Map<String, String>> related(JsonNode r) {
        return listed(holdings.moreLikeThis(r.path("id").asText(), 5));
    }

    private static List<Map<String, String>> listed(List<Hit> hits) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Hit h : hits) {
            out.add(Map.of("id", h.recordId(), "title", nz(h.title()), "date", nz(h.date())));
        }
        return out;
    }

    /** Other records dated the same day (only for a date known to the day). */
    private List<Map<String, String>> sameDay(JsonNode r) {
        String edtf = r.path("date").path("edtf").asText("");
        if (!edtf.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return List.of();
        }
        String self = r.path("id").asText();
        List<Map<String, String>> out = new ArrayList<>();
        for (Hit h : holdings.search(new SearchRequest("date:" + edtf, 21)).hits()) {
            if (!h.recordId().equals(self) && out.size() < 20) {
                out.add(Map.of("id", h.recordId(), "title", nz(h.title()), "date", nz(h.date())));
            }
        }
        return out;
    }

    void browse(Context ctx) {
        List<String> path = Api.browsePath(ctx.queryParam("path"));
        Browse browse = holdings.browse(path);
        if (!path.isEmpty() && browse.children().isEmpty() && browse.recordIds().isEmpty()) {
            throw Problem.notFound("nothing is filed under " + String.join("/", path));
        }
        List<Map<String, String>> crumbs = new ArrayList<>();
        for (int i = 0; i < path.size(); i++) {
            crumbs.add(Map.of("label", path.get(i), "path", String.join("/", path.subList(0, i + 1))));
        }
        String prefix = path.isEmpty() ? "" : String.join("/", path) + "/";
        List<Map<String, Object>> children = new ArrayList<>();
        for (FacetCount c : browse.children()) {
            children.add(Map.of("label", c.value(), "path", prefix + c.value(), "count", c.count()));
        }
        List<Map<String, String>> records = new ArrayList<>();
        for (String id : browse.recordIds().subList(0, Math.min(MAX_LISTED, browse.recordIds().size()))) {
            JsonNode r = holdings.recordJson(id).map(RecordJson::parse).orElse(null);
            records.add(Map.of("id", id, "title", r == null ? id : r.path("title").asText(id),
                    "date", r == null ? "" : r.path("date").path("display").asText("")));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("title", path.isEmpty() ? "Browse the holdings" : String.join(" / ", path) + " – Browse");
        model.put("crumbs", crumbs);
        model.put("level", List.of("repository", "fond", "opis", "delo", "level").get(Math.min(path.size(), 4)));
        model.put("children", children);
        model.put("records", records);
        model.put("moreRecords", Math.max(0, browse.recordIds().size() - MAX_LISTED));
        html(ctx, templates.render("browse", model));
    }

    void about(Context ctx) {
        CatalogStats stats = holdings.catalog();
        Map<String, Object> model = new HashMap<>();
        model.put("title", "About this archive");
        model.put("records", stats.records());
        model.put("indexed", holdings.indexed());
        model.put("originals", stats.originals());
        model.put("bySource", new TreeMap<>(stats.recordsBySourceFormat()));
        Map<String, Long> byRepository = new TreeMap<>();
        stats.recordsByRepository().forEach((k, v) -> byRepository.put(k.isEmpty() ? "(no repository)" : k, v));
        model.put("byRepository", byRepository);
        html(ctx, templates.render("about", model));
    }

    /** A person, organization or place; a merged one sends the reader on to the record it went into. */
    void entity(Context ctx) {
        var r = entities.require(ctx.pathParam("id"));
        if (r.status().isMerged()) {
            ctx.redirect("/entities/" + r.status().mergedInto(), io.javalin.http.HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        html(ctx, templates.render("entity", EntityPage.model(r, entities.mentioned(r), holdings.authority())));
    }

    void timeline(Context ctx) {
        Timeline t = Timeline.of(ctx, holdings);
        Map<String, Object> model = new HashMap<>();
        model.put("title", (t.state().q().isBlank() ? "Timeline" : t.state().q() + " – Timeline"));
        model.put("t", t);
        model.put("eventsRead", TimelineEvents.DOCUMENTS_READ);
        model.put("chips", SearchPage.chips(t.state(), entityLabels(t.state())));
        html(ctx, templates.render("timeline", model));
    }

    void network(Context ctx) {
        Network n = Network.of(ctx, holdings);
        Map<String, Object> model = new HashMap<>();
        model.put("title", (n.state().q().isBlank() ? "Network" : n.state().q() + " – Network"));
        model.put("n", n);
        model.put("chips", SearchPage.chips(n.state(), entityLabels(n.state())));
        List<Map<String, Object>> people = new ArrayList<>();
        for (Network.Node node : n.nodes()) {
            List<Map<String, Object>> with = new ArrayList<>();
            for (Network.Edge e : n.edgesOf(node.id())) {
                String other = e.source().equals(node.id()) ? e.target() : e.source();
                with.add(Map.of("label", n.label(other), "url", "/entities/" + other, "weight", e.weight()));
            }
            people.add(Map.of("node", node, "with", with));
        }
        model.put("people", people);
        html(ctx, templates.render("network", model));
    }

    /** Facet-like counts naming the entities a state filters by, so its chips show names, not ids. */
    private Map<String, List<FacetCount>> entityLabels(SearchState state) {
        Map<String, List<FacetCount>> labels = new HashMap<>();
        for (String f : state.filters()) {
            Map.Entry<String, String> v = SearchState.facetFilter(f);
            if (v != null && SearchRequest.ENTITY_FIELDS.contains(v.getKey())) {
                labels.computeIfAbsent(v.getKey(), k -> new ArrayList<>())
                        .add(new FacetCount(v.getValue(), 0, holdings.authority().label(v.getValue())));
            }
        }
        return labels;
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    /** An HTML page, its charset said in the header as well as in the page. */
    static void html(io.javalin.http.Context ctx, String page) {
        ctx.contentType("text/html; charset=utf-8").result(page);
    }
}
