package org.fond.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fond.core.authority.AuthorityRecord;
import org.fond.core.authority.EntityType;
import org.fond.core.authority.ExternalId;
import org.fond.core.authority.NameVariant;
import org.fond.core.authority.Role;
import org.fond.core.authority.VariantKind;
import org.fond.search.FacetCount;
import org.fond.search.Hit;
import org.fond.search.SearchRequest;
import org.fond.search.SearchResult;
import org.fond.search.SortOrder;
import org.fond.store.json.RecordJson;

/**
 * A person, organization, place or concept as the entity page and {@code /api/entities/{id}} show it: the
 * authority record (names in every script, variants, dated roles, verified external ids) joined with
 * what the index knows of it: the documents mentioning it by date, the entities mentioned with it, and
 * its documents by year.
 */
final class Entities {
    static final int DOCUMENTS = 50;
    static final int CO_MENTIONED = 12;
    /** Which forms best stand for the name in their script: the displayed one first, slips never. */
    private static final List<VariantKind> SCRIPT_ORDER = List.of(VariantKind.PREFERRED, VariantKind.NATIVE_SCRIPT,
            VariantKind.ATTESTED, VariantKind.ROMANIZATION, VariantKind.EXONYM);

    private final Holdings holdings;

    Entities(Holdings holdings) {
        this.holdings = holdings;
    }

    /** What the index says of an entity: its documents (a page of them, by date), co-mentions and years. */
    record Mentioned(long total, List<Hit> documents, Map<String, List<FacetCount>> coMentioned, List<FacetCount> years) {
    }

