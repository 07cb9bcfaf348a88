package org.fond.ingest.wcda;

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
import org.fond.core.text.MarkdownNormaliser;
import org.fond.ingest.ReadResult;
import org.fond.ingest.wcda.ExportHeader.Field;

/**
 * Reads the values of one export's header into a {@link Record}, then hands the body to
 * fond-core's normaliser and analyser. Every derived value that can say where it came from names
 * its source line.
 *
 * <p>A citation without a {@code /document/{number}} URL is rejected rather than given an id made
 * from the file's hash: the URL is the only key that stays the same when a corrected export of the
 * same record is ingested again, so a hash id would turn every re-export into a duplicate record.
 */
final class ExportInterpreter {
    static final String AGENT = "wcda-reader";
    static final String CANONICAL_HOST = "https://digitalarchive.wilsoncenter.org";
    /** The legacy record id, from {@code /document/{digits}} on any host (T3). */
    private static final Pattern RECORD_ID = Pattern.compile("^https?://[^/\\s]+/document/(\\d+)(?:[/?#].*)?$");

    private final String path;
    private final String text;
    private final List<Line> lines;
    private final ExportHeader header;
    private final List<QualityFlag> flags = new ArrayList<>();

    ExportInterpreter(String path, String text, List<Line> lines, ExportHeader header) {
        this.path = path;
        this.text = text;
        this.lines = lines;
        this.header = header;
    }

    ReadResult read() {
        int firstLine = firstNonBlankLine();
        if (header.titleBlock().isEmpty() && header.fields().isEmpty()) {
            return reject(firstLine, "no WCDA export header: no title block and no Citation, Summary, Credits, "
                    + "Original Language or Contents field");
        }
        if (header.titleBlock().isEmpty()) {
            return reject(firstLine, "no title: expected '# {date} {title}' or a bold date line and bold title lines");
        }
        TitleBlock title = header.titleBlock().get();
        Optional<Field> citationField = header.field(Label.Kind.CITATION);
        if (citationField.isEmpty()) {
            return reject(title.titleLine(), "no Citation field (the record id comes from the citation URL)");
        }
        Field field = citationField.get();
        Citation citation = Citation.parse(field.joined());
        if (citation.url() == null) {
            return reject(field.firstLine(), "citation has no URL");
        }
        int urlLine = field.lineAt(citation.urlAt());
        Matcher id = RECORD_ID.matcher(citation.url());
        if (!id.matches()) {
            return reject(urlLine, "citation URL " + citation.url() + " has no /document/{number} record id");
        }
        String recordId = id.group(1);
        Record headerRecord = Record.builder("wcda:" + recordId)
                .title(title.title())
                .date(date(title, citation, field))
                .languages(languages())
                .summary(header.field(Label.Kind.SUMMARY).map(Field::joined).filter(s -> !s.isEmpty()).orElse(null))
                .citation(citation.text())
                .references(references(citation, field))
                .contributors(contributors(citation, field))
                .donors(header.field(Label.Kind.CREDITS).map(f -> Donors.parse(f.joined())).orElse(List.of()))
                .source(new Source(citation.url(), CANONICAL_HOST + "/document/" + recordId, recordId,
                        WcdaExportReader.FORMAT, path))
                .header(headerFields(title))
                .build();
        checkTitle(title, citation, field);
        Record withFlags = headerRecord.toBuilder().flags(flags).build();

        int bodyFirstLine = header.bodyIndex() < lines.size() ? lines.get(header.bodyIndex()).number()
                : lines.size() + 1;
        String body = header.bodyIndex() < lines.size() ? text.substring(lines.get(header.bodyIndex()).start()) : "";
        return ReadResult.of(RecordAnalyzer.analyze(withFlags, MarkdownNormaliser.normalise(body, bodyFirstLine)));
    }

