package org.fond.search.query;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.fond.core.model.Layer;

/**
 * A query as Fond understands it, before any engine sees it. A {@code field} of {@code null} means
 * "the words of the record": title, summary and text, or the layers a {@link LayerScope} names.
 * Field names are Fond's index names ({@code title}, {@code fileKey}, {@code text_translator}…),
 * already checked by the parser; values are as typed, not analysed.
 */
public sealed interface SearchQuery {

    /** Every record. */
    record MatchAll() implements SearchQuery {
    }

    /**
     * One typed word. An engine analyses it; if it yields several tokens (a hyphenated name, a Han or
     * Hangul word read as bigrams) they must occur together, as a phrase.
     */
    record Word(String field, String text) implements SearchQuery {
        public Word {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Words in this order, with up to {@code slop} moves between them. */
    record Phrase(String field, String text, int slop) implements SearchQuery {
        public Phrase {
            Objects.requireNonNull(text, "text");
        }

        public Phrase(String field, String text) {
            this(field, text, 0);
        }
    }

    /**
     * Words, as a phrase of the record's words, except where they are part of one of the names
     * {@code notWithin}: a form of a name the authority expanded, outside other entities' longer names
     * ({@code Kim Il}, never inside {@code Kim Il Sung}), or a word that names nobody, outside the names
     * that join it as a syllable ({@code won}, never inside {@code Pak Ui-won}).
     */
    record NameForm(String text, List<String> notWithin) implements SearchQuery {
        public NameForm {
            Objects.requireNonNull(text, "text");
            notWithin = List.copyOf(notWithin);
        }
    }

    /** Words starting with {@code prefix} ({@code Kuzn*}). */
    record Prefix(String field, String prefix) implements SearchQuery {
    }

    /** A word pattern with {@code *} (any characters) and {@code ?} (one character), not at its start. */
    record Wildcard(String field, String pattern) implements SearchQuery {
    }

    /** Words within {@code maxEdits} edits of {@code text} ({@code Puzanof~}). */
    record Fuzzy(String field, String text, int maxEdits) implements SearchQuery {
    }

    /** Words matching a regular expression ({@code /kuz.*ov/}). */
    record Regexp(String field, String pattern) implements SearchQuery {
    }

    /** Whole values of a key field between two values; a null end is open. */
    record KeyRange(String field, String from, String to, boolean fromInclusive, boolean toInclusive)
            implements SearchQuery {
    }

    /**
     * Records whose date overlaps the range; ends are {@code YYYY[-MM[-DD]]} or null (open). An
     * exclusive end excludes the whole period it names ({@code {1955 TO} starts in 1956}).
     */
    record DateRange(String from, String to, boolean fromInclusive, boolean toInclusive) implements SearchQuery {
    }

    /**
     * Records with an archival reference at or under the cited level, in any citation style
     * ({@code ref:"AVPRF F. 0102, Op. 14"}); numbered folios narrow it to overlapping folios.
     */
    record Reference(String citation) implements SearchQuery {
    }

    /** Clauses that must, may or must not match; a group of only exclusions means "everything but". */
    record Bool(List<Clause> clauses) implements SearchQuery {
        public Bool {
            clauses = List.copyOf(clauses);
        }
    }

    record Clause(Occur occur, SearchQuery query) {
        public Clause {
            Objects.requireNonNull(occur, "occur");
            Objects.requireNonNull(query, "query");
        }
    }

    enum Occur { MUST, SHOULD, MUST_NOT }

    /** The words of {@code query} (those with no field) are looked for in these layers only (MODEL.md §3.4). */
    record LayerScope(Set<Layer> layers, SearchQuery query) implements SearchQuery {
        public LayerScope {
            layers = Set.copyOf(layers);
            if (layers.isEmpty()) {
                throw new IllegalArgumentException("a layer scope names at least one layer");
            }
        }
    }

    /** {@code query^boost}: weighs this part of the query more (or less) in ranking. */
    record Boost(SearchQuery query, float boost) implements SearchQuery {
    }

    /** Any of these, each as one alternative (e.g. the name forms an authority expanded a name into). */
    static SearchQuery anyOf(List<? extends SearchQuery> alternatives) {
        if (alternatives.size() == 1) {
            return alternatives.get(0);
        }
        return new Bool(alternatives.stream().map(a -> new Clause(Occur.SHOULD, a)).toList());
    }
}
