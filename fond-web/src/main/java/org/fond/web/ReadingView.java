package org.fond.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.fond.core.authority.AuthorityRecord;
import org.fond.enrich.authority.Authority;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The body of a record as HTML: its units (sub-documents, topics, openers, paragraphs…) as nested
 * elements, and its apparatus as spans classed by kind and layer, so CSS can show the text as
 * written, with the translator's additions, or the apparatus alone. Built node by node with jsoup,
 * whose text nodes and attributes are always escaped: nothing in a record can become markup.
 */
final class ReadingView {
    /**
     * The kinds of unit that get their own heading line, with the words a reader sees. Topics and
     * journal entries open with their own marker ("First.", the date), so they get none.
     */
    private static final Map<String, String> LABELLED = Map.of("sub-document", "Document");
    /** What each kind of apparatus is, for the title a pointer or screen reader shows. */
    private static final Map<String, String> KIND_NAMES = Map.ofEntries(Map.entry("handwritten", "handwritten addition"),
            Map.entry("stamp", "stamp"), Map.entry("gap", "gap in the text"), Map.entry("supplied", "supplied by the translator"),
            Map.entry("sic", "[sic]"), Map.entry("translator-note", "translator's note"),
            Map.entry("original-wording", "original wording"), Map.entry("alt-romanization", "another romanization"),
            Map.entry("gloss", "gloss"), Map.entry("blank", "blank in the original"),
            Map.entry("signature", "signature"), Map.entry("editorial-note", "editorial note"),
            Map.entry("editorial-source-note", "editor's source note"), Map.entry("page-break", "page break"));

    /** The mention types that name an authority entity, and so link to its page. */
    static final List<String> ENTITY_TYPES = List.of("person", "organization", "place", "concept");

    private final String text;
    private final List<Mark> marks;
    private final List<Link> links;

    /** One annotation to draw: where it is, its kind and its layer. */
    private record Mark(int start, int end, String kind, String layer) {
    }

    /** One mention linked to its entity's page; {@code slip} when its surface is a known slip form of the name. */
    private record Link(int start, int end, String type, String entity, String label, boolean slip) {
    }

    private ReadingView(JsonNode record, Authority authority) {
        this.text = record.path("text").asText("");
        this.marks = marks(record.path("annotations"), text.length());
        this.links = links(record.path("mentions"), text, authority);
    }

    /** The body of {@code record} (record JSON) as an HTML fragment, without links to entities. */
    static String html(JsonNode record) {
        return html(record, Authority.of(List.of()));
    }