    /** The facet field holding ids of this type of entity. */
    static String field(EntityType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    /** The filter clause (as the search URL writes it) of the documents mentioning {@code id}. */
    static String filterOf(AuthorityRecord r) {
        return SearchState.filter(field(r.type()), r.id());
    }

    /**
     * True when the index keeps this type's ids as a facet (persons, organizations, places). A concept
     * (a FRUS term, {@code artel}) is not a facet: its documents are those holding one of its names.
     */
    static boolean faceted(EntityType type) {
        return SearchRequest.ENTITY_FIELDS.contains(field(type));
    }

    /** The query of a concept's documents: its label as a phrase, which search expands to its other forms. */
    static String namesQuery(AuthorityRecord r) {
        return "\"" + r.label().replace("\"", "") + "\"";
    }

    /** The search state listing the documents of an entity by date. */
    static SearchState documentsState(AuthorityRecord r, int pageSize) {
        return faceted(r.type()) ? new SearchState("", List.of(filterOf(r)), "date", null, pageSize, false)
                : new SearchState(namesQuery(r), List.of(), "date", null, pageSize, false);
    }

    AuthorityRecord require(String id) {
        return holdings.authority().get(id).orElseThrow(() -> Problem.notFound("no entity " + id));
    }

    Mentioned mentioned(AuthorityRecord r) {
        // The documents through the facet filter; the counts through the same condition written as a
        // query clause, since a filtered field's own counts ignore its filter (drill sideways) and would
        // then count every document rather than those mentioning this entity.
        boolean faceted = faceted(r.type());
        SearchRequest docs = faceted ? new SearchRequest("", DOCUMENTS).withFilter(field(r.type()), r.id())
                : new SearchRequest(namesQuery(r), DOCUMENTS);
        SearchResult listed = holdings.search(docs.withSort(SortOrder.DATE_ASCENDING));
        List<String> fields = new ArrayList<>(SearchRequest.ENTITY_FIELDS);
        fields.add("year");
        SearchResult counted = holdings.search(new SearchRequest(faceted ? filterOf(r) : namesQuery(r), 0)
                .withFacets(fields).withExact(faceted));
        Map<String, List<FacetCount>> co = new LinkedHashMap<>();
        for (String f : SearchRequest.ENTITY_FIELDS) {
            co.put(f, counted.facets().getOrDefault(f, List.of()).stream().filter(c -> !c.value().equals(r.id()))
                    .limit(CO_MENTIONED).toList());
        }
        return new Mentioned(listed.total(), listed.hits(), co, counted.facets().getOrDefault("year", List.of()));
    }

    /** One form per script, the best to show: what "the name in every script" lists. */
    static Map<String, String> byScript(AuthorityRecord r) {
        Map<String, String> out = new LinkedHashMap<>();
        for (VariantKind kind : SCRIPT_ORDER) {
            for (NameVariant v : r.activeLabels()) {
                if (v.kind() == kind && v.script() != null && !v.generated()) {
                    out.putIfAbsent(v.script(), v.value());
                }
            }
        }
        for (VariantKind kind : SCRIPT_ORDER) {
            for (NameVariant v : r.activeLabels()) {
                if (v.kind() == kind && v.script() != null) {
                    out.putIfAbsent(v.script(), v.value());
                }
            }
        }
        return out;
    }

    /** External ids that may be shown publicly: only verified ones (MODEL.md §5.11). */
    static List<ExternalId> shownIds(AuthorityRecord r) {
        return r.externalIds().stream().filter(x -> "verified".equalsIgnoreCase(x.status())).toList();
    }

    /** True when {@code surface} is a slip form (ERROR) of entity {@code id}: {@code Kim II Sung}. */
    static NameVariant errorForm(AuthorityRecord r, String surface) {
        if (r == null) {
            return null;
        }
        for (NameVariant v : r.activeLabels()) {
            if (v.kind() == VariantKind.ERROR && v.value().equals(surface)) {
                return v;
            }
        }
        return null;
    }

    ObjectNode json(AuthorityRecord r, Mentioned m) {
        ObjectNode o = RecordJson.mapper().createObjectNode();
        o.put("id", r.id()).put("type", field(r.type())).put("label", r.label());
        o.put("status", r.status().state().name().toLowerCase(Locale.ROOT));
        o.put("mergedInto", r.status().mergedInto());
        o.put("disambiguation", r.disambiguation());
        ObjectNode pref = o.putObject("prefLabel");
        r.prefLabel().forEach(pref::put);
        ObjectNode scripts = o.putObject("scripts");
        byScript(r).forEach(scripts::put);
        ArrayNode variants = o.putArray("variants");
        for (NameVariant v : r.activeLabels()) {
            ObjectNode x = variants.addObject().put("value", v.value()).put("lang", v.lang()).put("script", v.script())
                    .put("scheme", v.scheme()).put("kind", kindName(v.kind())).put("errorType", v.errorType())
                    .put("generated", v.generated());
            v.attestedIn().forEach(x.putArray("attestedIn")::add);
            if (v.attestedIn().isEmpty()) {
                x.putArray("attestedIn");
            }
        }
        ArrayNode roles = o.putArray("roles");
        for (Role role : r.roles()) {
            roles.addObject().put("role", role.role()).put("org", role.org())
                    .put("orgLabel", role.org() == null ? null : holdings.authority().label(role.org()))
                    .put("from", role.from()).put("to", role.to()).put("source", role.source())
                    .put("certainty", role.certainty());
        }
        ArrayNode ids = o.putArray("externalIds");
        shownIds(r).forEach(x -> ids.addObject().put("scheme", x.scheme()).put("value", x.value()).put("scope", x.scope()));
        ArrayNode notSame = o.putArray("notSameAs");
        r.notSameAs().forEach(id -> notSame.addObject().put("id", id).put("label", holdings.authority().label(id)));
        ObjectNode docs = o.putObject("documents");
        docs.put("total", m.total());
        ArrayNode items = docs.putArray("items");
        m.documents().forEach(h -> items.addObject().put("id", h.recordId()).put("title", h.title()).put("date", h.date())
                .put("url", "/api/records/" + h.recordId()));
        ObjectNode co = o.putObject("coMentioned");
        m.coMentioned().forEach((f, counts) -> co.set(f, ApiJson.counts(counts)));
        o.set("timeline", ApiJson.counts(m.years()));
        return o;
    }

    /** The lookup of {@code /api/entities?q=}: whole names first (every form the authority knows), then labels holding the words. */
    List<AuthorityRecord> lookup(String q, int limit) {
        List<AuthorityRecord> found = new ArrayList<>(holdings.authority().find(q));
        if (found.size() < limit) {
            String needle = q.strip().toLowerCase(Locale.ROOT);
            for (AuthorityRecord r : holdings.authority().records()) {
                if (found.size() >= limit) {
                    break;
                }
                if (!r.status().isMerged() && !found.contains(r) && r.activeLabels().stream().anyMatch(
                        v -> v.kind() != VariantKind.ERROR && v.value().toLowerCase(Locale.ROOT).contains(needle))) {
                    found.add(r);
                }
            }
        }
        return found.size() > limit ? found.subList(0, limit) : found;
    }

    static String kindName(VariantKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
