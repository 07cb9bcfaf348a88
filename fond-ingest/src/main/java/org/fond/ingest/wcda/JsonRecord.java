package org.fond.ingest.wcda;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.fond.core.analysis.RecordAnalyzer;
import org.fond.core.date.DateParser;
import org.fond.core.model.Contributor;
import org.fond.core.model.DocumentDate;
import org.fond.core.model.HeaderField;
import org.fond.core.model.Languages;
import org.fond.core.model.Provenance;
import org.fond.core.model.QualityFlag;
import org.fond.core.model.Record;
import org.fond.core.model.Source;
import org.fond.core.reference.ArchivalReference;
import org.fond.core.reference.ReferenceParser;
import org.fond.core.text.NormalisedText;
import org.fond.ingest.ReadResult;
import org.jsoup.Jsoup;

/**
 * One old-API JSON object read into a record. A document record gives {@code wcda:{id}}. An asset
 * (transcript, translation, media file) names no document it belongs to, and its id is the asset's,
 * not a record's, so it gets its own id space ({@code wcda:transcript-33548}) and a flag saying its
 * document is unknown; calling it {@code wcda:33548} would collide with document 33548.
 */
final class JsonRecord {
    /** Top-level fields of the old API's Document, Collection and Asset models (MODEL.md §1.7). */
    private static final Set<String> KNOWN = Set.of("id", "uri", "title", "description", "doc_date",
            "frontend_doc_date", "date_range_start", "slug", "source", "source_url", "type", "rights", "languages",
            "creators", "contributors", "original_coverages", "subjects", "donors", "themes", "collections",
            "classifications", "repositories", "links", "translations", "transcripts", "media_files",
            "pdf_generated_at", "source_created_at", "source_updated_at", "first_published_at", "name", "value",
            "short_description", "main_src", "thumb_src", "is_inactive", "no_of_documents", "parent", "model",
            "filename", "content_type", "extension", "asset_id", "url", "path", "raw", "html", "pdf", "language");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final String path;
    private final JsonNode root;
    private final List<HeaderField> fields;
    private final List<QualityFlag> flags = new ArrayList<>();

    JsonRecord(String path, JsonNode root, List<HeaderField> fields) {
        this.path = path;
        this.root = root;
        this.fields = fields;
    }

    /** Whether a pointer's top-level key is a field of the old API. */
    static boolean knows(String pointer) {
        String top = pointer.length() > 1 ? pointer.substring(1).split("/", 2)[0] : "";
        return KNOWN.contains(top);
    }

    ReadResult read() {
        String id = string("id").orElse(null);
        if (id == null || !DIGITS.matcher(id).matches()) {
            return ReadResult.rejected(path, line("/id"), "no numeric id: field /id is "
                    + (id == null ? "missing" : "'" + id + "'"));
        }
        if (root.has("asset_id")) {
            return ReadResult.of(asset(id));
        }
        if (root.has("title")) {
            return ReadResult.of(document(id));
        }
        if (root.has("slug") && root.has("name")) {
            return ReadResult.rejected(path, line("/id"), "collection listing, not a record: collection " + id
                    + " '" + string("name").orElse("") + "' describes a group of documents and lists none of them");
        }
        return ReadResult.rejected(path, line("/id"), "not a WCDA document, asset or collection: no title, "
                + "asset_id or slug field");
    }

    private Record asset(String id) {
        String kind = root.has("language") ? "translation" : root.has("path") ? "media-file" : "transcript";
        String recordId = kind + "-" + id;
        flags.add(new QualityFlag("asset-without-document", "this " + kind + " names no document it belongs to; "
                + "asset " + string("asset_id").orElse("?") + " cannot be matched to a record from this file alone",
                line("/id")));
        flags.add(new QualityFlag("no-title", "an asset has no title; the title is made from its kind and id",
                line("/id")));
        String url = string("url").or(() -> string("path")).orElse(null);
        String absolute = url == null ? null : url.startsWith("http") ? url
                : ExportInterpreter.CANONICAL_HOST + (url.startsWith("/") ? "" : "/") + url;
        List<String> content = new ArrayList<>();
        languageName(root.path("language")).ifPresent(content::add);
        Record header = Record.builder("wcda:" + recordId)
                .title(Character.toUpperCase(kind.charAt(0)) + kind.substring(1).replace('-', ' ') + " " + id)
                .type(kind)
                .languages(new Languages(List.of(), content))
                .source(new Source(url, absolute, recordId, WcdaJsonReader.FORMAT, path))
                .header(fields)
                .build();
        return analyse(header, body(root, ""));
    }

