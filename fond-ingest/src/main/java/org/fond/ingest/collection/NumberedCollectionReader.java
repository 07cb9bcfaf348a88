package org.fond.ingest.collection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fond.core.analysis.RecordAnalyzer;
import org.fond.core.date.DateExpression;
import org.fond.core.date.DateParser;
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
import org.fond.ingest.Reader;
import org.fond.ingest.SourceFile;
import org.fond.ingest.TextDecoding;

/**
 * Reads a published collection of archival documents in one Markdown file, as the Russian archives'
 * collections are laid out in translation: front matter (introduction, preface), then documents each
 * opened by a numbered header {@code **No. 12**}, a title line, a date line, the text, and a closing
 * archival legend ({@code RGANI. F. 3. Op. 16. D. 294. L. 207. Original. Typewritten text.}), then
 * the compilers' notes and indexes. One record per numbered document, id
 * {@code collection:{file name}/{number}}.
 *
 * <p>Document numbers rise through the book; a lower number ({@code **No. 1**} inside document 33) is
 * a numbered part of the current document, not a new one. A document ends at the next one or at a
 * section heading ({@code # Section II}); the last ends after its legend and the notes that follow it,
 * where the book's apparatus begins; so does one closed by a section heading. Legend lines become the record's cited references; the text
 * before the first document and after the last is not a document and makes no record.
 */
public final class NumberedCollectionReader implements Reader {
    public static final String FORMAT = "numbered-collection-md";
    static final String AGENT = "numbered-collection-reader";
    private static final int SNIFF = 64 * 1024;
    private static final Pattern HEADER = Pattern.compile("^\\*\\*No\\. (\\d{1,4})\\*\\*\\s*$");
    private static final Pattern SECTION = Pattern.compile("^# \\S");
    private static final Pattern LEGEND_START = Pattern.compile(
            "^(?:RGANI|RGASPI|GARF|APRF|AP RF|AVP RF|AVPRF|РГАНИ|ГАРФ|АП РФ|АВП РФ)\\.? *(?:F|Ф)\\.");

    @Override
    public String format() {
        return FORMAT;
    }

    /**
     * A Markdown file whose first 64 KiB hold the headers {@code **No. 1**} and {@code **No. 2**} and a
     * line opening with a Russian archive's fond ({@code RGANI. F. 3.}). The prefix is bounded but
     * larger than other readers' because a collection's introduction comes first.
     */
    @Override
    public boolean accepts(SourceFile file) {
        if (!file.name().toLowerCase(java.util.Locale.ROOT).endsWith(".md") || TextDecoding.looksBinary(file.bytes())) {
            return false;
        }
        String prefix = TextDecoding.prefix(file.bytes(), SNIFF);
        return prefix.contains("\n**No. 1**") && prefix.contains("\n**No. 2**")
                && prefix.lines().anyMatch(l -> LEGEND_START.matcher(l).find());
    }

    @Override
    public ReadResult read(SourceFile file) {
        return switch (TextDecoding.decode(file.bytes())) {
            case TextDecoding.NotUtf8 bad -> ReadResult.rejected(file.path(), bad.line(), bad.reason());
            case TextDecoding.Decoded decoded -> read(file, decoded.text());
        };
    }

    private ReadResult read(SourceFile file, String text) {
        List<Line> lines = Line.split(text);
        String collection = collectionName(file.name());
        List<Record> records = new ArrayList<>();
        for (Part part : Part.split(lines)) {
            records.add(build(file.path(), collection, part, text));
        }
        if (records.isEmpty()) {
            return ReadResult.rejected(file.path(), 0, "no numbered document header (**No. 1**) in the file");
        }
        return new ReadResult(records, List.of());
    }

    private Record build(String path, String collection, Part part, String text) {
        List<HeaderField> header = new ArrayList<>();
        List<QualityFlag> flags = new ArrayList<>(part.flags());
        header.add(new HeaderField("Number", part.number(), part.headerLine().number(), true));
        if (part.section() != null) {
            header.add(new HeaderField("Section", part.section().text().substring(2).strip(),
                    part.section().number(), true));
        }
        List<Line> body = part.body();
        List<Line> opening = body.stream().filter(l -> !l.text().isBlank()).limit(3).toList();
        String title = opening.isEmpty() ? null : opening.getFirst().text().strip();
        if (title != null) {
            header.add(new HeaderField("Title", title, opening.getFirst().number(), true));
        } else {
            flags.add(new QualityFlag("no-heading", "document " + part.number() + " has no title line",
                    part.headerLine().number()));
        }
        DocumentDate date = date(opening.size() > 1 ? opening.subList(1, opening.size()) : List.of());
        if (date == null) {
            flags.add(new QualityFlag("no-date", "no date in the lines after document " + part.number()
                    + "'s title", part.headerLine().number()));
        }
        List<ArchivalReference> references = new ArrayList<>();
        for (Line line : body) {
            legend(line).ifPresent(ref -> {
                header.add(new HeaderField("Legend", line.text().strip(), line.number(), true));
                references.add(ref);
            });
        }
        if (references.isEmpty()) {
            flags.add(new QualityFlag("no-legend", "document " + part.number() + " has no archival legend line "
                    + "Fond reads", part.headerLine().number()));
        }
        Record headerRecord = Record.builder("collection:" + collection + "/" + part.number())
                .title(title)
                .date(date)
                .languages(new Languages(List.of("ru"), List.of("en")))
                .references(references)
                .source(new Source(null, null, collection + "/" + part.number(), FORMAT, path))
                .header(header)
                .flags(flags)
                .build();
        String raw = body.isEmpty() ? "" : text.substring(body.getFirst().start(), body.getLast().end());
        int firstLine = body.isEmpty() ? part.headerLine().number() : body.getFirst().number();
        return RecordAnalyzer.analyze(headerRecord, MarkdownNormaliser.normalise(raw, firstLine));
    }

