package org.fond.core.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a whole display date (a WCDA header date, a title date, a catalogue date) as EDTF:
 * MDY and DMY orders (MODEL.md §1.3 F5), month-year with or without a comma, a bare year, day and
 * month ranges, Russian "17 января 1955 г.", numeric "17.01.1955", and EDTF itself. Anything else,
 * or an impossible date, gives empty; nothing throws.
 */
final class DisplayDates {
    private static final String WORD = "(\\p{L}+)\\.?";
    private static final String TO = "\\s*(?:-|–|—|through|thru|to)\\s*";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern DAY_RANGE = Pattern.compile(
            "(\\d{1,2})" + TO + "(\\d{1,2})\\s+(?:of\\s+)?" + WORD + ",?\\s+(\\d{4})", FLAGS);
    private static final Pattern MDY_RANGE = Pattern.compile(
            WORD + "\\s+(\\d{1,2})" + TO + "(\\d{1,2}),?\\s+(\\d{4})", FLAGS);
    private static final Pattern MONTH_RANGE = Pattern.compile(WORD + TO + WORD + ",?\\s+(\\d{4})", FLAGS);
    private static final Pattern MDY = Pattern.compile(WORD + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})", FLAGS);
    private static final Pattern DMY = Pattern.compile(
            "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + WORD + ",?\\s+(\\d{4})", FLAGS);
    private static final Pattern MONTH_YEAR = Pattern.compile(WORD + ",?\\s+(\\d{4})", FLAGS);
    private static final Pattern NUMERIC_DMY = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern RUSSIAN_YEAR_MARK = Pattern.compile("\\s*(?:г\\.?|года)$");

    private DisplayDates() {
    }

    static Optional<String> toEdtf(String display) {
        if (display == null) {
            return Optional.empty();
        }
        String s = clean(display);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Optional<EdtfDate> edtf = EdtfDate.tryParse(s);
        if (edtf.isPresent()) {
            return Optional.of(edtf.get().edtf());
        }
        return first(s,
                m -> month(m.group(3)).flatMap(mo -> range(day(m.group(4), mo, m.group(1)), day(m.group(4), mo, m.group(2)))),
                DAY_RANGE)
                .or(() -> first(s, m -> month(m.group(1)).flatMap(mo ->
                        range(day(m.group(4), mo, m.group(2)), day(m.group(4), mo, m.group(3)))), MDY_RANGE))
                .or(() -> first(s, m -> month(m.group(1)).flatMap(a -> month(m.group(2)).flatMap(b ->
                        a.getValue() < b.getValue()
                                ? Optional.of(EdtfDate.month(year(m.group(3)), a.getValue()) + "/"
                                        + EdtfDate.month(year(m.group(3)), b.getValue()))
                                : Optional.<String>empty())), MONTH_RANGE))
                .or(() -> first(s, m -> month(m.group(1)).flatMap(mo -> day(m.group(3), mo, m.group(2))), MDY))
                .or(() -> first(s, m -> month(m.group(2)).flatMap(mo -> day(m.group(3), mo, m.group(1))), DMY))
                .or(() -> first(s, m -> month(m.group(1))
                        .map(mo -> EdtfDate.month(year(m.group(2)), mo.getValue())), MONTH_YEAR))
                .or(() -> first(s, m -> {
                    int mo = Integer.parseInt(m.group(2));
                    return mo < 1 || mo > 12 ? Optional.empty() : day(m.group(3), Month.of(mo), m.group(1));
                }, NUMERIC_DMY));
    }

    /** One space between words, no "г."/"года" after a Russian year, no final period. */
    private static String clean(String display) {
        String s = RUSSIAN_YEAR_MARK.matcher(display.strip().replaceAll("\\s+", " ")).replaceFirst("");
        return s.endsWith(".") && !s.endsWith("..") ? s.substring(0, s.length() - 1) : s;
    }

    private static Optional<String> first(String s, Function<Matcher, Optional<String>> read, Pattern pattern) {
        Matcher m = pattern.matcher(s);
        return m.matches() ? read.apply(m) : Optional.empty();
    }

    private static Optional<Month> month(String word) {
        return MonthNames.of(word);
    }

    private static int year(String digits) {
        return Integer.parseInt(digits);
    }

    private static Optional<String> day(String year, Month month, String day) {
        try {
            return Optional.of(EdtfDate.day(LocalDate.of(year(year), month, Integer.parseInt(day))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> range(Optional<String> from, Optional<String> to) {
        if (from.isEmpty() || to.isEmpty() || from.get().compareTo(to.get()) >= 0) {
            return Optional.empty();
        }
        return Optional.of(from.get() + "/" + to.get());
    }
}
