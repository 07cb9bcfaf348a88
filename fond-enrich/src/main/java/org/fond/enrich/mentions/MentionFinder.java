package org.fond.enrich.mentions;

import org.fond.core.date.DateExpression;
import org.fond.core.date.DateParser;
import org.fond.core.model.Mention;
import org.fond.core.model.Provenance;
import org.fond.core.model.Record;
import org.fond.core.model.Span;
import org.fond.core.reference.ReferenceParser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds every mention in a record's plain text: persons (dictionary, trained model, rules),
 * organizations and places (dictionary, then {@link PlaceOrgRules} where no name was found), dates (fond-core's {@link DateParser}), archival
 * references ({@link ReferenceParser}) and quantities ({@link Quantities}). Offsets are UTF-16 into the
 * text given, and each surface is exactly {@code text.substring(start, end)}. Persons are linked to
 * an entity by the {@link Linker}; those it cannot link keep a null entity and are the new authority
 * candidates ({@link NameCandidates}). Thread-safe; never throws on odd text.
 */
public final class MentionFinder {
    public static final String AGENT = "fond-mentions";

    private final Linker linker;
    private final PersonModel model;
    private final boolean rules;

    /** {@code model} may be null: the dictionary and rules still find names. */
    public MentionFinder(Linker linker, PersonModel model, boolean rules) {
        this.linker = linker;
        this.model = model;
        this.rules = rules;
    }

    /** A finder with no names, no model: only rules, dates, references and quantities. */
    public static MentionFinder rulesOnly() {
        return new MentionFinder(new Linker(NameDictionary.empty(), java.util.Map.of()), null, true);
    }

    /** All mentions in {@code text}, in text order; dates resolved against {@code anchorEdtf} (may be null). */
    public List<Mention> find(String text, String anchorEdtf) {
        return find(text, anchorEdtf, List.of());
    }

    /** As {@link #find(String, String)}, preferring entity ids that begin with one of {@code preferredIds}. */
    public List<Mention> find(String text, String anchorEdtf, List<String> preferredIds) {
        List<Mention> mentions = new ArrayList<>(names(text, preferredIds));
        for (DateExpression date : DateParser.extract(text, anchorEdtf)) {
            mentions.add(new Mention("date", date.span(), date.surface(), null, date.edtf(), date.provenance()));
        }
        Provenance refs = Provenance.of(AGENT, "reference");
        for (ReferenceParser.Found ref : ReferenceParser.find(text, ReferenceParser.FOUND_IN_BODY, refs)) {
            Span span = new Span(ref.start(), ref.end());
            mentions.add(new Mention("reference", span, span.of(text), null, ref.reference().canonical(), refs));
        }
        for (Quantities.Quantity q : Quantities.find(text)) {
            Span span = new Span(q.start(), q.end());
            mentions.add(new Mention("quantity", span, span.of(text), null, q.value(),
                    Provenance.of(AGENT, "quantity")));
        }
        mentions.sort(Comparator.comparing(Mention::span).thenComparing(Mention::type));
        return mentions;
    }

    /**
     * The record with the names and quantities found in its text added to its mentions: the ingest path.
     * Dates and references are already there (the record analyser finds them with the same parsers
     * {@link #find} uses); a found name overlapping a mention of the same type already in the record (a
     * reader's gold tag) is not added twice.
     */
    public Record enrich(Record record, List<String> preferredIds) {
        String text = record.text().plain();
        List<Mention> mentions = new ArrayList<>(record.mentions());
        for (Mention m : names(text, preferredIds)) {
            if (!overlapsSameType(record.mentions(), m)) {
                mentions.add(m);
            }
        }
        for (Quantities.Quantity q : Quantities.find(text)) {
            Span span = new Span(q.start(), q.end());
            mentions.add(new Mention("quantity", span, span.of(text), null, q.value(), Provenance.of(AGENT, "quantity")));
        }
        mentions.sort(Comparator.comparing(Mention::span).thenComparing(Mention::type));
        return record.toBuilder().mentions(mentions).build();
    }

    private static boolean overlapsSameType(List<Mention> mentions, Mention m) {
        for (Mention o : mentions) {
            if (o.type().equals(m.type()) && o.span().overlaps(m.span())) {
                return true;
            }
        }
        return false;
    }

    /** Persons, organizations and places only. */
    public List<Mention> names(String text) {
        return names(text, List.of());
    }

    /** Persons, organizations and places, preferring entity ids that begin with one of {@code preferredIds}. */
    public List<Mention> names(String text, List<String> preferredIds) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Token> tokens = Tokenizer.tokens(text);
        List<Candidate> candidates = new ArrayList<>();
        for (NameDictionary.Match m : linker.names().find(text, tokens)) {
            String type = m.candidates().get(0).type();
            Span span = new Span(m.start(), m.end());
            if (type.equals("person") && partOfCommonPhrase(text, tokens, m)) {
                continue;
            }
            Span whole = type.equals("person") ? extendUnknown(text, tokens, m, span) : span;
            candidates.add(new Candidate(whole, type, whole.equals(span) ? "dictionary" : "dictionary-extended", 3));
        }
        if (model != null) {
            for (Span s : model.find(text, tokens)) {
                Span name = PersonRules.withoutTitle(text, tokens, s);
                if (name != null) {
                    candidates.add(new Candidate(name, "person", "model", 2));
                }
            }
        }
        if (rules) {
            for (PersonRules.Found f : PersonRules.find(text, tokens)) {
                candidates.add(new Candidate(f.span(), "person", f.rule(), 1));
            }
        }
        List<Candidate> kept = resolve(candidates);
        if (rules) {
            // organizations and places by rule only where no name was found: they never displace a person
            List<Candidate> more = new ArrayList<>();
            for (PlaceOrgRules.Found f : PlaceOrgRules.find(text, tokens)) {
                if (!overlapsAny(kept, f.span())) {
                    more.add(new Candidate(f.span(), f.type(), f.rule(), 0));
                }
            }
            kept.addAll(resolve(more));
            kept.sort(Comparator.comparing(Candidate::span));
        }
        Linker.Context context = linker.newDocument(preferredIds);
        List<Mention> mentions = new ArrayList<>();
        for (Candidate c : kept) {
            String surface = c.span.of(text);
            String entity = c.rule.equals("dictionary-extended") ? null : context.link(surface, c.type);
            mentions.add(new Mention(c.type, c.span, surface, entity, null, Provenance.of(AGENT, c.rule)));
        }
        return mentions;
    }

    private record Candidate(Span span, String type, String rule, int weight) {
    }

    /** A loop, not a stream: asked for each candidate against those kept, in every record. */
    private static boolean overlapsAny(List<Candidate> kept, Span span) {
        for (Candidate k : kept) {
            if (k.span.overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A person form followed on the same line by more capitalised name words is the start of a longer,
     * unknown name ({@code Kim Il} in {@code Kim Il Chol}): the mention covers the whole name and is not
     * linked to the shorter one.
     */
    private static Span extendUnknown(String text, List<Token> tokens, NameDictionary.Match m, Span span) {
        int next = m.lastToken() + 1;
        if (next >= tokens.size()) {
            return span;
        }
        Token t = tokens.get(next);
        String gap = text.substring(span.end(), t.start());
        boolean joined = gap.equals(" ") || (t.hyphen() && gap.isEmpty());
        if (!joined) {
            return span;
        }
        int from = t.hyphen() ? next + 1 : next;
        if (from >= tokens.size() || tokens.get(from).text().length() < 2) {
            return span;
        }
        int end = PersonRules.nameRun(text, tokens, from);
        return end > from ? new Span(span.start(), tokens.get(end - 1).end()) : span;
    }

    /**
     * A name followed by a capitalised common word is part of another proper noun ({@code White House},
     * {@code White Sea}, {@code Young Men’s Christian Association}), not the person {@code White}; the
     * common words are those the person model saw in lower case in training.
     */
    private boolean partOfCommonPhrase(String text, List<Token> tokens, NameDictionary.Match m) {
        int next = m.lastToken() + 1;
        if (model == null || next >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(next);
        return t.capitalised() && text.substring(m.end(), t.start()).equals(" ")
                && model.lowercase().contains(t.key());
    }

    /** Overlapping finds: the longest wins, then the stronger source (dictionary, model, rule). */
    private static List<Candidate> resolve(List<Candidate> all) {
        List<Candidate> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt((Candidate c) -> -c.span.length()).thenComparingInt(c -> -c.weight));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : sorted) {
            if (!overlapsAny(kept, c.span)) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparing(Candidate::span));
        return kept;
    }
}