    /**
     * The body of {@code record} (record JSON) as an HTML fragment; its person, organization and place
     * mentions that {@code authority} knows link to their entity pages, a slip form marked as one.
     */
    static String html(JsonNode record, Authority authority) {
        ReadingView view = new ReadingView(record, authority);
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false);
        Element root = doc.body().appendElement("div").addClass("record-text");
        JsonNode units = record.path("units");
        if (units.isEmpty()) {
            view.run(root, 0, view.text.length());
        } else {
            int at = 0;
            for (JsonNode u : sorted(units)) {
                at = view.unit(root, u, at);
            }
            if (at < view.text.length()) {
                view.between(root, at, view.text.length());
            }
        }
        return root.outerHtml();
    }

    /** Annotations that can be drawn as spans: sorted, within the text, none overlapping an earlier one. */
    private static List<Mark> marks(JsonNode annotations, int length) {
        List<Mark> all = new ArrayList<>();
        for (JsonNode a : annotations) {
            int s = a.path("start").asInt(-1);
            int e = a.path("end").asInt(-1);
            if (s >= 0 && e > s && e <= length) {
                all.add(new Mark(s, e, a.path("kind").asText("annotation"), a.path("layer").asText("translator")));
            }
        }
        all.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed()));
        List<Mark> kept = new ArrayList<>();
        int end = 0;
        for (Mark m : all) {
            // a nested annotation stays readable as the text of the outer one
            if (m.start() >= end) {
                kept.add(m);
                end = m.end();
            }
        }
        return kept;
    }

    /** Entity mentions that can be drawn as links: within the text, surface as the text has it, none overlapping. */
    private static List<Link> links(JsonNode mentions, String text, Authority authority) {
        List<Link> all = new ArrayList<>();
        for (JsonNode m : mentions) {
            int s = m.path("start").asInt(-1);
            int e = m.path("end").asInt(-1);
            String entity = m.path("entity").asText("");
            if (!ENTITY_TYPES.contains(m.path("type").asText()) || entity.isBlank() || s < 0 || e <= s || e > text.length()) {
                continue;
            }
            AuthorityRecord r = authority.get(entity).orElse(null);
            if (r == null) {
                continue;
            }
            String surface = text.substring(s, e);
            all.add(new Link(s, e, m.path("type").asText(), entity, authority.label(entity),
                    Entities.errorForm(r, surface) != null));
        }
        all.sort(Comparator.comparingInt(Link::start));
        List<Link> kept = new ArrayList<>();
        int end = 0;
        for (Link l : all) {
            if (l.start() >= end) {
                kept.add(l);
                end = l.end();
            }
        }
        return kept;
    }

    private int unit(Element parent, JsonNode u, int at) {
        int start = Math.max(at, u.path("start").asInt(0));
        int end = Math.min(text.length(), u.path("end").asInt(0));
        if (start > at) {
            between(parent, at, start);
        }
        if (end <= start && u.path("children").isEmpty()) {
            return Math.max(at, end);
        }
        String kind = u.path("kind").asText("unit");
        JsonNode children = u.path("children");
        String tag = switch (kind) {
            case "sub-document", "topic", "journal-entry" -> "section";
            case "paragraph" -> children.isEmpty() ? "p" : "div";
            default -> "div";
        };
        Element el = parent.appendElement(tag).addClass("unit").addClass("unit-" + kind);
        if (LABELLED.containsKey(kind)) {
            String label = u.path("label").asText("");
            String id = u.path("id").asText("");
            String name = !label.isBlank() ? label : id.substring(id.lastIndexOf('/') + 1);
            el.appendElement("p").addClass("unit-label").text(LABELLED.get(kind) + " " + name);
        }
        int pos = start;
        for (JsonNode c : sorted(children)) {
            pos = unit(el, c, pos);
        }
        if (pos < end) {
            if (children.isEmpty()) {
                run(el, pos, end);
            } else {
                between(el, pos, end);
            }
        }
        return Math.max(pos, end);
    }

    /**
     * Text between two units. The blank lines that separate blocks are kept in the page (every
     * character of the text is there) but marked, so CSS can hide them where the blocks' own
     * margins already show the break.
     */
    private void between(Element parent, int a, int b) {
        if (text.substring(a, b).isBlank()) {
            parent.appendElement("span").addClass("run").addClass("sep").appendChild(new TextNode(text.substring(a, b)));
        } else {
            run(parent, a, b);
        }
    }

    /** The text from {@code a} to {@code b}: plain runs and apparatus spans, clipped to this stretch. */
    private void run(Element parent, int a, int b) {
        int pos = a;
        for (Mark m : marks) {
            if (m.end() <= pos || m.start() >= b) {
                continue;
            }
            int s = Math.max(m.start(), pos);
            int e = Math.min(m.end(), b);
            plain(parent, pos, s);
            Element span = parent.appendElement("span").addClass("ann").addClass("ann-" + m.kind())
                    .addClass("layer-" + m.layer()).attr("data-kind", m.kind())
                    .attr("title", KIND_NAMES.getOrDefault(m.kind(), m.kind()));
            linked(span, s, e);
            pos = e;
        }
        plain(parent, pos, b);
    }

    private void plain(Element parent, int a, int b) {
        if (b > a) {
            linked(parent.appendElement("span").addClass("run"), a, b);
        }
    }

    /** The text from {@code a} to {@code b} into {@code parent}, its entity mentions as links (clipped to this stretch). */
    private void linked(Element parent, int a, int b) {
        int pos = a;
        for (Link l : links) {
            if (l.end() <= pos || l.start() >= b) {
                continue;
            }
            int s = Math.max(l.start(), pos);
            int e = Math.min(l.end(), b);
            if (s > pos) {
                parent.appendChild(new TextNode(text.substring(pos, s)));
            }
            Element link = parent.appendElement("a").addClass("mention").addClass("mention-" + l.type())
                    .attr("href", "/entities/" + l.entity()).attr("data-entity", l.entity());
            if (l.slip()) {
                // a form sources carry by mistake (Kim II Sung): shown as written, marked as a slip
                link.addClass("variant-error").attr("title", "a slip in the source for " + l.label());
            } else {
                link.attr("title", l.label());
            }
            link.appendChild(new TextNode(text.substring(s, e)));
            pos = e;
        }
        if (b > pos) {
            parent.appendChild(new TextNode(text.substring(pos, b)));
        }
    }

    private static List<JsonNode> sorted(JsonNode units) {
        List<JsonNode> list = new ArrayList<>();
        units.forEach(list::add);
        list.sort(Comparator.comparingInt(u -> u.path("start").asInt(0)));
        return list;
    }
}
