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

    private final int[] paragraphOf;
    private final int[] sentenceOf;
    private final List<int[]> sentences = new ArrayList<>();
    private final List<int[]> clauses = new ArrayList<>();

    Sentences(String plain) {
        int n = plain.length();
        paragraphOf = new int[n + 1];
        sentenceOf = new int[n + 1];
        int paragraph = 0;
        int sentenceStart = 0;
        for (int i = 0; i < n; i++) {
            char c = plain.charAt(i);
            paragraphOf[i] = paragraph;
            sentenceOf[i] = sentences.size();
            boolean newline = c == '\n';
            if (newline && i + 1 < n && plain.charAt(i + 1) == '\n') {
                paragraph++;
            }
            if (newline || endsSentence(plain, i)) {
                sentences.add(new int[] {sentenceStart, i + 1});
                sentenceStart = i + 1;
            }
        }
        paragraphOf[n] = paragraph;
        sentenceOf[n] = sentences.size();
        sentences.add(new int[] {sentenceStart, n});
        for (int[] s : sentences) {
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

    /** Index of the paragraph holding offset {@code at}. */
    int paragraph(int at) {
        return paragraphOf[at];
    }

    /** Index of the sentence holding offset {@code at}. */
    int sentence(int at) {
        return sentenceOf[at];
    }

    /** [start, end) of the sentence holding {@code at}. */
    int[] sentenceBounds(int at) {
        return sentences.get(sentenceOf[at]);
    }

    /** [start, end) of the clause (sentence part between semicolons) holding {@code at}. */
    int[] clauseBounds(int at) {
        return clauses.get(clauseIndex(at));
    }

    /**
     * Index of the clause holding {@code at}, else the last. Clauses follow one another without
     * gaps, so the one holding {@code at} is the last to start at or before it (a binary search;
     * this is asked once per date candidate).
     */
    int clauseIndex(int at) {
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
}
