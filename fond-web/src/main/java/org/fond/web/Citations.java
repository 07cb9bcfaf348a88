package org.fond.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fond.store.json.RecordJson;

/**
 * Citations of a record, formatted by citeproc-java from the record mapped to CSL-JSON: Chicago
 * (notes and bibliography, from the CSL styles artifact), and the Wilson Center form, BibTeX and RIS
 * (CSL styles Fond keeps in {@code fond-web/csl}, since the styles artifact has none of them).
 * The URL is always the source's canonical URL, never the host a record was harvested from.
 */
public final class Citations {
    /** The citation forms Fond produces. */
    public enum Style {
        WCDA("wcda", "text/plain"), CHICAGO("chicago", "text/plain"), BIBTEX("bibtex", "application/x-bibtex"),
        RIS("ris", "application/x-research-info-systems"), CSL_JSON("csl-json", "application/vnd.citationstyles.csl+json");

        private final String id;
        private final String mediaType;

        Style(String id, String mediaType) {
            this.id = id;
            this.mediaType = mediaType;
        }

        public String id() {
            return id;
        }

        public String mediaType() {
            return mediaType;
        }

        public static Style parse(String s) {
            for (Style style : values()) {
                if (style.id.equalsIgnoreCase(s == null ? "" : s.strip())) {
                    return style;
                }
            }
            throw Problem.badRequest("style must be one of wcda, chicago, bibtex, ris, csl-json; not " + s);
        }
    }

    private static final Pattern EDTF_DATE = Pattern.compile("^(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");
    private static final String CHICAGO = "chicago-notes-bibliography";
    private final Map<String, String> ownStyles = new ConcurrentHashMap<>();

    /** About 16 MB of formatted citations: some 10,000, so the three styles of a record page for 3,000 records. */
    private static final long CACHE_BYTES = 16L << 20;

    /**
     * Formatted citations by style and CSL item: the item is all a citation is made from, so the key
     * changes exactly when the citation would, and records seldom change while pages are read often.
     * Bounded in bytes; a page asks three styles of a record, so the bound is set in thousands of records.
     */
    private final Cache<String, String> cache = Caffeine.newBuilder()
            .maximumWeight(CACHE_BYTES)
            .<String, String>weigher((k, v) -> 64 + 2 * (k.length() + v.length()))
            .executor(Runnable::run)
            .build();

    /** The record as one formatted citation in {@code style}. */
    public String format(JsonNode record, Style style) {
        CSLItemData item = item(record, style == Style.WCDA);
        String key = style.id() + "\n" + item.toJson(new StringJsonBuilderFactory().createJsonBuilder());
        return cache.get(key, k -> formatAnew(item, style));
    }

