package org.fond.core.model;

import java.util.List;
import java.util.Objects;
import org.fond.core.date.DateExpression;
import org.fond.core.reference.ArchivalReference;

/**
 * One publication unit of an archive (a WCDA record, a FRUS document…), read losslessly and
 * analysed. {@code id} is Fond's id, {@code <source>:<record id>} ({@code wcda:115956}).
 * {@code header} keeps every header field exactly as read, known or not; everything else is
 * derived and says where it came from. Build one with {@link #builder(String)}.
 */
public record Record(
        String id,
        String title,
        DocumentDate date,
        String type,
        Languages languages,
        String summary,
        String citation,
        List<ArchivalReference> references,
        List<Contributor> contributors,
        List<String> donors,
        Source source,
        Text text,
        List<Unit> units,
        List<Annotation> annotations,
        List<Mention> mentions,
        List<DateExpression> dates,
        List<HeaderField> header,
        List<QualityFlag> flags) {

    public Record {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        languages = languages == null ? Languages.none() : languages;
        references = List.copyOf(references);
        contributors = List.copyOf(contributors);
        donors = List.copyOf(donors);
        units = List.copyOf(units);
        annotations = List.copyOf(annotations);
        mentions = List.copyOf(mentions);
        dates = List.copyOf(dates);
        header = List.copyOf(header);
        flags = List.copyOf(flags);
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.title = title; b.date = date; b.type = type; b.languages = languages; b.summary = summary;
        b.citation = citation; b.references = references; b.contributors = contributors; b.donors = donors;
        b.source = source; b.text = text; b.units = units; b.annotations = annotations; b.mentions = mentions;
        b.dates = dates; b.header = header; b.flags = flags;
        return b;
    }

    /** Collects a record's parts; lists default to empty and the text to an empty text. */
    public static final class Builder {
        private final String id;
        private String title;
        private DocumentDate date;
        private String type;
        private Languages languages = Languages.none();
        private String summary;
        private String citation;
        private List<ArchivalReference> references = List.of();
        private List<Contributor> contributors = List.of();
        private List<String> donors = List.of();
        private Source source;
        private Text text = Text.empty();
        private List<Unit> units = List.of();
        private List<Annotation> annotations = List.of();
        private List<Mention> mentions = List.of();
        private List<DateExpression> dates = List.of();
        private List<HeaderField> header = List.of();
        private List<QualityFlag> flags = List.of();

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        public Builder title(String v) { title = v; return this; }
        public Builder date(DocumentDate v) { date = v; return this; }
        public Builder type(String v) { type = v; return this; }
        public Builder languages(Languages v) { languages = v; return this; }
        public Builder summary(String v) { summary = v; return this; }
        public Builder citation(String v) { citation = v; return this; }
        public Builder references(List<ArchivalReference> v) { references = v; return this; }
        public Builder contributors(List<Contributor> v) { contributors = v; return this; }
        public Builder donors(List<String> v) { donors = v; return this; }
        public Builder source(Source v) { source = v; return this; }
        public Builder text(Text v) { text = v; return this; }
        public Builder units(List<Unit> v) { units = v; return this; }
        public Builder annotations(List<Annotation> v) { annotations = v; return this; }
        public Builder mentions(List<Mention> v) { mentions = v; return this; }
        public Builder dates(List<DateExpression> v) { dates = v; return this; }
        public Builder header(List<HeaderField> v) { header = v; return this; }
        public Builder flags(List<QualityFlag> v) { flags = v; return this; }

        public Record build() {
            return new Record(id, title, date, type, languages, summary, citation, references, contributors,
                    donors, source, text, units, annotations, mentions, dates, header, flags);
        }
    }
}