    /**
     * The archival legend a line is, if it is one: a reference with a known repository and levels
     * opening the line, perhaps behind a page number the conversion glued on ({@code 82RGANI. F. 3.}).
     */
    static Optional<ArchivalReference> legend(Line line) {
        String text = line.text().strip();
        int at = 0;
        while (at < text.length() && at < 4 && Character.isDigit(text.charAt(at))) {
            at++;
        }
        if (at >= text.length() || !Character.isUpperCase(text.charAt(at))) {
            return Optional.empty();
        }
        String rest = text.substring(at);
        Provenance provenance = Provenance.of(AGENT, "legend").atLine(line.number());
        List<ReferenceParser.Found> found = ReferenceParser.find(rest, ReferenceParser.FOUND_IN_CITATION, provenance);
        if (found.isEmpty() || found.getFirst().start() != 0 || found.getFirst().reference().repository() == null
                || found.getFirst().reference().repository().code() == null) {
            return Optional.empty();
        }
        return ReferenceParser.parse(rest, ReferenceParser.FOUND_IN_CITATION, provenance);
    }

    /** The first line after the title that is a date or holds one ({@code No. P102/33 June 14, 1963}). */
    private static DocumentDate date(List<Line> lines) {
        for (Line line : lines) {
            String s = line.text().strip();
            Provenance at = Provenance.of(AGENT, "date-line").atLine(line.number());
            Optional<String> whole = DateParser.toEdtf(s);
            if (whole.isPresent()) {
                return new DocumentDate(whole.get(), s, at);
            }
            for (DateExpression found : DateParser.extract(s, null)) {
                if (found.edtf() != null) {
                    return new DocumentDate(found.edtf(), found.surface(), Provenance.of(AGENT, "date-in-line")
                            .atLine(line.number()));
                }
            }
        }
        return null;
    }

    private static String collectionName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** One line of the file: its 1-based number, its text without the line break, where it starts and ends. */
    record Line(int number, String text, int start, int end) {
        static List<Line> split(String text) {
            List<Line> lines = new ArrayList<>();
            int start = 0;
            int number = 1;
            while (start <= text.length()) {
                int newline = text.indexOf('\n', start);
                int end = newline < 0 ? text.length() : newline;
                int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
                lines.add(new Line(number++, text.substring(start, contentEnd), start, contentEnd));
                if (newline < 0) {
                    break;
                }
                start = newline + 1;
            }
            return lines;
        }
    }

    /** One numbered document: its header line, number, the section it stands in, and its body lines. */
    record Part(Line headerLine, String number, Line section, List<Line> body, List<QualityFlag> flags) {
        static List<Part> split(List<Line> lines) {
            List<Part> parts = new ArrayList<>();
            Line section = null;
            int current = -1;
            int last = 0;
            Line open = null;
            Line openSection = null;
            int bodyStart = 0;
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                Matcher header = HEADER.matcher(line.text());
                boolean sectionHeading = SECTION.matcher(line.text()).find();
                boolean next = header.matches() && follows(Integer.parseInt(header.group(1)), last);
                if (next && open != null) {
                    parts.add(new Part(open, String.valueOf(current), openSection, trim(lines.subList(bodyStart, i)),
                            List.of()));
                    open = null;
                } else if (sectionHeading && open != null) {
                    parts.add(endAtLegend(open, String.valueOf(current), openSection, lines.subList(bodyStart, i)));
                    open = null;
                }
                if (sectionHeading) {
                    section = line;
                }
                if (next) {
                    current = Integer.parseInt(header.group(1));
                    last = current;
                    open = line;
                    openSection = section;
                    bodyStart = i + 1;
                }
            }
            if (open != null) {
                parts.add(endAtLegend(open, String.valueOf(current), openSection, lines.subList(bodyStart, lines.size())));
            }
            return parts;
        }

        /**
         * The next document's number: higher than the last, by at most a few (a collection skips the
         * numbers of documents it prints without a header). A far higher one ({@code **No. 549666**}
         * in an appendix) is a number quoted in the apparatus.
         */
        private static boolean follows(int number, int last) {
            return number > last && number <= last + 10;
        }

        /**
         * A document closed by a section heading or the end of the file runs to the end of its legend and
         * the notes after it: what follows there is the book's (a section's title, its apparatus).
         */
        private static Part endAtLegend(Line open, String number, Line section, List<Line> rest) {
            int legend = -1;
            for (int i = 0; i < rest.size(); i++) {
                if (legend(rest.get(i)).isPresent()) {
                    legend = i;
                    break;
                }
            }
            if (legend < 0) {
                return new Part(open, number, section, trim(rest), List.of(new QualityFlag("end-unknown",
                        "the last document has no legend to end at; it runs to the end of the file", open.number())));
            }
            int end = legend + 1;
            while (end < rest.size() && (rest.get(end).text().isBlank() || rest.get(end).text().startsWith("*")
                    || legend(rest.get(end)).isPresent())) {
                end++;
            }
            List<QualityFlag> flags = end < rest.size()
                    ? List.of(new QualityFlag("collection-apparatus-follows", "the book's apparatus from line "
                            + rest.get(end).number() + " on is not part of this document", rest.get(end).number()))
                    : List.of();
            return new Part(open, number, section, trim(rest.subList(0, end)), flags);
        }

        private static List<Line> trim(List<Line> lines) {
            int from = 0;
            int to = lines.size();
            while (from < to && lines.get(from).text().isBlank()) {
                from++;
            }
            while (to > from && lines.get(to - 1).text().isBlank()) {
                to--;
            }
            return List.copyOf(lines.subList(from, to));
        }
    }
}
