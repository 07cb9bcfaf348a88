package org.fond.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The header of the reading view, from the record JSON: title, date, type, languages, archival
 * references (each level a link to browse), translator, donors, source link, the editorial
 * summary; and the Highwire {@code citation_*} tags and COinS that let Zotero save the record.
 */
final class RecordPage {
    private RecordPage() {
    }

    record Crumb(String label, String path) {
    }

    record Reference(String raw, String canonical, List<Crumb> levels) {
    }

    record Meta(String name, String content) {
    }

    static Map<String, Object> model(JsonNode r, String view) {
        Map<String, Object> m = new HashMap<>();
        String id = r.path("id").asText();
        String title = r.path("title").asText(id);
        m.put("id", id);
        m.put("title", title);
        m.put("view", view);
        m.put("date", r.path("date").path("display").asText(r.path("date").path("edtf").asText("")));
        m.put("dateEdtf", r.path("date").path("edtf").asText(""));
        m.put("type", r.path("type").asText(""));
        m.put("originalLanguages", strings(r.path("languages").path("original")));
        m.put("contentLanguages", strings(r.path("languages").path("content")));
        m.put("summary", r.path("summary").asText(""));
        m.put("donors", strings(r.path("donors")));
        List<String> translators = new ArrayList<>();
        for (JsonNode c : r.path("contributors")) {
            if (c.path("role").asText().equals("translator")) {
                translators.add(c.path("name").asText());
            }
        }
        m.put("translators", translators);
        List<Reference> references = new ArrayList<>();
        for (JsonNode ref : r.path("references")) {
            references.add(new Reference(ref.path("raw").asText(""), ref.path("canonical").asText(""), levels(ref)));
        }
        m.put("references", references);
        String url = r.path("source").path("canonicalUrl").asText("");
        m.put("sourceUrl", url.startsWith("https://") || url.startsWith("http://") ? url : "");
        m.put("meta", highwire(r, title, translators, url));
        m.put("coins", coins(r, title, url));
        return m;
    }

    /** Each level of the reference's archive path, labelled by the level it names where the scheme says. */
    private static List<Crumb> levels(JsonNode ref) {
        String fileKey = ref.path("fileKey").asText("");
        if (fileKey.isBlank()) {
            return List.of();
        }
        String[] parts = fileKey.split("/");
        List<String> names = new ArrayList<>();
        names.add("");
        ref.path("levels").properties().forEach(e -> names.add(e.getKey()));
        List<Crumb> crumbs = new ArrayList<>();
        int level = 1;
        for (int i = 0; i < parts.length; i++) {
            String label = parts[i];
            if (i > 0) {
                while (level < names.size() && !parts[i].equals(ref.path("levels").path(names.get(level)).asText())) {
                    level++;
                }
                if (level < names.size()) {
                    label = names.get(level) + " " + parts[i];
                }
            }
            crumbs.add(new Crumb(label, String.join("/", java.util.Arrays.copyOfRange(parts, 0, i + 1))));
        }
        return crumbs;
    }

    private static List<Meta> highwire(JsonNode r, String title, List<String> translators, String url) {
        List<Meta> meta = new ArrayList<>();
        meta.add(new Meta("citation_title", title));
        String edtf = r.path("date").path("edtf").asText("");
        if (edtf.matches("\\d{4}(-\\d{2}){0,2}")) {
            meta.add(new Meta("citation_date", edtf.replace('-', '/')));
        }
        if (r.path("source").path("format").asText("").startsWith("wcda")) {
            meta.add(new Meta("citation_publisher", "Wilson Center Digital Archive"));
        }
        for (JsonNode l : r.path("languages").path("content")) {
            meta.add(new Meta("citation_language", l.asText()));
        }
        JsonNode ref = r.path("references").path(0);
        if (ref.isObject()) {
            meta.add(new Meta("citation_archive", ref.path("repository").asText("")));
            meta.add(new Meta("citation_archive_location", ref.path("canonical").asText("")));
        }
        translators.forEach(t -> meta.add(new Meta("citation_translator", t)));
        if (!url.isBlank()) {
            meta.add(new Meta("citation_public_url", url));
        }
        return meta.stream().filter(x -> !x.content().isBlank()).toList();
    }

    /** The OpenURL context object of a COinS span (Dublin Core format), URL-encoded per key. */
    private static String coins(JsonNode r, String title, String url) {
        StringBuilder b = new StringBuilder("ctx_ver=Z39.88-2004&rft_val_fmt=").append(enc("info:ofi/fmt:kev:mtx:dc"));
        b.append("&rft.type=manuscript&rft.title=").append(enc(title));
        String edtf = r.path("date").path("edtf").asText("");
        if (!edtf.isBlank()) {
            b.append("&rft.date=").append(enc(edtf));
        }
        JsonNode ref = r.path("references").path(0);
        if (ref.isObject()) {
            b.append("&rft.source=").append(enc(ref.path("canonical").asText("")));
        }
        if (!url.isBlank()) {
            b.append("&rft.identifier=").append(enc(url));
        }
        return b.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** An entity the record mentions, with how often. */
    record Mentioned(String type, String label, String url, int times) {
    }

    /** The persons, organizations and places the record mentions that the authority knows, most mentioned first. */
    static List<Mentioned> mentioned(JsonNode r, org.fond.enrich.authority.Authority authority) {
        Map<String, Integer> times = new java.util.LinkedHashMap<>();
        Map<String, String> types = new HashMap<>();
        for (JsonNode m : r.path("mentions")) {
            String entity = m.path("entity").asText("");
            String type = m.path("type").asText();
            if (ReadingView.ENTITY_TYPES.contains(type) && !entity.isBlank() && authority.get(entity).isPresent()) {
                times.merge(entity, 1, Integer::sum);
                types.putIfAbsent(entity, type);
            }
        }
        List<Mentioned> out = new ArrayList<>();
        times.forEach((id, n) -> out.add(new Mentioned(types.get(id), authority.label(id), "/entities/" + id, n)));
        out.sort(java.util.Comparator.comparingInt(Mentioned::times).reversed().thenComparing(Mentioned::label));
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
