package org.fond.core.date;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An EDTF (ISO 8601-2) date read as the interval of days it may denote, which is how the search
 * index stores a date: {@code 1957} covers 1957-01-01..1957-12-31, {@code 1955-04/1955-05} covers
 * 1955-04-01..1955-05-31. An open end ({@code ../1952}, {@code 1954/..}) or an unknown one
 * ({@code /1952}) has a null bound. Qualifiers {@code ~} (approximate), {@code ?} (uncertain) and
 * {@code %} (both) are kept as flags and do not widen the bounds; unspecified digits
 * ({@code 195X}, {@code 1957-XX}) do widen them. Hand-written because the supported subset is
 * small and no maintained Java EDTF library is on the dependency list.
 *
 * @param edtf        the EDTF string as given (stripped)
 * @param precision   the precision of the first bounded endpoint
 * @param earliest    the first day it may denote; null when the start is open or unknown
 * @param latest      the last day it may denote; null when the end is open or unknown
 * @param interval    whether it was written as an interval {@code a/b}
 * @param approximate whether any endpoint carries {@code ~} or {@code %}
 * @param uncertain   whether any endpoint carries {@code ?} or {@code %}
 */
public record EdtfDate(String edtf, Precision precision, LocalDate earliest, LocalDate latest, boolean interval,
                       boolean approximate, boolean uncertain) {

    /** How finely a date is given. */
    public enum Precision { YEAR, MONTH, DAY }

    private static final Pattern POINT = Pattern.compile(
            "(\\d{4}|\\d{3}X|\\d{2}XX)(?:-(\\d{2}|XX)(?:-(\\d{2}|XX))?)?([~?%])?");

    private record Point(Precision precision, LocalDate earliest, LocalDate latest, String qualifier) {
    }

    /**
     * Reads {@code edtf}; throws {@link IllegalArgumentException} when it is not in the supported
     * subset, like {@link LocalDate#parse}. Use {@link #tryParse} for untrusted input.
     */
    public static EdtfDate parse(String edtf) {
        return tryParse(edtf).orElseThrow(() -> new IllegalArgumentException("not a supported EDTF date: " + edtf));
    }

    /** Reads {@code edtf}, or empty when it is null, malformed or names an impossible date. */
    public static Optional<EdtfDate> tryParse(String edtf) {
        if (edtf == null) {
            return Optional.empty();
        }
        String s = edtf.strip();
        int slash = s.indexOf('/');
        if (slash < 0) {
            return point(s).map(p -> new EdtfDate(s, p.precision(), p.earliest(), p.latest(), false,
                    approximate(p.qualifier()), uncertain(p.qualifier())));
        }
        String a = s.substring(0, slash);
        String b = s.substring(slash + 1);
        boolean openStart = a.isEmpty() || a.equals("..");
        boolean openEnd = b.isEmpty() || b.equals("..");
        if (openStart && openEnd) {
            return Optional.empty();
        }
        Optional<Point> start = openStart ? Optional.of(new Point(null, null, null, null)) : point(a);
        Optional<Point> end = openEnd ? Optional.of(new Point(null, null, null, null)) : point(b);
        if (start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        Point from = start.get();
        Point to = end.get();
        if (from.earliest() != null && to.latest() != null && from.earliest().isAfter(to.latest())) {
            return Optional.empty();
        }
        Precision precision = from.precision() != null ? from.precision() : to.precision();
        return Optional.of(new EdtfDate(s, precision, from.earliest(), to.latest(), true,
                approximate(from.qualifier()) || approximate(to.qualifier()),
                uncertain(from.qualifier()) || uncertain(to.qualifier())));
    }

    private static Optional<Point> point(String s) {
        Matcher m = POINT.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        String year = m.group(1);
        int yearFrom = Integer.parseInt(year.replace('X', '0'));
        int yearTo = Integer.parseInt(year.replace('X', '9'));
        String q = m.group(4);
        if (m.group(2) == null) {
            return Optional.of(new Point(Precision.YEAR, LocalDate.of(yearFrom, 1, 1), LocalDate.of(yearTo, 12, 31), q));
        }
        if (year.contains("X") && !m.group(2).equals("XX")) {
            return Optional.empty();
        }
        boolean anyMonth = m.group(2).equals("XX");
        int month = anyMonth ? 0 : Integer.parseInt(m.group(2));
        if (!anyMonth && (month < 1 || month > 12)) {
            return Optional.empty();
        }
        if (m.group(3) == null) {
            return Optional.of(anyMonth
                    ? new Point(Precision.MONTH, LocalDate.of(yearFrom, 1, 1), LocalDate.of(yearTo, 12, 31), q)
                    : new Point(Precision.MONTH, LocalDate.of(yearFrom, month, 1),
                            YearMonth.of(yearTo, month).atEndOfMonth(), q));
        }
        if (m.group(3).equals("XX")) {
            LocalDate first = LocalDate.of(yearFrom, anyMonth ? 1 : month, 1);
            LocalDate last = anyMonth ? LocalDate.of(yearTo, 12, 31) : YearMonth.of(yearTo, month).atEndOfMonth();
            return Optional.of(new Point(Precision.DAY, first, last, q));
        }
        if (anyMonth || year.contains("X")) {
            return Optional.empty();
        }
        int day = Integer.parseInt(m.group(3));
        if (day < 1 || day > YearMonth.of(yearFrom, month).lengthOfMonth()) {
            return Optional.empty();
        }
        LocalDate date = LocalDate.of(yearFrom, month, day);
        return Optional.of(new Point(Precision.DAY, date, date, q));
    }

    private static boolean approximate(String q) {
        return "~".equals(q) || "%".equals(q);
    }

    private static boolean uncertain(String q) {
        return "?".equals(q) || "%".equals(q);
    }

    /** Whether the interval has no known start ({@code ../1952}). */
    public boolean isOpenStart() {
        return earliest == null;
    }

    /** Whether the interval has no known end ({@code 1954/..}). */
    public boolean isOpenEnd() {
        return latest == null;
    }

    /** Whether every day it may denote lies after {@code other}'s last day. */
    public boolean isAfter(EdtfDate other) {
        return earliest != null && other.latest != null && earliest.isAfter(other.latest);
    }

    /** Whether every day it may denote lies before {@code other}'s first day. */
    public boolean isBefore(EdtfDate other) {
        return latest != null && other.earliest != null && latest.isBefore(other.earliest);
    }

    /** Whether {@code day} falls inside the interval, open ends counting as unbounded. */
    public boolean contains(LocalDate day) {
        return (earliest == null || !day.isBefore(earliest)) && (latest == null || !day.isAfter(latest));
    }

    /** {@code 1957-12-17}. */
    static String day(LocalDate date) {
        return date.toString();
    }

    /** {@code 1957-12}. */
    static String month(int year, int month) {
        return YearMonth.of(year, month).toString();
    }

    /** {@code 1957}. */
    static String year(int year) {
        return String.format("%04d", year);
    }
}