    private Record document(String id) {
        Citation source = string("source").map(Citation::parse).orElse(null);
        List<String> original = new ArrayList<>();
        for (JsonNode language : root.path("languages")) {
            languageName(language).ifPresent(code -> {
                if (!original.contains(code)) {
                    original.add(code);
                }
            });
        }
        List<Contributor> contributors = new ArrayList<>();
        for (JsonNode creator : root.path("creators")) {
            text(creator.path("name")).ifPresent(n -> contributors.add(
                    new Contributor(n, "author", provenance("creators", "/creators"))));
        }
        if (source != null) {
            source.creditList().forEach(c -> contributors.add(
                    new Contributor(c.name(), c.role(), provenance("source-credit", "/source"))));
        }
        List<String> donors = new ArrayList<>();
        root.path("donors").forEach(d -> text(d.path("name")).ifPresent(donors::add));
        Record header = Record.builder("wcda:" + id)
                .title(string("title").orElse(null))
                .date(date())
                .type(string("type").orElse(null))
                .languages(new Languages(original, List.of()))
                .summary(string("description").map(d -> Jsoup.parse(d).text()).orElse(null))
                .references(references(source))
                .contributors(contributors)
                .donors(donors)
                .source(new Source(string("uri").orElse(null), ExportInterpreter.CANONICAL_HOST + "/document/" + id,
                        id, WcdaJsonReader.FORMAT, path))
                .header(fields)
                .build();
        JsonNode translation = root.path("translations").path(0);
        return translation.isObject() ? analyse(header, body(translation, "/translations/0"))
                : analyse(header, body(root.path("transcripts").path(0), "/transcripts/0"));
    }

    private Record analyse(Record header, NormalisedText body) {
        return RecordAnalyzer.analyze(header.toBuilder().flags(flags).build(), body);
    }

    /** An asset's HTML (or its raw text when it is not HTML) as the record's text. */
    private NormalisedText body(JsonNode asset, String pointer) {
        Optional<String> html = unstripped(asset.path("html"));
        if (html.isPresent()) {
            return HtmlText.of(html.get(), line(pointer + "/html"));
        }
        Optional<String> raw = unstripped(asset.path("raw"));
        if (raw.isPresent()) {
            return "html".equals(text(asset.path("extension")).orElse("")) ? HtmlText.of(raw.get(), line(pointer + "/raw"))
                    : PlainText.ofLines(raw.get(), line(pointer + "/raw"));
        }
        flags.add(new QualityFlag("no-text", "no html or raw text in the JSON", line("/id")));
        return PlainText.ofLines("", 1);
    }

    private DocumentDate date() {
        Optional<String> display = string("frontend_doc_date");
        Optional<String> compact = string("doc_date").filter(d -> d.matches("\\d{8}"));
        if (display.isEmpty() && compact.isEmpty()) {
            flags.add(new QualityFlag("no-display-date", "neither frontend_doc_date nor doc_date is given", line("/id")));
            return null;
        }
        String edtf = display.flatMap(DateParser::toEdtf).orElse(compact.map(JsonRecord::edtf).orElse(null));
        String rule = display.isPresent() ? "frontend_doc_date" : "doc_date";
        return new DocumentDate(edtf, display.orElse(compact.orElse(null)), provenance(rule, "/" + rule));
    }

    /** {@code 19571217} as {@code 1957-12-17}; zero month or day parts mean the date is that coarse. */
    private static String edtf(String yyyymmdd) {
        String y = yyyymmdd.substring(0, 4);
        String m = yyyymmdd.substring(4, 6);
        String d = yyyymmdd.substring(6, 8);
        return m.equals("00") ? y : d.equals("00") ? y + "-" + m : y + "-" + m + "-" + d;
    }

    private List<ArchivalReference> references(Citation source) {
        if (source == null || source.source() == null) {
            return List.of();
        }
        return ReferenceParser.parse(source.source(), ReferenceParser.FOUND_IN_CITATION,
                provenance("source", "/source")).map(List::of).orElse(List.of());
    }

    /** A language object's code: its English name looked up, else its ISO 639-2/B id as given. */
    private Optional<String> languageName(JsonNode language) {
        Optional<String> name = text(language.path("name"));
        Optional<String> code = name.flatMap(LanguageNames::code);
        if (name.isPresent() && code.isEmpty()) {
            flags.add(new QualityFlag("unknown-language", "language '" + name.get()
                    + "' is not a language name Fond knows", line("/id")));
        }
        return code;
    }

    private Optional<String> string(String field) {
        return text(root.path(field));
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText().strip())
                : node.isNumber() ? Optional.of(node.asText()) : Optional.empty();
    }

    /** A text value as written, for bodies: stripping would move every offset. */
    private static Optional<String> unstripped(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText()) : Optional.empty();
    }

    private int line(String pointer) {
        return fields.stream().filter(f -> f.label().equals(pointer)).mapToInt(HeaderField::line).findFirst().orElse(1);
    }

    private Provenance provenance(String rule, String pointer) {
        return Provenance.of(ExportInterpreter.AGENT, rule).atLine(line(pointer));
    }
}
