package org.fond.ingest.dafp;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fond.core.date.DateExpression;
import org.fond.core.date.DateParser;

/**
 * The date a DAFP document gives in its own text, independent of the front matter: the editors print
 * it in the dateline that opens the body ({@code Cablegram 234 LONDON, 7 November 1949}). Only the
 * opening lines are read, so a date cited further down (a reply's "your cablegram of 3 June") is not
 * taken for the document's own.
 */
public final class TextDate {
    /** How many non-blank lines from the top may hold the dateline (a classification line can precede it). */
    static final int DATELINE_LINES = 3;

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September"
            + "|October|November|December)";
    private static final Pattern FOOTNOTE = Pattern.compile("\\s*\\[[0-9]{1,2}\\](?:\\(#f[0-9]+\\))?");
    private static final Pattern YEAR_END = Pattern.compile("(?<![0-9])[0-9]{4}$");
    private static final Pattern AFTER_DATE_PART = Pattern.compile("(?:[0-9]|" + MONTH + ")$");
    private static final Pattern GLUED_MONTH = Pattern.compile("([0-9])(?=" + MONTH + ")");
    private static final Pattern ZERO_FOR_O = Pattern.compile("\\b0(?=ctober\\b)");
    private static final Pattern COMMA_BEFORE_MONTH = Pattern.compile("(\\b[0-9]{1,2}),\\s*(?=" + MONTH + ")");
    private static final Pattern GLUED_TIME = Pattern.compile(",(?=[0-9]{1,2}(?:[.:][0-9]{2}|\\s*(?:a\\.m|p\\.m|noon)))");
    private static final Pattern DIGIT_BRACKET = Pattern.compile("(?<=[0-9])\\[|\\](?=[0-9])");
    private static final Pattern YEAR_SLIP = Pattern.compile("(?<=\\b1[89][0-9])[il](?![\\p{L}\\p{N}])");
    /** A day of two characters with a letter printed for a digit ({@code Lo February} for 10 February). */
    private static final Pattern DAY_SLIP = Pattern.compile("(?<![\\p{L}\\p{N}])([0-9lLIoO]{2})(?= " + MONTH + "\\b)");
    /** {@code 123 December 1948]}: the bracket opening {@code [23 December 1948]} printed as a 1. */
    private static final Pattern OPEN_BRACKET_AS_ONE = Pattern.compile("(?<![\\p{L}\\p{N}\\[])1([0-3][0-9]|[1-9])(?= "
            + MONTH + " 1[89][0-9]{2}\\])");
    /** {@code [c. 14 February 19391,}: the bracket closing it printed as a 1 after the year. */
    private static final Pattern CLOSE_BRACKET_AS_ONE = Pattern.compile("(\\[[^\\]]*" + MONTH
            + " 1[89][0-9]{2})1(?![0-9])");
    /** The editors' query after a day they are unsure of ({@code 22(?) May 1944}). */
    private static final Pattern QUERIED = Pattern.compile("(?<=[0-9])\\s?\\(\\?\\)");

    private TextDate() {
    }

    /**
     * The dateline with the volumes' editorial and typesetting marks taken out, each a class seen
     * across volumes: a footnote number after the day ({@code [22] [1] February}, {@code 7 [October] [1] 1947}), the editors'
     * square brackets around a supplied day, month or digit ({@code [2 December] 1948},
     * {@code 194[8]}), a zero printed for the O of {@code October}, a comma between day and month
     * ({@code 22, April 1941}), a day glued to its month ({@code 29March}) and a time glued to the comma after the year ({@code 1940,11.08 p.m.}), an i or l
     * printed for the last 1 of a year ({@code 194i}), letters printed for the digits of a day ({@code Lo February}),
     * a bracket printed as a 1 ({@code 123 December 1948]}, {@code [c. 14 February 19391}) and the editors' query
     * after a day ({@code 22(?) May}; the date read is then marked uncertain by {@link #of}).
     * Only for reading the date: the record's text is never changed.
     */
    static String clean(String line) {
        String s = withoutFootnotes(bracketsPrintedAsOne(line));
        s = QUERIED.matcher(s).replaceAll("");
        s = daySlips(s);
        // a bracket inside a number goes ("194[8]"); one after a word leaves a space ("Report[April")
        s = DIGIT_BRACKET.matcher(s).replaceAll("").replace("[", " ").replace("]", "");
        s = YEAR_SLIP.matcher(s).replaceAll("1");
        s = GLUED_MONTH.matcher(s).replaceAll("$1 ");
        s = ZERO_FOR_O.matcher(s).replaceAll("O");
        s = COMMA_BEFORE_MONTH.matcher(s).replaceAll("$1 ");
        return GLUED_TIME.matcher(s).replaceAll(", ").replaceAll(" {2,}", " ");
    }