    private DocumentDate date(TitleBlock title, Citation citation, Field citationField) {
        String display = title.displayDate();
        Provenance provenance = Provenance.of(AGENT, "title-block-date").atLine(title.dateLine());
        if (display == null && citation.displayDate() != null) {
            display = citation.displayDate();
            provenance = Provenance.of(AGENT, "citation-date").atLine(citationField.lineAt(citation.titleAt()));
        }
        if (display == null) {
            flags.add(new QualityFlag("no-display-date", "neither the title block nor the citation gives a date",
                    title.titleLine()));
            return null;
        }
        if (title.displayDate() != null && citation.displayDate() != null
                && !normalise(title.displayDate()).equalsIgnoreCase(normalise(citation.displayDate()))) {
            flags.add(new QualityFlag("date-citation-mismatch", "title block date '" + title.displayDate()
                    + "' differs from the citation's '" + citation.displayDate() + "'", title.dateLine()));
        }
        return new DocumentDate(DateParser.toEdtf(display).orElse(null), display, provenance);
    }

    private Languages languages() {
        List<String> original = new ArrayList<>();
        header.field(Label.Kind.ORIGINAL_LANGUAGE).ifPresent(f -> {
            for (String name : LanguageNames.names(f.asRead())) {
                Optional<String> code = LanguageNames.code(name);
                if (code.isPresent()) {
                    if (!original.contains(code.get())) {
                        original.add(code.get());
                    }
                } else {
                    flags.add(new QualityFlag("unknown-language", "original language '" + name
                            + "' is not a language name Fond knows", f.firstLine()));
                }
            }
        });
        Set<String> content = new LinkedHashSet<>();
        header.field(Label.Kind.CONTENTS).ifPresent(f -> f.value().stream()
                .map(l -> ContentToken.parse(l.text())).flatMap(Optional::stream)
                .map(ContentToken::language).filter(l -> l != null).forEach(content::add));
        return new Languages(original, List.copyOf(content));
    }

    private List<ArchivalReference> references(Citation citation, Field field) {
        if (citation.title() == null) {
            flags.add(new QualityFlag("citation-unparsed", "the citation does not start with a quoted title, "
                    + "a date and the publisher", field.firstLine()));
        }
        if (citation.source() == null) {
            return List.of();
        }
        Provenance provenance = Provenance.of(AGENT, "citation-source").atLine(field.lineAt(citation.sourceAt()));
        return ReferenceParser.parse(citation.source(), "citation", provenance).map(List::of).orElse(List.of());
    }

    private List<Contributor> contributors(Citation citation, Field field) {
        List<Contributor> contributors = new ArrayList<>();
        Provenance provenance = Provenance.of(AGENT, "citation-credit")
                .atLine(citation.creditsAt() >= 0 ? field.lineAt(citation.creditsAt()) : field.firstLine());
        Set<String> projects = new LinkedHashSet<>();
        for (Citation.Credit credit : citation.creditList()) {
            contributors.add(new Contributor(credit.name(), credit.role(), provenance));
            if (credit.project() != null) {
                projects.add(credit.project());
            }
        }
        for (String project : projects) {
            contributors.add(new Contributor(project, "project", provenance));
        }
        return contributors;
    }

    /** The title block as {@code Date} and {@code Title} fields, then every labelled field in file order. */
    private List<HeaderField> headerFields(TitleBlock title) {
        List<HeaderField> fields = new ArrayList<>();
        if (title.displayDate() != null) {
            fields.add(new HeaderField("Date", title.displayDate(), title.dateLine(), true));
        }
        fields.add(new HeaderField("Title", title.title(), title.titleLine(), true));
        for (Field f : header.fields()) {
            fields.add(new HeaderField(f.label().text(), f.asRead(), f.label().line(),
                    f.label().kind() != Label.Kind.UNKNOWN));
        }
        return fields;
    }

    /** T2: the record title should equal the citation's quoted title; a mismatch is flagged, not fatal. */
    private void checkTitle(TitleBlock title, Citation citation, Field field) {
        if (citation.title() != null && !normalise(title.title()).equals(normalise(citation.title()))) {
            flags.add(new QualityFlag("title-citation-mismatch", "title '" + title.title()
                    + "' differs from the citation's '" + citation.title() + "'", field.lineAt(citation.titleAt())));
        }
    }

    private static String normalise(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    private int firstNonBlankLine() {
        return lines.stream().filter(l -> !l.isBlank()).mapToInt(Line::number).findFirst().orElse(1);
    }

    private ReadResult reject(int line, String reason) {
        return ReadResult.rejected(path, line, reason);
    }
}
