package org.fond.search.lucene;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first and last day a date can stand for, as {@code yyyymmdd} numbers for range queries:
 * {@code 1957} is 19570101–19571231, {@code 1955-04/1955-05} is 19550401–19550531. Reads only the
 * plain {@code YYYY[-MM[-DD]]} forms and intervals of them; EDTF qualifiers ({@code ?}, {@code ~},
 * {@code %}) are ignored, and anything else (an unknown date) gives no bounds rather than a guess.
 * Hand-written because the full EDTF grammar belongs to fond-core's date model; this is only the
 * part an index range needs.
 */
record DateBounds(long earliest, long latest) {
    private static final Pattern DAY = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    /** EDTF's qualifiers (uncertain, approximate), left out of the bounds; compiled once, not at every record. */
    private static final Pattern QUALIFIERS = Pattern.compile("[?~%]");

    /** Bounds of an EDTF date or interval, or null when it is not one of the plain forms. */
    static DateBounds of(String edtf) {
        if (edtf == null) {
            return null;
        }
        String cleaned = QUALIFIERS.matcher(edtf.strip()).replaceAll("");
        String[] ends = cleaned.split("/", -1);
        if (ends.length > 2) {
            return null;
        }
        DateBounds first = single(ends[0]);
        DateBounds last = ends.length == 2 ? single(ends[1]) : first;
        if (first == null || last == null || first.earliest > last.latest) {
            return null;
        }
        return new DateBounds(first.earliest, last.latest);
    }

    private static DateBounds single(String s) {
        Matcher m = DAY.matcher(s);
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        try {
            if (m.group(2) == null) {
                return new DateBounds(number(LocalDate.of(year, 1, 1)), number(LocalDate.of(year, 12, 31)));
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return new DateBounds(number(month.atDay(1)), number(month.atEndOfMonth()));
            }
            long day = number(month.atDay(Integer.parseInt(m.group(3))));
            return new DateBounds(day, day);
        } catch (java.time.DateTimeException e) {
            return null; // 1957-13 or 1957-02-30: not a date we can place
        }
    }

    private static long number(LocalDate d) {
        return d.getYear() * 10_000L + d.getMonthValue() * 100L + d.getDayOfMonth();
    }
}