    /**
     * A square bracket OCR'd as the digit 1 next to a date: taken back only when the line holds the
     * bracket's partner unmatched, the one sign that the 1 was a bracket and not part of a number.
     */
    private static String bracketsPrintedAsOne(String line) {
        long open = line.chars().filter(c -> c == '[').count();
        long close = line.chars().filter(c -> c == ']').count();
        if (close > open) {
            return OPEN_BRACKET_AS_ONE.matcher(line).replaceFirst("[$1");
        }
        if (open > close) {
            return CLOSE_BRACKET_AS_ONE.matcher(line).replaceFirst("$1]");
        }
        return line;
    }

    /** A two-character day with l, L or I printed for 1 and o or O for 0, when it reads as a day of the month. */
    private static String daySlips(String s) {
        Matcher m = DAY_SLIP.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String day = m.group(1);
            String digits = day.replaceAll("[lLI]", "1").replaceAll("[oO]", "0");
            boolean slip = !digits.equals(day) && Integer.parseInt(digits) >= 1 && Integer.parseInt(digits) <= 31;
            m.appendReplacement(b, slip ? digits : day);
        }
        return m.appendTail(b).toString();
    }

    /**
     * Footnote numbers ({@code [1]}, {@code [1](#f1)}) standing after a day, month or year: a
     * bracketed number after anything else is the editors' supplied text ({@code WASHINGTON, [22]}).
     */
    private static String withoutFootnotes(String line) {
        StringBuilder b = new StringBuilder();
        Matcher m = FOOTNOTE.matcher(line);
        int last = 0;
        while (m.find()) {
            String upTo = line.substring(0, m.start());
            String before = upTo.replaceAll("[\\]\\s]+$", "");
            boolean glued = !m.group().startsWith(" ") && !upTo.isEmpty() && Character.isDigit(upTo.charAt(upTo.length() - 1));
            // "1[7] September", "194[8]": a digit the editors supplied inside a number, not a footnote;
            // glued to a whole year ("1971[1]") or marked as a link ("[1](#f1)") it is one all the same
            boolean footnote = m.group().contains("(#f") || YEAR_END.matcher(upTo).find()
                    || (!glued && AFTER_DATE_PART.matcher(before).find());
            b.append(line, last, m.start());
            if (!footnote) {
                b.append(m.group());
            }
            last = m.end();
        }
        return b.append(line.substring(last)).toString();
    }

    /** The EDTF date of the document's dateline in {@code plain} (the record's stored text), if any. */
    public static Optional<String> of(String plain) {
        if (plain == null) {
            return Optional.empty();
        }
        int seen = 0;
        for (String line : plain.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (!line.chars().anyMatch(Character::isLetterOrDigit)) {
                continue; // "_": the harvest's empty emphasis, no line of the document
            }
            Optional<String> date = DateParser.extract(clean(line), null).stream().map(DateExpression::edtf)
                    .filter(e -> e != null).findFirst();
            if (date.isPresent()) {
                boolean queried = QUERIED.matcher(line).find() && !date.get().endsWith("?") && !date.get().contains("/");
                return queried ? date.map(d -> d + "?") : date;
            }
            if (++seen >= DATELINE_LINES) {
                break;
            }
        }
        return Optional.empty();
    }
}
