package org.fond.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.fond.core.model.Span;
import org.fond.search.Browse;
import org.fond.search.CacheStats;
import org.fond.search.FacetCount;
import org.fond.search.Hit;
import org.fond.search.SearchResult;
import org.fond.search.Snippet;
import org.fond.store.CatalogStats;
import org.fond.store.json.RecordJson;

/** The JSON shapes of the API answers (each documented in {@code openapi.json}). */
public final class ApiJson {
    private ApiJson() {
    }

    static ObjectNode search(SearchState state, SearchResult result) {
        ObjectNode o = RecordJson.mapper().createObjectNode();
        o.put("query", state.q());
        state.filters().forEach(o.putArray("filters")::add);
        if (state.filters().isEmpty()) {
            o.putArray("filters");
        }
        o.put("exact", state.exact());
        o.put("sort", state.sort());
        o.put("total", result.total());
        o.put("tookMicros", result.tookMicros());
        ArrayNode hits = o.putArray("hits");
        for (Hit h : result.hits()) {
            hit(hits, h).put("url", "/api/records/" + h.recordId());
        }
        o.set("facets", facets(result));
        o.put("nextCursor", result.nextCursor());
        return o;
    }

    /** One hit as the API and {@code fond search --format json} write it: id, title, date, score, snippets with highlights. */
    public static ObjectNode hit(ArrayNode hits, Hit h) {
        ObjectNode hit = hits.addObject().put("id", h.recordId()).put("title", h.title()).put("date", h.date())
                .put("score", h.score());
        ArrayNode snippets = hit.putArray("snippets");
        for (Snippet s : h.snippets()) {
            ObjectNode sn = snippets.addObject().put("field", s.field()).put("text", s.text())
                    .put("start", s.start()).put("end", s.end());
            ArrayNode hl = sn.putArray("highlights");
            for (Span span : s.highlights()) {
                hl.addObject().put("start", span.start()).put("end", span.end());
            }
        }
        return hit;
    }

    static ObjectNode facets(SearchResult result) {
        ObjectNode facets = RecordJson.mapper().createObjectNode();
        result.facets().forEach((field, counts) -> facets.set(field, counts(counts)));
        return facets;
    }

    static ArrayNode counts(List<FacetCount> counts) {
        ArrayNode values = RecordJson.mapper().createArrayNode();
        counts.forEach(c -> values.addObject().put("value", c.value()).put("label", c.label()).put("count", c.count()));
        return values;
    }

    static ObjectNode records(SearchResult result) {
        ObjectNode o = RecordJson.mapper().createObjectNode();
        o.put("total", result.total());
        ArrayNode records = o.putArray("records");
        for (Hit h : result.hits()) {
            records.addObject().put("id", h.recordId()).put("title", h.title()).put("date", h.date())
                    .put("url", "/api/records/" + h.recordId());
        }
        o.put("nextCursor", result.nextCursor());
        return o;
    }

    static ObjectNode browse(Browse browse) {
        ObjectNode o = RecordJson.mapper().createObjectNode();
        browse.path().forEach(o.putArray("path")::add);
        if (browse.path().isEmpty()) {
            o.putArray("path");
        }
        o.set("children", counts(browse.children()));
        ArrayNode records = o.putArray("records");
        browse.recordIds().forEach(records::add);
        return o;
    }

    static ObjectNode stats(CatalogStats stats, long indexed, List<CacheStats> caches) {
        ObjectNode o = RecordJson.mapper().createObjectNode();
        o.put("records", stats.records());
        o.put("versions", stats.versions());
        o.put("originals", stats.originals());
        o.put("indexed", indexed);
        ObjectNode bySource = o.putObject("recordsBySourceFormat");
        new java.util.TreeMap<>(stats.recordsBySourceFormat()).forEach(bySource::put);
        ObjectNode byRepository = o.putObject("recordsByRepository");
        new java.util.TreeMap<>(stats.recordsByRepository()).forEach(byRepository::put);
        ArrayNode cacheArray = o.putArray("caches");
        for (CacheStats c : caches) {
            cacheArray.addObject().put("name", c.name()).put("hits", c.hits()).put("misses", c.misses())
                    .put("hitRate", c.hitRate()).put("entries", c.entries()).put("bytes", c.bytes())
                    .put("maxEntries", c.maxEntries()).put("maxBytes", c.maxBytes())
                    .put("invalidations", c.invalidations());
        }
        return o;
    }
}
