package org.fond.ingest.frus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fond.core.analysis.RecordAnalyzer;
import org.fond.core.date.DateExpression;
import org.fond.core.date.DateParser;
import org.fond.core.model.Annotation;
import org.fond.core.model.Contributor;
import org.fond.core.model.DocumentDate;
import org.fond.core.model.HeaderField;
import org.fond.core.model.Languages;
import org.fond.core.model.Mention;
import org.fond.core.model.Provenance;
import org.fond.core.model.QualityFlag;
import org.fond.core.model.Record;
import org.fond.core.model.Source;
import org.fond.core.model.Span;
import org.fond.core.model.Text;
import org.fond.core.reference.ArchivalReference;
import org.fond.core.reference.ReferenceParser;
import org.fond.core.text.NormalisedText;

/**
 * Turns one document's {@link DocumentParts} into a {@link Record}: the header values first, then
 * fond-core's analyser over the text, then the FRUS markup the analyser cannot see (footnotes and
 * the editors' person tags) added back as annotations and mentions.
 *
 * <p>The text is kept as {@link Text#verbatim}: its raw form is the plain text itself, not the XML,
 * so offsets round-trip trivially; the document's source line is {@code rawFirstLine}, and every
 * header value, note, page break and name carries the XML line it was read from.
 */
final class FrusRecordBuilder {
    static final String AGENT = "frus-tei-reader";
    static final String SITE = "https://history.state.gov/historicaldocuments/";

    private final String volume;
    private final String path;

    FrusRecordBuilder(String volume, String path) {
        this.volume = volume;
        this.path = path;
    }

    Record build(DocumentParts d) {
        String plain = d.plain();
        List<QualityFlag> flags = new ArrayList<>();
        List<HeaderField> header = new ArrayList<>();
        if (d.number() != null) {
            header.add(new HeaderField("Number", d.number(), d.line(), true));
        } else {
            flags.add(new QualityFlag("no-document-number", "the document has no @n", d.line()));
        }
        if (d.startPage() != null) {
            header.add(new HeaderField("Page", d.startPage(), d.line(), true));
        }
        List<ArchivalReference> references = new ArrayList<>();
        for (DocumentParts.Note note : d.sourceNotes()) {
            header.add(new HeaderField("Source note", note.text(), note.line(), true));
            ReferenceParser.parse(note.text(), ReferenceParser.FOUND_IN_CITATION,
                    Provenance.of(AGENT, "source-note").atLine(note.line())).ifPresent(references::add);
        }
        String title = null;
        if (d.title() != null) {
            title = oneLine(d.trim(d.title()).of(plain));
            header.add(new HeaderField("Title", title, d.titleLine(), true));
        }
        if (title == null || title.isEmpty()) {
            flags.add(new QualityFlag("no-heading", "the document has no head with text", d.line()));
            title = null;
        }
        DocumentDate date = date(d, header, flags);
        String url = SITE + volume + "/" + d.xmlId();
        Record headerRecord = Record.builder(id(volume, d.xmlId()))
                .title(title)
                .date(date)
                .type(d.subtype())
                .languages(new Languages(List.of(), List.of("en")))
                .references(references)
                .contributors(contributors(d))
                .source(new Source(url, url, volume + "/" + d.xmlId(), FrusTeiReader.FORMAT, path))
                .header(header)
                .flags(flags)
                .build();

        Text text = Text.verbatim(plain, d.line());
        Record analysed = RecordAnalyzer.analyze(headerRecord, new NormalisedText(text, d.blocks(), pageBreaks(d)));
        return withMarkup(analysed, d);
    }

    static String id(String volume, String xmlId) {
        return "frus:" + volume + "/" + xmlId;
    }

