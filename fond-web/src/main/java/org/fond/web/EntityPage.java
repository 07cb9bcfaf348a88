package org.fond.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fond.core.authority.AuthorityRecord;
import org.fond.core.authority.NameVariant;
import org.fond.core.authority.Role;
import org.fond.core.authority.VariantKind;
import org.fond.enrich.authority.Authority;
import org.fond.search.Hit;

/** The model of the entity page, ready for its template: every value a plain string, list or record. */
final class EntityPage {
    private EntityPage() {
    }

    record Variant(String value, String lang, String script, String scheme, String kind, boolean generated,
                   boolean error, String errorType, List<Attestation> attestedIn) {
    }

    record Attestation(String label, String url) {
    }

    record RoleView(String role, String orgLabel, String orgUrl, String from, String to, String source) {
    }

    record Named(String label, String url, long count) {
    }

    record Group(String label, List<Named> entities) {
    }

    static Map<String, Object> model(AuthorityRecord r, Entities.Mentioned m, Authority authority) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", r.label());
        model.put("id", r.id());
        model.put("type", Entities.field(r.type()));
        model.put("label", r.label());
        model.put("status", r.status().state().name().toLowerCase(java.util.Locale.ROOT));
        model.put("disambiguation", r.disambiguation() == null ? "" : r.disambiguation());
        model.put("prefLabels", r.prefLabel());
        model.put("scripts", Entities.byScript(r));
        List<Variant> variants = new ArrayList<>();
        for (NameVariant v : r.activeLabels()) {
            List<Attestation> where = v.attestedIn().stream().map(EntityPage::attestation).toList();
            variants.add(new Variant(v.value(), nz(v.lang()), nz(v.script()), nz(v.scheme()), Entities.kindName(v.kind()),
                    v.generated(), v.kind() == VariantKind.ERROR, nz(v.errorType()), where));
        }
        model.put("variants", variants);
        List<RoleView> roles = new ArrayList<>();
        for (Role role : r.roles()) {
            roles.add(new RoleView(role.role(), role.org() == null ? "" : authority.label(role.org()),
                    role.org() == null || authority.get(role.org()).isEmpty() ? "" : "/entities/" + role.org(),
                    nz(role.from()), nz(role.to()), nz(role.source())));
        }
        model.put("roles", roles);
        model.put("externalIds", Entities.shownIds(r));
        List<Named> notSame = r.notSameAs().stream().map(id -> new Named(authority.label(id), "/entities/" + id, 0)).toList();
        model.put("notSameAs", notSame);
        model.put("total", m.total());
        List<Map<String, String>> docs = new ArrayList<>();
        for (Hit h : m.documents()) {
            docs.add(Map.of("id", h.recordId(), "title", h.title() == null ? h.recordId() : h.title(), "date", nz(h.date())));
        }
        model.put("documents", docs);
        model.put("moreDocuments", m.total() > m.documents().size());
        SearchState all = Entities.documentsState(r, Pages.PAGE_SIZE);
        model.put("searchUrl", SearchPage.url(all));
        model.put("timelineUrl", "/timeline?" + all.withSort("relevance").queryString(Pages.PAGE_SIZE));
        List<Group> groups = new ArrayList<>();
        m.coMentioned().forEach((field, counts) -> {
            if (!counts.isEmpty()) {
                groups.add(new Group(SearchPage.FACET_LABELS.getOrDefault(field, field), counts.stream()
                        .map(c -> new Named(c.label(), "/entities/" + c.value(), c.count())).toList()));
            }
        });
        model.put("coMentioned", groups);
        model.put("years", Timeline.bars(m.years(), y -> "/timeline?"
                + all.withSort("relevance").queryString(Pages.PAGE_SIZE) + "&year=" + y));
        return model;
    }

    /** Where a form was seen: a record of this archive ({@code wcda:115797#L43}) or a page elsewhere. */
    private static Attestation attestation(String where) {
        if (where.startsWith("https://") || where.startsWith("http://")) {
            return new Attestation(where, where);
        }
        int hash = where.indexOf('#');
        String record = hash < 0 ? where : where.substring(0, hash);
        return new Attestation(where, record.contains(":") ? "/records/" + record : "");
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
