package org.fond.core.date;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Paragraphs, sentences and clauses of a plain text, as the scopes the date rules look in: a
 * month without a year inherits one from its own or the previous sentence, and modality cues are
 * read from the clause. Paragraphs are separated by a blank line, and a single newline (a hard
 * break in a header or heading) also ends a sentence.
 *
 * <p>Hand-written rather than ICU's sentence iterator because these translations are full of
 * "Cde.", "F. 0102", "Op. 14" and initials ("A. M. PUZANOV") that ICU would break after.
 */
final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of("cde", "cdes", "mr", "mrs", "ms", "dr", "st", "no",
            "nos", "op", "f", "d", "p", "l", "ll", "vol", "gen", "col", "lt", "gov", "sen", "rep", "etc", "ie",
            "eg", "cf", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "tov",
            "prof", "acad", "ave", "approx", "ca", "c");

    /** Offsets of the first newline of each blank line, ascending: paragraph {@code k} follows the {@code k}th. */
    private final Offsets paragraphBreaks = new Offsets();
    /** Offsets of each sentence's last character (newline or final mark), ascending. */
    private final Offsets sentenceEnds = new Offsets();
    private final String plain;
    private List<int[]> clauses;

    Sentences(String plain) {
        this.plain = plain;
        int n = plain.length();
        for (int i = 0; i < n; i++) {
            char c = plain.charAt(i);
            if (c == '\n') {
                if (i + 1 < n && plain.charAt(i + 1) == '\n') {
                    paragraphBreaks.add(i);
                }
                sentenceEnds.add(i);
            } else if ((c == '.' || c == '?' || c == '!') && endsSentence(plain, i)) {
                sentenceEnds.add(i);
            }
        }
    }

    /** Index of the paragraph holding offset {@code at}. */
    int paragraph(int at) {
        return paragraphBreaks.countBelow(at);
    }

    /** Index of the sentence holding offset {@code at}. */
    int sentence(int at) {
        return sentenceEnds.countBelow(at);
    }

    /** [start, end) of the sentence holding {@code at}. */
    int[] sentenceBounds(int at) {
        return bounds(sentence(at));
    }

    private int[] bounds(int sentence) {
        int start = sentence == 0 ? 0 : sentenceEnds.get(sentence - 1) + 1;
        int end = sentence < sentenceEnds.size() ? sentenceEnds.get(sentence) + 1 : plain.length();
        return new int[] {start, end};
    }

    /** [start, end) of the clause (sentence part between semicolons) holding {@code at}. */
    int[] clauseBounds(int at) {
        return clauses().get(clauseIndex(at));
    }

    /** The clauses of every sentence, in order, found when a date candidate first asks for one. */
    private List<int[]> clauses() {
        if (clauses == null) {
            clauses = new ArrayList<>();
            for (int k = 0; k <= sentenceEnds.size(); k++) {
                int[] s = bounds(k);
                int start = s[0];
                for (int i = s[0]; i < s[1]; i++) {
                    if (plain.charAt(i) == ';') {
                        clauses.add(new int[] {start, i + 1});
                        start = i + 1;
                    }
                }
                clauses.add(new int[] {start, s[1]});
            }
        }
        return clauses;
    }

    /**
     * Index of the clause holding {@code at}, else the last. Clauses follow one another without
     * gaps, so the one holding {@code at} is the last to start at or before it (a binary search;
     * this is asked once per date candidate).
     */
    int clauseIndex(int at) {
        List<int[]> clauses = clauses();
        int lo = 0;
        int hi = clauses.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (clauses.get(mid)[0] <= at) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        int[] c = clauses.get(lo);
        return at >= c[0] && at < c[1] ? lo : clauses.size() - 1;
    }

    /** What the cue words of each clause as a whole say, kept once read: clause index → modality. */
    final java.util.Map<Integer, Modality> clauseCues = new java.util.HashMap<>();

    /** Whether only spaces, quotes or brackets stand between the sentence start and {@code at}. */
    boolean startsSentence(String plain, int at) {
        for (int i = sentenceBounds(at)[0]; i < at; i++) {
            char c = plain.charAt(i);
            if (!Character.isWhitespace(c) && "\"'“‘([«…-.".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsSentence(String plain, int i) {
        char c = plain.charAt(i);
        int n = plain.length();
        if (".?!".indexOf(c) < 0 || (i + 1 < n && ".?!".indexOf(plain.charAt(i + 1)) >= 0)) {
            return false; // judged at the last mark of a run such as "..." or "?!"
        }
        int j = i + 1;
        while (j < n && "\"”’)]".indexOf(plain.charAt(j)) >= 0) {
            j++;
        }
        if (j >= n) {
            return true;
        }
        if (plain.charAt(j) != ' ') {
            return false;
        }
        while (j < n && plain.charAt(j) == ' ') {
            j++;
        }
        if (j >= n) {
            return true;
        }
        char next = plain.charAt(j);
        if (!(Character.isUpperCase(next) || Character.isDigit(next) || "\"“‘([«…".indexOf(next) >= 0)) {
            return false;
        }
        int w = i;
        while (w > 0 && Character.isLetter(plain.charAt(w - 1))) {
            w--;
        }
        String word = plain.substring(w, i);
        if (c != '.' || (w > 0 && plain.charAt(w - 1) == '.')) {
            return c != '.';
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false; // an initial: "A. M. PUZANOV"
        }
        return !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * A growing ascending list of offsets: a text's boundaries are few beside its characters, so they
     * are kept and searched rather than an index entry kept for every character.
     */
    private static final class Offsets {
        private int[] values = new int[16];
        private int size;

        void add(int offset) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = offset;
        }

        int get(int k) {
            return values[k];
        }

        int size() {
            return size;
        }

        /** How many offsets are below {@code at} (the offsets are distinct, so the search's index says it). */
        int countBelow(int at) {
            int found = java.util.Arrays.binarySearch(values, 0, size, at);
            return found >= 0 ? found : -found - 1;
        }
    }
}
