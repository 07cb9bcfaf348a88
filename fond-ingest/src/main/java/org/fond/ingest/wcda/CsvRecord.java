package org.fond.ingest.wcda;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
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
import org.fond.ingest.ReadResult;

/**
 * One row of a WCDA site scrape read into a {@link Record}. The row's {@code record_id} (or, failing
 * it, a {@code /document/{number}} URL) is the id; {@code source} is the archival reference followed
 * by its credits, taken apart like a citation's source; list columns ({@code authors},
 * {@code language}, {@code donors}…) hold JSON arrays. Every cell is kept as a header field labelled
 * with its column name, at the line where the row starts.
 */
final class CsvRecord {
    static final String RECORD_ID = "record_id";
    static final String DOCUMENT_URL = "document_url";
    /** The columns of the site scrape, all read or kept on purpose; another column is kept as unknown. */
    private static final Set<String> KNOWN = Set.of(DOCUMENT_URL, "page_number", "page_number_one_indexed",
            "page_position", "original_publication_date", "title", "credits", "text_body", "summary", "authors",
            "associated_places", "subjects_discussed", "associated_people_orgs", "document_contributors", "source",
            "original_upload_date", "original_archive_title", "language", "rights", RECORD_ID,
            "original_classification", "donors", "scraped_at");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("/document/(\\d+)(?:[/?#].*)?$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String path;
    private final List<String> columns;
    private final WcdaCsvReader.Row row;
    private final List<QualityFlag> flags = new ArrayList<>();

    CsvRecord(String path, List<String> columns, WcdaCsvReader.Row row) {
        this.path = path;
        this.columns = columns;
        this.row = row;
    }

    ReadResult read() {
        Optional<String> id = recordId();
        if (id.isEmpty()) {
            String got = cell(RECORD_ID).map(v -> "'" + v + "'").orElse("empty");
            return ReadResult.rejected(path, row.line(), "row has no record id: column " + RECORD_ID + " is " + got
                    + " and column " + DOCUMENT_URL + " has no /document/{number}");
        }
        if (row.cells().size() != columns.size()) {
            flags.add(new QualityFlag("csv-row-width", "row has " + row.cells().size() + " cells but the header names "
                    + columns.size() + " columns", row.line()));
        }
        String recordId = id.get();
        Citation source = cell("source").map(Citation::parse).orElse(null);
        Record header = Record.builder("wcda:" + recordId)
                .title(cell("title").orElse(null))
                .date(date())
                .languages(languages())
                .summary(cell("summary").orElse(null))
                .references(references(source))
                .contributors(contributors(source))
                .donors(donors())
                .source(new Source(cell(DOCUMENT_URL).orElse(null),
                        ExportInterpreter.CANONICAL_HOST + "/document/" + recordId, recordId, WcdaCsvReader.FORMAT, path))
                .header(headerFields())
                .build();
        if (header.title() == null) {
            flags.add(new QualityFlag("no-title", "column title is empty", row.line()));
        }
        Record withFlags = header.toBuilder().flags(flags).build();
        // the body as written, unstripped, so its lines stay the file's lines
        String body = cell("text_body").isPresent() ? rawCell("text_body") : "";
        int bodyLine = cellLine("text_body");
        return ReadResult.of(RecordAnalyzer.analyze(withFlags, PlainText.ofLines(body, bodyLine)));
    }

    /** {@code record_id} when it is a number; else the number of a {@code /document/{number}} URL. */
    private Optional<String> recordId() {
        Optional<String> id = cell(RECORD_ID).filter(v -> DIGITS.matcher(v).matches());
        if (id.isPresent()) {
            return id;
        }
        return cell(DOCUMENT_URL).map(DOCUMENT_NUMBER::matcher).filter(Matcher::find).map(m -> m.group(1));
    }

    private DocumentDate date() {
        return cell("original_publication_date").map(display -> {
            Optional<String> edtf = DateParser.toEdtf(display);
            if (edtf.isEmpty()) {
                flags.add(new QualityFlag("date-unparsed", "original_publication_date '" + display
                        + "' is not a date Fond can read", cellLine("original_publication_date")));
            }
            return new DocumentDate(edtf.orElse(null), display, provenance("publication-date-column",
                    "original_publication_date"));
        }).orElse(null);
    }

    private Languages languages() {
        List<String> codes = new ArrayList<>();
        for (String name : list("language")) {
            Optional<String> code = LanguageNames.code(name);
            if (code.isPresent()) {
                if (!codes.contains(code.get())) {
                    codes.add(code.get());
                }
            } else {
                flags.add(new QualityFlag("unknown-language", "language '" + name
                        + "' is not a language name Fond knows", cellLine("language")));
            }
        }
        return new Languages(codes, List.of());
    }

    /** The reference part of the {@code source} column, before its credits. */
    private List<ArchivalReference> references(Citation source) {
        if (source == null || source.source() == null) {
            return List.of();
        }
        return ReferenceParser.parse(source.source(), ReferenceParser.FOUND_IN_CITATION,
                provenance("source-column", "source")).map(List::of).orElse(List.of());
    }

    /** Authors, then the people credited at the end of the {@code source} column. */
    private List<Contributor> contributors(Citation source) {
        List<Contributor> contributors = new ArrayList<>();
        Provenance authors = provenance("authors-column", "authors");
        for (String author : list("authors")) {
            contributors.add(new Contributor(author, "author", authors));
        }
        if (source != null) {
            Provenance credit = provenance("source-column-credit", "source");
            Set<String> projects = new LinkedHashSet<>();
            for (Citation.Credit c : source.creditList()) {
                contributors.add(new Contributor(c.name(), c.role(), credit));
                if (c.project() != null) {
                    projects.add(c.project());
                }
            }
            projects.forEach(p -> contributors.add(new Contributor(p, "project", credit)));
        }
        return contributors;
    }

    /** The {@code donors} column; when it is empty, the donors named in {@code credits}. */
    private List<String> donors() {
        List<String> donors = list("donors");
        return donors.isEmpty() ? cell("credits").map(Donors::parse).orElse(List.of()) : donors;
    }

    private List<HeaderField> headerFields() {
        List<HeaderField> fields = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String label = i < columns.size() ? columns.get(i) : "column " + (i + 1);
            fields.add(new HeaderField(label, row.cells().get(i), row.line(), KNOWN.contains(label)));
        }
        return fields;
    }

