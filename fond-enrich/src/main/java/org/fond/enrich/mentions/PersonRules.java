package org.fond.enrich.mentions;

import org.fond.core.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cheap rules that find person names no dictionary or model knows, in the ways diplomatic papers name
 * people: after an honorific or rank ({@code Mr. Harvey}, {@code General Janin}, {@code Count
 * Czernin}: the name without the title), in parentheses after a role in a heading ({@code The
 * Ambassador in Russia (Francis)}), and alone on a signature line at the end of a text.
 */
final class PersonRules {
    /** Folded keys of titles and ranks that precede a name. */
    static final Set<String> TITLES = Set.of("mr", "mrs", "miss", "messrs", "dr", "general", "gen", "admiral",
            "colonel", "col", "major", "maj", "captain", "capt", "lieutenant", "lieut", "lt", "commander",
            "count", "countess", "baron", "prince", "princess", "professor", "prof", "ambassador", "consul",
            "minister", "president", "secretary", "senator", "judge", "bishop", "father", "sir", "lord",
            "lady", "ataman", "hetman", "premier", "monsieur", "m", "herr", "madame", "mme", "signor",
            "sergeant", "ensign", "governor", "chancellor", "emperor", "king", "queen", "tsar", "czar",
            "grand", "duke", "marshal", "commissar", "comrade", "товарищ", "господин", "г", "генерал");
    /** Roles whose holder a FRUS heading names in parentheses. */
    private static final Set<String> ROLES = Set.of("ambassador", "minister", "consul", "charge", "secretary",
            "representative", "commissioner", "agent", "attache", "counselor", "president", "general", "chief",
            "chairman", "commander", "delegate", "director", "governor", "member", "head", "envoy", "officer");
    /** Capitalised words that are not names even after a title ({@code General Staff}, {@code Consul General}). */
    static final Set<String> NOT_NAMES = Set.of("general", "staff", "government", "governments", "embassy",
            "legation", "consulate", "department", "state", "states", "secretary", "minister", "ministry", "of",
            "the", "and", "for", "in", "at", "to", "on", "by", "consul", "council", "office", "war", "navy",
            "foreign", "affairs", "army", "headquarters", "commission", "committee", "mission", "american",
            "british", "french", "russian", "japanese", "german", "chinese", "allied", "allies", "i", "it",
            "he", "she", "we", "they", "this", "that", "his", "her", "january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "telegram", "telegraphic",
            "confidential", "strictly", "urgent", "secret", "paraphrase", "translation", "no", "file",
            "ambassador", "president", "admiral", "colonel", "major", "captain", "count", "mr", "mrs", "dr",
            "sir", "lord", "prince", "chief", "charge", "agent", "commissioner", "bank", "company", "red",
            "cross", "railway", "railroad", "russia", "siberia", "washington", "petrograd", "moscow", "london",
            "paris", "tokyo", "peking", "vladivostok", "harbin", "archangel", "omsk", "kiev", "see", "also",
            "counselor", "counsellor", "attorney", "instruction", "instructions", "staffs", "railways",
            "governor", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "hundred", "thousand", "dear", "excellency", "sirs", "gentlemen", "yours", "sincerely");
    /** Lower-case particles inside a name ({@code Macchi di Cellere}, {@code Barclay de R.}). */
    private static final Set<String> PARTICLES = Set.of("de", "di", "da", "del", "della", "du", "von", "van",
            "der", "den", "le", "la", "y", "e", "ibn", "bin");

    private PersonRules() {
    }

    /** Every rule's finds, by rule name: {@code title}, {@code heading}, {@code signature}. */
    static List<Found> find(String text, List<Token> tokens) {
        List<Found> found = new ArrayList<>();
        afterTitles(text, tokens, found);
        headingParentheses(text, tokens, found);
        signature(text, tokens, found);
        return found;
    }

    record Found(Span span, String rule) {
    }

