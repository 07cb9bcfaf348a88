package org.fond.bench;

import java.util.List;

/**
 * The fixed query mix both engines answer: single words, phrases, boolean combinations, a field
 * with a date range, and faceted queries (Fond counts its facets; the floor has none and runs the
 * query alone). Words are common in the FRUS volumes so that every query has work to do.
 */
final class QueryMix {
    enum Kind { WORD, PHRASE, BOOLEAN, FIELD_DATE, FACETED }

    /** {@code text} in classic Lucene syntax; {@code fromYear..toYear} a date range, 0 for none. */
    record Query(Kind kind, String text, int fromYear, int toYear) {
        /** The query as Fond reads it: the date range as {@code date:[a TO b]}. */
        String fond() {
            return fromYear == 0 ? text : "(" + text + ") AND date:[" + fromYear + " TO " + toYear + "]";
        }
    }

    static final List<String> FACETS = List.of("year", "decade", "repository", "language", "type", "sourceFormat");

    static final List<Query> ALL = List.of(
            new Query(Kind.WORD, "treaty", 0, 0),
            new Query(Kind.WORD, "railway", 0, 0),
            new Query(Kind.WORD, "consul", 0, 0),
            new Query(Kind.WORD, "Vladivostok", 0, 0),
            new Query(Kind.PHRASE, "\"Secretary of State\"", 0, 0),
            new Query(Kind.PHRASE, "\"Chinese Government\"", 0, 0),
            new Query(Kind.PHRASE, "\"Foreign Office\"", 0, 0),
            new Query(Kind.BOOLEAN, "treaty AND (Japan OR China)", 0, 0),
            new Query(Kind.BOOLEAN, "(minister OR ambassador) AND protest NOT war", 0, 0),
            new Query(Kind.BOOLEAN, "railway OR railroad", 0, 0),
            new Query(Kind.FIELD_DATE, "title:telegram", 1915, 1920),
            new Query(Kind.FIELD_DATE, "title:minister", 1890, 1905),
            new Query(Kind.FIELD_DATE, "text:Siberia", 1910, 1925),
            new Query(Kind.FACETED, "government", 0, 0),
            new Query(Kind.FACETED, "\"United States\"", 0, 0),
            new Query(Kind.FACETED, "war AND peace", 0, 0));

    private QueryMix() {
    }
}