    /** A JSON-array cell as its strings; a cell that is not a JSON array is one value, and is flagged if it looks broken. */
    private List<String> list(String column) {
        Optional<String> value = cell(column);
        if (value.isEmpty()) {
            return List.of();
        }
        String v = value.get();
        if (!v.startsWith("[")) {
            return List.of(v);
        }
        try {
            return JSON.readValue(v, new TypeReference<List<String>>() { }).stream()
                    .filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
        } catch (JacksonException e) {
            flags.add(new QualityFlag("list-unparsed", "column " + column + " is not a JSON list of strings: "
                    + e.getOriginalMessage(), cellLine(column)));
            return List.of(v);
        }
    }

    /** The stripped cell of {@code column}, empty when the column is absent or the cell blank. */
    private Optional<String> cell(String column) {
        int i = columns.indexOf(column);
        if (i < 0 || i >= row.cells().size()) {
            return Optional.empty();
        }
        return Optional.of(row.cells().get(i).strip()).filter(v -> !v.isEmpty());
    }

    private String rawCell(String column) {
        int i = columns.indexOf(column);
        return row.cells().get(i);
    }

    private int cellLine(String column) {
        int i = columns.indexOf(column);
        return i >= 0 && i < row.cellLines().size() ? row.cellLines().get(i) : row.line();
    }

    private Provenance provenance(String rule, String column) {
        return Provenance.of(ExportInterpreter.AGENT, rule).atLine(cellLine(column));
    }
}