    private String formatAnew(CSLItemData item, Style style) {
        try {
            return switch (style) {
                case CSL_JSON -> RecordJson.pretty(RecordJson.parse(
                        "[" + item.toJson(new StringJsonBuilderFactory().createJsonBuilder()) + "]"));
                case CHICAGO -> "Note:\n" + note(item) + "\n\nBibliography:\n" + bibliography(CHICAGO, item);
                case WCDA -> bibliography(ownStyle("wcda"), item);
                case BIBTEX -> bibliography(ownStyle("bibtex"), item);
                case RIS -> bibliography(ownStyle("ris"), item).replace("\n", "\r\n") + "\r\n";
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String note(CSLItemData item) throws IOException {
        Processor p = processor(CHICAGO);
        try {
            return p.start(item).makeCitation(item.getId()).get(0).getText().strip();
        } finally {
            release(CHICAGO, p);
        }
    }

    private String bibliography(String style, CSLItemData item) throws IOException {
        Processor p = processor(style);
        try {
            // only line ends are trimmed: RIS ends with "ER  - ", its trailing space included
            return String.join("", p.start(item).makeBibliography().getEntries()).stripLeading()
                    .replaceAll("[\\r\\n]+$", "");
        } finally {
            release(style, p);
        }
    }

    /**
     * A citation processor with its style parsed, and the one item it formats now. Parsing a style
     * (Chicago's is 240 KB of XML) costs far more than formatting, so processors are pooled per
     * style and reused, one caller at a time.
     */
    private static final class Processor implements ItemDataProvider {
        private final CSL csl;
        private CSLItemData item;

        Processor(String style) throws IOException {
            this.csl = new CSL(this, style);
        }

        CSL start(CSLItemData newItem) {
            this.item = newItem;
            csl.reset();
            // after reset: reset goes back to HTML output
            csl.setOutputFormat("text");
            csl.registerCitationItems(newItem.getId());
            return csl;
        }

        @Override
        public CSLItemData retrieveItem(String id) {
            return item != null && item.getId().equals(id) ? item : null;
        }

        @Override
        public java.util.Collection<String> getIds() {
            return item == null ? List.of() : List.of(item.getId());
        }
    }

    private final Map<String, java.util.Queue<Processor>> pools = new ConcurrentHashMap<>();

    private Processor processor(String style) throws IOException {
        Processor p = pools.computeIfAbsent(style, s -> new java.util.concurrent.ConcurrentLinkedQueue<>()).poll();
        return p != null ? p : new Processor(style);
    }

    private void release(String style, Processor p) {
        pools.get(style).offer(p);
    }

    private String ownStyle(String name) {
        return ownStyles.computeIfAbsent(name, n -> {
            try (InputStream in = Citations.class.getResourceAsStream("/fond-web/csl/" + n + ".csl")) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The record as a CSL item: a manuscript with archive = repository and archive_location = the
     * canonical reference. The Wilson Center form cites the reference as the archive printed it and
     * names the translation project, so {@code asCited} switches those two.
     */
    public static CSLItemData item(JsonNode r, boolean asCited) {
        String id = r.path("id").asText();
        CSLItemDataBuilder b = new CSLItemDataBuilder().id(id).type(CSLType.MANUSCRIPT)
                .citationKey(id.replaceAll("[^A-Za-z0-9_-]", ""));
        text(r, "title").ifPresent(b::title);
        Matcher m = EDTF_DATE.matcher(r.path("date").path("edtf").asText(""));
        if (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (m.group(3) != null) {
                b.issued(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } else if (m.group(2) != null) {
                b.issued(year, Integer.parseInt(m.group(2)));
            } else {
                b.issued(year);
            }
        }
        JsonNode ref = r.path("references").path(0);
        text(ref, "repository").ifPresent(b::archive);
        (asCited ? text(ref, "raw") : text(ref, "canonical")).ifPresent(b::archiveLocation);
        String format = r.path("source").path("format").asText("");
        if (format.startsWith("wcda")) {
            b.publisher("Wilson Center Digital Archive");
        }
        // the canonical URL only: the URL a record was harvested from may be a staging host
        text(r.path("source"), "canonicalUrl").ifPresent(b::URL);
        List<CSLName> translators = new ArrayList<>();
        String project = null;
        for (JsonNode c : r.path("contributors")) {
            String role = c.path("role").asText("");
            if (role.equals("translator")) {
                translators.add(name(c.path("name").asText()));
            } else if (role.equals("project") && project == null) {
                project = c.path("name").asText();
            }
        }
        if (!translators.isEmpty()) {
            b.translator(translators.toArray(CSLName[]::new));
        }
        if (asCited && project != null) {
            b.collectionTitle(project);
        }
        JsonNode content = r.path("languages").path("content");
        if (content.size() > 0) {
            b.language(content.get(0).asText());
        }
        return b.build();
    }

    /** A person's name split at the last space ("Gary Goldberg"); a one-word name stays literal. */
    private static CSLName name(String name) {
        String n = name.strip();
        int space = n.lastIndexOf(' ');
        if (space < 0) {
            return new CSLNameBuilder().literal(n).build();
        }
        return new CSLNameBuilder().given(n.substring(0, space)).family(n.substring(space + 1)).build();
    }

    private static java.util.Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() && !v.asText().isBlank() ? java.util.Optional.of(v.asText()) : java.util.Optional.empty();
    }
}
