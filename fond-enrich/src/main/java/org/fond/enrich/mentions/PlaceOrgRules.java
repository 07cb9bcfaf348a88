package org.fond.enrich.mentions;

import org.fond.core.date.DateExpression;
import org.fond.core.date.DateParser;
import org.fond.core.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cheap rules for the organizations and places no dictionary knows yet: a capitalised phrase ending in
 * an institution's head word ({@code War Trade Board}, {@code Russian Embassy}) or opening with one
 * ({@code Ministry of Foreign Affairs}), and the place that opens a dateline ({@code Petrograd, March 3, 1918}).
 */
final class PlaceOrgRules {
    /** Folded head words of institutions. */
    private static final Set<String> HEADS = Set.of("ministry", "department", "embassy", "legation", "consulate",
            "board", "committee", "commission", "council", "bank", "company", "co", "corporation", "government",
            "office", "bureau", "railway", "railroad", "army", "navy", "cross", "party", "administration",
            "association", "league", "union", "senate", "congress", "parliament", "duma", "soviet", "mission");
    /** Words that may stand inside an institution's name. */
    private static final Set<String> LINKS = Set.of("of", "for", "and", "the", "on", "de", "des", "du");
    /** Capitalised words that begin a sentence rather than a name. */
    private static final Set<String> OPENERS = Set.of("the", "a", "an", "this", "that", "these", "those", "our",
            "your", "his", "her", "their", "its", "my", "in", "on", "at", "by", "to", "from", "with", "for",
            "if", "when", "as", "and", "but", "since", "after", "before", "all", "no", "any", "every");

    private PlaceOrgRules() {
    }

    record Found(Span span, String type, String rule) {
    }

    static List<Found> find(String text, List<Token> tokens) {
        List<Found> found = new ArrayList<>();
        organizations(tokens, found);
        datelinePlaces(text, tokens, found, true);
        return found;
    }

    /** Runs of capitalised words (with {@code of}, {@code the}… inside) whose last word is an institution's head. */
    private static void organizations(List<Token> tokens, List<Found> found) {
        int i = 0;
        while (i < tokens.size()) {
            if (!isNameWord(tokens.get(i))) {
                i++;
                continue;
            }
            int start = i;
            int lastHead = -1;
            int lastWord = i;
            int j = i;
            while (j < tokens.size()) {
                Token t = tokens.get(j);
                if (isNameWord(t)) {
                    if (HEADS.contains(t.key())) {
                        lastHead = j;
                    }
                    lastWord = j;
                    j++;
                } else if ((LINKS.contains(t.key()) || t.text().equals("’s")
                        // a full stop only after an initial or abbreviation (U. S. Navy), never a sentence's end
                        || (t.text().equals(".") && j > i && tokens.get(j - 1).text().length() <= 2))
                        && j + 1 < tokens.size() && isNameWord(tokens.get(j + 1))) {
                    j++;
                } else {
                    break;
                }
            }
            while (start < lastHead && OPENERS.contains(tokens.get(start).key())) {
                start++;
            }
            // a head word alone (Government) names no particular institution
            int end = lastHead > start ? lastHead
                    : HEADS.contains(tokens.get(start).key()) && lastWord > start ? lastWord : -1;
            if (end > start) {
                found.add(new Found(new Span(tokens.get(start).start(), tokens.get(end).end()), "organization",
                        "organization-head"));
            }
            i = Math.max(j, i + 1);
        }
    }

    /**
     * A short line that opens with one to four capitalised words, a comma and a date: the first part is a
     * place. Only lines short enough to be datelines, holding a year and {@link #mayBeDateline} are
     * given to the date parser; {@code filtered} false drops the last test (to check it changes nothing).
     */
    static void datelinePlaces(String text, List<Token> tokens, List<Found> found, boolean filtered) {
        int lineStart = 0;
        while (lineStart < text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            if (lineEnd - lineStart <= 120) { // a line longer is no dateline: not copied out to be asked
                String line = text.substring(lineStart, lineEnd);
                if (line.indexOf(',') > 0 && (!filtered || mayBeDateline(line)) && YEAR.matcher(line).find()) {
                    for (DateExpression date : DateParser.extract(line, null)) {
                        datelinePlace(text, tokens, lineStart, line, date.span().start(), found);
                        break;
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    /**
     * False when {@code line} cannot open with a place and a date. The place ends at the line's first
     * comma (it may hold none, a comma being no word of it), is four tokens at most, so four runs of
     * non-space characters at most, and the date begins at the first character after the comma and
     * its spaces, which is a letter or a digit as every date rule's first character is. Most short
     * lines holding a year and a comma are notes and list items, and fail this before the date
     * parser is run on them.
     */
    static boolean mayBeDateline(String line) {
        int comma = line.indexOf(',');
        int runs = 0;
        boolean inRun = false;
        for (int i = 0; i < comma; i++) {
            boolean space = Character.isWhitespace(line.charAt(i));
            if (!space && !inRun && ++runs > 4) {
                return false;
            }
            inRun = !space;
        }
        int next = comma + 1;
        while (next < line.length() && Character.isWhitespace(line.charAt(next))) {
            next++;
        }
        return next < line.length() && Character.isLetterOrDigit(line.codePointAt(next));
    }

    private static void datelinePlace(String text, List<Token> tokens, int lineStart, String line, int dateAt,
                                      List<Found> found) {
        String before = line.substring(0, dateAt);
        int comma = before.lastIndexOf(',');
        if (comma <= 0 || !before.substring(comma + 1).isBlank()) {
            return;
        }
        String place = before.substring(0, comma).strip();
        if (place.isEmpty()) {
            return;
        }
        int at = lineStart + before.indexOf(place);
        List<Token> words = within(tokens, at, at + place.length());
        if (words.size() <= 4 && words.stream().allMatch(
                t -> t.capitalised() || t.hyphen() || LINKS.contains(t.key()) || t.text().equals("."))
                && words.stream().noneMatch(t -> PersonRules.TITLES.contains(t.key()) || OPENERS.contains(t.key()))) {
            found.add(new Found(new Span(at, at + place.length()), "place", "dateline-place"));
        }
    }

    /**
     * The tokens lying wholly in {@code [from, to)}. Tokens come in text order without overlapping, so
     * they are found by a binary search for the first at or after {@code from} rather than a scan of all.
     */
    static List<Token> within(List<Token> tokens, int from, int to) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Token> inside = new ArrayList<>();
        for (int i = lo; i < tokens.size() && tokens.get(i).end() <= to; i++) {
            inside.add(tokens.get(i));
        }
        return inside;
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b1[6-9]\\d\\d\\b|\\b20\\d\\d\\b");

    private static boolean isNameWord(Token t) {
        // a capitalised token opening with a letter is a word: no need to ask word() as well
        return t.capitalised() && Character.isLetter(t.text().codePointAt(0));
    }
}
