package org.fond.ingest.dafp;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.fond.core.analysis.RecordAnalyzer;
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
import org.fond.core.text.NormalisedText;
import org.fond.ingest.ReadResult;
import org.fond.ingest.Reader;
import org.fond.ingest.SourceFile;
import org.fond.ingest.TextDecoding;

/**
 * Reads one document of <i>Documents on Australian Foreign Policy</i> (DFAT) as harvested into Jekyll
 * Markdown: YAML front matter ({@code doc_date}, {@code doc_num}, {@code doc_order}, {@code title},
 * {@code vol_id}, {@code naa_refs} …) and a Markdown body. Id {@code dafp:{vol_id}/{doc_order}}: the
 * order is unique in a volume where the printed number is not always (volume 5 has two 8s).
 *
 * <p>Every front-matter value is kept as a header field with its line, unknown keys too. The
 * {@code naa_refs} the harvest parsed are the National Archives' catalogue form: their raw
 * {@code reference} strings are parsed with Fond's grammar into the record's references, and the
 * catalogue series and control symbol stay beside them as header fields, the gold labels against
 * which that grammar is measured. The body goes through {@link MarkdownNormaliser} and the analyser,
 * which finds the references cited in it. A file whose front matter is not YAML, or has no
 * {@code vol_id} and no {@code doc_order}/{@code doc_num}, is rejected with the line and reason.
 */
public final class DafpReader implements Reader {
    public static final String FORMAT = "dafp-md";
    static final String AGENT = "dafp-reader";
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Pattern EDTF_DAY = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");
    private static final Pattern FORM = Pattern.compile("^(Cablegram|Letter|Memorandum|Minute|Minutes|Note|Notes"
            + "|Despatch|Dispatch|Telegram|Savingram|Submission|Report|Record|Extract|Draft|Cable|Teleprinter"
            + "|Aide-m[ée]moire|Statement|Speech|Agreement|Agenda|Press)\\b");
    private static final Set<String> KNOWN = Set.of("doc_date", "doc_num", "doc_order", "title", "vol_id",
            "vol_title", "vol_full_title", "naa_refs", "reference", "naa_series", "naa_control_symbol", "naa_barcode");

    @Override
    public String format() {
        return FORMAT;
    }

    /** Front matter opening the file that names a DAFP volume and document. */
    @Override
    public boolean accepts(SourceFile file) {
        return TextDecoding.sniff(file).filter(p -> p.startsWith("---\n") || p.startsWith("---\r\n"))
                .filter(p -> p.contains("\nvol_id:") && (p.contains("\ndoc_num:") || p.contains("\ndoc_order:")))
                .isPresent();
    }

    @Override
    public ReadResult read(SourceFile file) {
        return switch (TextDecoding.decode(file.bytes())) {
            case TextDecoding.NotUtf8 bad -> ReadResult.rejected(file.path(), bad.line(), bad.reason());
            case TextDecoding.Decoded decoded -> read(file.path(), decoded.text());
        };
    }

    private ReadResult read(String path, String text) {
        FrontMatter front = FrontMatter.split(text);
        if (front == null) {
            return ReadResult.rejected(path, 1, "no YAML front matter closed by a '---' line");
        }
        JsonNode fields;
        try {
            fields = YAML.readTree(front.yaml());
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 1 : 1 + Math.max(0, e.getLocation().getLineNr());
            return ReadResult.rejected(path, line, "front matter is not YAML: " + e.getOriginalMessage());
        }
        if (fields == null || !fields.isObject()) {
            return ReadResult.rejected(path, 2, "front matter is not a YAML mapping");
        }
        String volume = text(fields, "vol_id");
        String order = text(fields, "doc_order") != null ? text(fields, "doc_order") : text(fields, "doc_num");
        if (volume == null || order == null) {
            return ReadResult.rejected(path, 2, "front matter has no vol_id or no doc_order/doc_num to name the "
                    + "document by");
        }
        return ReadResult.of(build(path, volume, order, fields, front, text));
    }