    private static void afterTitles(String text, List<Token> tokens, List<Found> found) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.capitalised() || !TITLES.contains(t.key())) {
                continue;
            }
            int j = i + 1;
            if (j < tokens.size() && tokens.get(j).text().equals(".")) {
                j++;
            }
            int end = nameRun(text, tokens, j);
            if (end > j) {
                found.add(new Found(new Span(tokens.get(j).start(), tokens.get(end - 1).end()), "title"));
                i = end - 1;
                if (t.key().equals("messrs")) {
                    i = listAfter(text, tokens, end, found) - 1;
                }
            }
        }
    }

    /** After {@code Messrs. A}: the further names of the list ({@code , B, and C}); returns where it ends. */
    private static int listAfter(String text, List<Token> tokens, int at, List<Found> found) {
        int i = at;
        while (i < tokens.size()) {
            int j = i;
            if (j < tokens.size() && tokens.get(j).text().equals(",")) {
                j++;
            }
            if (j < tokens.size() && tokens.get(j).key().equals("and")) {
                j++;
            }
            if (j == i) {
                return i;
            }
            int end = nameRun(text, tokens, j);
            if (end == j) {
                return i;
            }
            found.add(new Found(new Span(tokens.get(j).start(), tokens.get(end - 1).end()), "title-list"));
            i = end;
        }
        return i;
    }

    /**
     * A found span without the title it begins with ({@code Baron Sonnino} → {@code Sonnino}, as the
     * FRUS editors tag names); null when nothing of a name is left (a title or initials alone).
     */
    static Span withoutTitle(String text, List<Token> tokens, Span span) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() >= span.start() && t.end() <= span.end()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return null;
        }
        while (first <= last && (TITLES.contains(tokens.get(first).key()) || tokens.get(first).text().equals("."))) {
            first++;
        }
        boolean word = false;
        for (int i = first; i <= last; i++) {
            word |= tokens.get(i).word() && tokens.get(i).text().length() > 1;
        }
        return word ? new Span(tokens.get(first).start(), tokens.get(last).end()) : null;
    }

    /** In a text's first line, {@code (Name)} after a role word. */
    private static void headingParentheses(String text, List<Token> tokens, List<Found> found) {
        int firstLineEnd = text.indexOf('\n');
        int limit = firstLineEnd < 0 ? text.length() : firstLineEnd;
        boolean role = false;
        for (int i = 0; i < tokens.size() && tokens.get(i).start() < limit; i++) {
            Token t = tokens.get(i);
            if (ROLES.contains(t.key())) {
                role = true;
            } else if (role && t.text().equals("(")) {
                int end = nameRun(text, tokens, i + 1);
                if (end > i + 1 && end < tokens.size() && tokens.get(end).text().equals(")")) {
                    found.add(new Found(new Span(tokens.get(i + 1).start(), tokens.get(end - 1).end()), "heading"));
                }
            }
        }
    }

    /** The last line of the text, when it is one to four capitalised words: a signature. */
    private static void signature(String text, List<Token> tokens, List<Found> found) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = text.lastIndexOf('\n', end - 1) + 1;
        int first = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= start) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return;
        }
        int run = nameRun(text, tokens, first);
        if (run > first && run - first <= 6 && (run == tokens.size()
                || (run == tokens.size() - 1 && tokens.get(run).text().equals(".")))) {
            found.add(new Found(new Span(tokens.get(first).start(), tokens.get(run - 1).end()), "signature"));
        }
    }

    /**
     * The end (exclusive) of a run of name tokens from {@code from}: capitalised words not in
     * {@link #NOT_NAMES}, initials with their full stops, and particles inside ({@code de}, {@code von});
     * the run stays on one line and ends on a capitalised word.
     */
    static int nameRun(String text, List<Token> tokens, int from) {
        int end = from;
        int lastWord = from;
        for (int i = from; i < tokens.size() && i - from < 8; i++) {
            Token t = tokens.get(i);
            if (i > from && text.substring(tokens.get(i - 1).end(), t.start()).indexOf('\n') >= 0) {
                break;
            }
            boolean initial = t.word() && t.text().length() == 1 && t.capitalised();
            if (t.text().equals(".") && i > from && tokens.get(i - 1).text().length() <= 2) {
                continue;
            }
            if (t.hyphen() && i > from && i + 1 < tokens.size() && tokens.get(i + 1).capitalised()) {
                continue;
            }
            if (t.word() && t.capitalised() && !NOT_NAMES.contains(t.key()) && !t.text().chars().allMatch(
                    c -> Character.isUpperCase(c) || !Character.isLetter(c)) || initial) {
                lastWord = i + 1;
                end = lastWord;
            } else if (i > from && PARTICLES.contains(t.key()) && !t.capitalised()) {
                continue;
            } else {
                break;
            }
        }
        // a run of initials alone is no name
        for (int i = from; i < end; i++) {
            if (tokens.get(i).word() && tokens.get(i).text().length() > 1) {
                return end;
            }
        }
        return from;
    }
}