    /** {@code date/@when} when the editors gave it; else the date's text, else the whole dateline, parsed. */
    private static DocumentDate date(DocumentParts d, List<HeaderField> header, List<QualityFlag> flags) {
        DocumentParts.Dateline dateline = d.dateline();
        if (dateline == null) {
            flags.add(new QualityFlag("no-dateline", "the document has no dateline of its own", d.line()));
            return null;
        }
        String plain = d.plain();
        String datelineText = oneLine(d.trim(dateline.span()).of(plain));
        header.add(new HeaderField("Dateline", datelineText, dateline.line(), true));
        if (dateline.place() != null) {
            header.add(new HeaderField("Place", oneLine(d.trim(dateline.place()).of(plain)), dateline.line(), true));
        }
        String display = dateline.date() == null ? null : oneLine(d.trim(dateline.date()).of(plain));
        display = display == null || display.isEmpty() ? null : display;
        Provenance at = Provenance.of(AGENT, "").atLine(dateline.line());
        if (dateline.when() != null && !dateline.when().isBlank()) {
            return new DocumentDate(dateline.when().strip(), display, rule(at, "date-when"));
        }
        if (display != null) {
            Optional<String> parsed = DateParser.toEdtf(display);
            if (parsed.isPresent()) {
                return new DocumentDate(parsed.get(), display, rule(at, "date-text"));
            }
        }
        for (DateExpression found : DateParser.extract(datelineText, null)) {
            if (found.edtf() != null) {
                return new DocumentDate(found.edtf(), display != null ? display : found.surface(),
                        rule(at, "dateline-text"));
            }
        }
        flags.add(new QualityFlag("no-date", "the dateline '" + datelineText + "' holds no date Fond can read",
                dateline.line()));
        return display == null ? null : new DocumentDate(null, display, rule(at, "date-text"));
    }

    private static Provenance rule(Provenance at, String rule) {
        return new Provenance(at.agent(), rule, at.sourceLine());
    }

    private static List<Contributor> contributors(DocumentParts d) {
        List<Contributor> contributors = new ArrayList<>();
        for (DocumentParts.Named named : d.names()) {
            Span span = d.trim(named.span());
            if (named.role() == null || span.length() == 0) {
                continue;
            }
            contributors.add(new Contributor(oneLine(span.of(d.plain())), named.role(),
                    Provenance.of(AGENT, named.element() + "-" + named.role()).atLine(named.line())));
        }
        return contributors;
    }

    private static List<Annotation.PageBreak> pageBreaks(DocumentParts d) {
        List<Annotation.PageBreak> breaks = new ArrayList<>();
        for (DocumentParts.PageBreak pb : d.pageBreaks()) {
            // the page number and scan live in the rule: PageBreak has no fields for them
            String rule = "pb" + (pb.n() == null ? "" : " n=" + pb.n()) + (pb.facs() == null ? "" : " facs=" + pb.facs());
            breaks.add(new Annotation.PageBreak(new Span(pb.at(), pb.at()), "", false, Set.of(),
                    Provenance.of(AGENT, rule).atLine(pb.line())));
        }
        return breaks;
    }

    /** Footnotes as editorial notes anchored where their marker stands; tagged persons as mentions. */
    private Record withMarkup(Record analysed, DocumentParts d) {
        List<Annotation> annotations = new ArrayList<>(analysed.annotations());
        for (DocumentParts.Footnote note : d.footnotes()) {
            String rule = "footnote" + (note.n() == null ? "" : " n=" + note.n())
                    + (note.xmlId() == null ? "" : " id=" + note.xmlId());
            annotations.add(new Annotation.EditorialNote(new Span(note.anchor(), note.anchor()), "", note.text(),
                    Set.of(), Provenance.of(AGENT, rule).atLine(note.line())));
        }
        annotations.sort(Comparator.comparing(Annotation::span));
        List<Mention> mentions = new ArrayList<>(analysed.mentions());
        for (DocumentParts.Named named : d.names()) {
            Span span = d.trim(named.span());
            if (!named.element().equals("persName") || span.length() == 0) {
                continue;
            }
            String entity = named.corresp() == null ? null : "frus:" + volume + "#" + named.corresp();
            mentions.add(new Mention("person", span, span.of(d.plain()), entity, null,
                    Provenance.of(AGENT, "persName").atLine(named.line())));
        }
        mentions.sort(Comparator.comparing(Mention::span));
        return analysed.toBuilder().annotations(annotations).mentions(mentions).build();
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
