package org.fond.core.date;

import java.util.Locale;

/** What sort of date expression a {@link DateExpression} is (the "Kind" column of MODEL.md §5.5). */
public enum DateKind {
    /** A full date with its year written: "December 17, 1957", "17 December 1957". */
    ABSOLUTE,
    /** Days or months spanned: "14 through 20 December 1957", "December 14-20, 1957". */
    RANGE,
    /** A month and year: "January 1958". */
    MONTH,
    /** Two months of one year: "April-May 1955". */
    MONTH_RANGE,
    /** A year named with a preposition that makes it a year: "in 1958". */
    YEAR,
    /** Two years: "1955-1956". */
    YEAR_RANGE,
    /** A day and month whose year comes from the anchor: "as of 13 December". */
    DAY_NO_YEAR,
    /** A month whose year is inherited or inferred: "May", "in January", "the September (plenum)". */
    MONTH_NO_YEAR,
    /** "today", "tomorrow", "yesterday". */
    DEICTIC,
    /** A deictic word restated as a date: "tomorrow, 18 December". */
    DEICTIC_ABSOLUTE,
    /** A year relative to the anchor: "last year", "this year", "the current agricultural year". */
    RELATIVE,
    /** A month relative to the anchor: "last August's". */
    RELATIVE_MONTH,
    /** A qualified part of a year: "until the middle of 1949". */
    APPROXIMATE,
    /** An interval open at one end: "Before 1953". */
    OPEN_INTERVAL,
    /** A date something must happen by: "By the new year". */
    DEADLINE;

    /** The id stored in {@link DateExpression#kind()}: {@code day-no-year}, {@code deictic+absolute}. */
    public String id() {
        return this == DEICTIC_ABSOLUTE ? "deictic+absolute" : name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