    private Record build(String path, String volume, String order, JsonNode fields, FrontMatter front, String text) {
        List<HeaderField> header = new ArrayList<>();
        List<QualityFlag> flags = new ArrayList<>();
        List<ArchivalReference> references = new ArrayList<>();
        FrontMatter.Lines lines = front.lines();
        String body = text.substring(front.bodyStart());
        NormalisedText normalised = MarkdownNormaliser.normalise(body, front.bodyLine());
        DocumentDate date = date(fields, lines, flags, normalised.text().plain(), front.bodyLine());
        fields.properties().forEach(e -> {
            String key = e.getKey();
            int line = lines.next(key);
            if (!key.equals("naa_refs")) {
                header.add(new HeaderField(key, scalar(e.getValue()), line, KNOWN.contains(key)));
                return;
            }
            for (JsonNode ref : e.getValue()) {
                ref.properties().forEach(r -> {
                    int at = lines.next(r.getKey());
                    header.add(new HeaderField(r.getKey(), scalar(r.getValue()), at, KNOWN.contains(r.getKey())));
                    if (r.getKey().equals("reference")) {
                        String raw = scalar(r.getValue());
                        ReferenceParser.parse(raw, ReferenceParser.FOUND_IN_CITATION,
                                Provenance.of(AGENT, "naa_refs").atLine(at)).ifPresentOrElse(references::add,
                                () -> flags.add(new QualityFlag("reference-unparsed",
                                        "the reference '" + raw + "' is in no citation family Fond reads", at)));
                    }
                });
            }
        });
        String dateline = firstLine(body);
        if (dateline != null) {
            header.add(new HeaderField("Dateline", dateline, front.bodyLine() + leadingBlankLines(body), true));
        }
        String number = text(fields, "doc_num");
        Record headerRecord = Record.builder("dafp:" + volume + "/" + order)
                .title(text(fields, "title"))
                .date(date)
                .type(dateline == null ? null : form(dateline))
                .languages(new Languages(List.of("en"), List.of("en")))
                .references(references)
                .source(new Source(null, null, volume + "/" + (number != null ? number : order), FORMAT, path))
                .header(header)
                .flags(flags)
                .build();
        return RecordAnalyzer.analyze(headerRecord, normalised);
    }

    /**
     * {@code doc_date} is ISO already ({@code 1949-09-01}, {@code 1941-06}, {@code 1937}): EDTF as it stands.
     * Without a readable one, the date the document's own dateline gives ({@link TextDate}), flagged as such.
     */
    private static DocumentDate date(JsonNode fields, FrontMatter.Lines lines, List<QualityFlag> flags, String plain,
                                     int bodyLine) {
        String date = text(fields, "doc_date");
        int line = lines.first("doc_date");
        if (date != null && EDTF_DAY.matcher(date).matches()) {
            return new DocumentDate(date, date, Provenance.of(AGENT, "doc_date").atLine(line));
        }
        var parsed = date == null ? java.util.Optional.<String>empty() : org.fond.core.date.DateParser.toEdtf(date);
        if (parsed.isPresent()) {
            return new DocumentDate(parsed.get(), date, Provenance.of(AGENT, "doc_date").atLine(line));
        }
        String why = date == null ? "the front matter has no doc_date" : "doc_date '" + date + "' is no date Fond can read";
        var fromText = TextDate.of(plain);
        if (fromText.isPresent()) {
            flags.add(new QualityFlag("date-from-dateline", why + "; the dateline's date " + fromText.get() + " is used", line));
            return new DocumentDate(fromText.get(), date, Provenance.of(AGENT, "dateline").atLine(bodyLine));
        }
        flags.add(new QualityFlag("no-date", why + ", nor does the dateline give one", line));
        return date == null ? null : new DocumentDate(null, date, Provenance.of(AGENT, "doc_date").atLine(line));
    }

    private static String form(String dateline) {
        var m = FORM.matcher(dateline);
        return m.find() ? m.group(1) : null;
    }

    private static String text(JsonNode fields, String key) {
        JsonNode value = fields.get(key);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String s = value.asText().strip();
        return s.isEmpty() ? null : s;
    }

    /** A value as text; a list or mapping where a scalar was expected is kept as its JSON. */
    private static String scalar(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static String firstLine(String body) {
        for (String line : body.split("\n", 20)) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return null;
    }

    private static int leadingBlankLines(String body) {
        int n = 0;
        for (String line : body.split("\n", 20)) {
            if (!line.isBlank()) {
                return n;
            }
            n++;
        }
        return n;
    }
}
