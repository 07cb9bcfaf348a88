package org.fond.core.date;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date's modality from plain cue words, so every decision can be explained by the cue
 * that made it. Three steps:
 * <ol>
 *   <li>the nearest cue in the few words just before the date ("the previously planned time frame
 *       of April-May 1955", "2,832 were shipped in December") decides first;</li>
 *   <li>otherwise the clause decides, proposal before plan before recurrence before past ("Consider
 *       it advisable to invite … in February 1955 … instead of the previously planned …" is a
 *       proposal);</li>
 *   <li>then the date is set against the anchor: what lies wholly after the writing date cannot
 *       have happened yet, so a past or unmarked one becomes planned ("adopted a resolution to
 *       convene a Party conference on 17 February 1958"), and an unmarked one wholly before it is
 *       past.</li>
 * </ol>
 * "plan" counts only as "plan(s) to" or "planned": the noun ("the grain procurement plan") is no cue.
 * Cues are English only; "scheduled" reads as planned because MODEL.md §5.5 files the Supreme
 * People's Assembly session "scheduled for January 1958" under planned.
 */
final class ModalityCues {
    private static final int WINDOW_WORDS = 8;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    static final Pattern PROPOSED = Pattern.compile("\\b(?:advisable|desirable|propos(?:e|es|ed|al)|"
            + "suggest(?:s|ed|ion)?|recommend(?:s|ed)?|invite|consider\\b.*\\b(?:favou?rable|advisable|best|"
            + "appropriate|suitable|expedient)\\b)", FLAGS);
    static final Pattern PLANNED = Pattern.compile("\\b(?:will|shall|plans?\\s+to|planned|scheduled|intends?|"
            + "intended|(?:is|are)\\s+to|going\\s+to|envisaged)\\b", FLAGS);
    static final Pattern RECURRING = Pattern.compile("\\b(?:annually|yearly|every\\s+year|each\\s+year)\\b",
            FLAGS);
    /** Past auxiliaries, common irregular past forms, and "-ed" words not after "be" (not "will be shipped"). */
    static final Pattern PAST = Pattern.compile("\\b(?:was|were|had|did|been|withdrew|gave|sent|took|"
            + "made|went|spoke|said|became|began|held|came|fled|knew|told|wrote|met|left|brought|got|grew|"
            + "saw|ago)\\b|(?<!\\bbe\\s)\\b[a-z]{2,}ed\\b", FLAGS);
    /**
     * The letters each cue's alternatives begin with, beside the patterns they are read from: a word
     * beginning with another letter is not tried. {@link #PAST} is not here: its "-ed" words begin with any.
     */
    private static final Map<Pattern, Integer> FIRST_LETTERS = Map.of(
            PROPOSED, letters("adpsric"), // advisable desirable propos- suggest- recommend- invite consider
            PLANNED, letters("wspiage"), // will shall plan(s|ned) scheduled intend(s|ed) is are going envisaged
            RECURRING, letters("aye")); // annually yearly every each
    private static final int ANY_LETTER = (1 << 26) - 1;
    /**
     * The literal text each alternative of a cue opens with, lower case: a match at a word start begins
     * with one of them (the patterns fold ASCII case only), so a word beginning otherwise is not given
     * to the regex. The first letter alone let a third of the words of a clause through ("a", "in",
     * "said"…), each a regex call; {@link #PAST} is filtered by {@link Starts#mayBePast} instead.
     */
    private static final Map<Pattern, String[]> HEADS = Map.of(
            PROPOSED, new String[] {"advisable", "desirable", "propos", "suggest", "recommend", "invite", "consider"},
            PLANNED, new String[] {"will", "shall", "plan", "scheduled", "intend", "is", "are", "going", "envisaged"},
            RECURRING, new String[] {"annually", "yearly", "every", "each"});
    /** The whole words of {@link #PAST}'s first alternative, lower case. */
    private static final Set<String> PAST_WORDS = Set.of("was", "were", "had", "did", "been", "withdrew", "gave",
            "sent", "took", "made", "went", "spoke", "said", "became", "began", "held", "came", "fled", "knew", "told",
            "wrote", "met", "left", "brought", "got", "grew", "saw", "ago");
    private static final Set<String> NOT_PAST = Set.of("indeed", "need", "speed", "hundred", "united", "proceed",
            "exceed", "succeed", "seed", "feed", "breed", "red", "bed");

    private ModalityCues() {
    }

    private static int letters(String lowerCase) {
        int mask = 0;
        for (char c : lowerCase.toCharArray()) {
            mask |= 1 << (c - 'a');
        }
        return mask;
    }

    /** The bit of an ASCII letter, either case, in a {@link #letters} mask. */
    private static int letterBit(char asciiLetter) {
        return 1 << ((asciiLetter | 0x20) - 'a');
    }

    /** The modality the cue words give, before the anchor is considered. */
    static Modality fromCues(String plain, Sentences sentences, int start) {
        int index = sentences.clauseIndex(start);
        int[] clause = sentences.clauseBounds(start);
        int windowStart = windowStart(plain, clause[0], start);
        Modality local = nearest(plain.substring(windowStart, start));
        if (local != Modality.UNSPECIFIED) {
            return local;
        }
        // the clause says the same for every date in it: read it once
        return sentences.clauseCues.computeIfAbsent(index, i -> fromClause(plain.substring(clause[0], clause[1])));
    }

    private static Modality fromClause(String text) {
        Starts starts = new Starts(text);
        if (starts.first(PROPOSED) != null) {
            return Modality.PROPOSED;
        }
        if (starts.first(PLANNED) != null) {
            return Modality.PLANNED;
        }
        if (starts.first(RECURRING) != null) {
            return Modality.RECURRING;
        }
        return hasPast(starts) ? Modality.PAST : Modality.UNSPECIFIED;
    }

    /** Step 3: a date wholly after the anchor is not past; an unmarked one wholly before it is. */
    static Modality againstAnchor(Modality cue, EdtfDate date, EdtfDate anchor) {
        if (date == null || anchor == null) {
            return cue;
        }
        if (date.isAfter(anchor) && (cue == Modality.PAST || cue == Modality.UNSPECIFIED)) {
            return Modality.PLANNED;
        }
        if (date.isBefore(anchor) && cue == Modality.UNSPECIFIED) {
            return Modality.PAST;
        }
        return cue;
    }

    private static int windowStart(String plain, int clauseStart, int at) {
        int words = 0;
        int i = at;
        while (i > clauseStart) {
            i--;
            if (Character.isWhitespace(plain.charAt(i)) && i + 1 < at && !Character.isWhitespace(plain.charAt(i + 1))
                    && ++words > WINDOW_WORDS) {
                return i + 1;
            }
        }
        return clauseStart;
    }

    private static Modality nearest(String window) {
        Starts starts = new Starts(window);
        Modality best = Modality.UNSPECIFIED;
        int bestEnd = -1;
        for (var entry : new Object[][] {{PROPOSED, Modality.PROPOSED}, {PLANNED, Modality.PLANNED},
                {RECURRING, Modality.RECURRING}}) {
            for (MatchResult m : starts.all((Pattern) entry[0])) {
                if (m.end() > bestEnd) {
                    bestEnd = m.end();
                    best = (Modality) entry[1];
                }
            }
        }
        for (MatchResult past : starts.all(PAST)) {
            if (!NOT_PAST.contains(past.group().toLowerCase(java.util.Locale.ROOT)) && past.end() > bestEnd) {
                bestEnd = past.end();
                best = Modality.PAST;
            }
        }
        return best;
    }

    private static boolean hasPast(Starts starts) {
        return starts.any(PAST, past -> !NOT_PAST.contains(past.group().toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * The places in a text where a cue can begin, and the cue patterns tried only there. Every cue
     * opens with an ASCII letter (the patterns fold ASCII case only) at a word boundary, so a place
     * after a letter, digit or underscore, or at any other character, is never one; trying the
     * patterns at word starts only gives what successive {@link Matcher#find()} calls give, without
     * trying four alternations at every character of every clause that holds a date.
     */
    static final class Starts {
        private final String text;
        private final int[] at;
        private final int size;

        Starts(String text) {
            this.text = text;
            int[] found = new int[Math.max(4, text.length() / 4)];
            int n = 0;
            for (int i = 0; i < text.length(); i++) {
                if (asciiLetter(text.charAt(i)) && (i == 0 || !asciiWordChar(text.charAt(i - 1)))) {
                    if (n == found.length) {
                        found = java.util.Arrays.copyOf(found, n * 2);
                    }
                    found[n++] = i;
                }
            }
            this.at = found;
            this.size = n;
        }

        /** Every match, in order, as successive {@code find()} calls over the text give them. */
        List<MatchResult> all(Pattern pattern) {
            List<MatchResult> found = new ArrayList<>();
            any(pattern, m -> {
                found.add(m);
                return false;
            });
            return found;
        }

        /** Whether some match, taken in the order of {@link #all}, is {@code wanted}; stops at the first that is. */
        boolean any(Pattern pattern, java.util.function.Predicate<MatchResult> wanted) {
            Matcher m = null;
            int from = 0;
            int letters = FIRST_LETTERS.getOrDefault(pattern, ANY_LETTER);
            String[] heads = HEADS.get(pattern);
            boolean past = pattern == PAST;
            for (int k = 0; k < size; k++) {
                if (at[k] < from || (letters & letterBit(text.charAt(at[k]))) == 0 || (past && !mayBePast(at[k]))
                        || (heads != null && !opensWithOne(at[k], heads))) {
                    continue;
                }
                if (m == null) {
                    // transparent bounds: the look-behinds and boundaries see the text before, as find() does
                    m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                m.region(at[k], text.length());
                if (m.lookingAt()) {
                    if (wanted.test(m.toMatchResult())) {
                        return true;
                    }
                    from = Math.max(m.end(), at[k] + 1);
                }
            }
            return false;
        }

        /** The first match, or null. */
        MatchResult first(Pattern pattern) {
            Matcher m = null;
            int letters = FIRST_LETTERS.getOrDefault(pattern, ANY_LETTER);
            String[] heads = HEADS.get(pattern);
            for (int k = 0; k < size; k++) {
                if ((letters & letterBit(text.charAt(at[k]))) == 0 || (heads != null && !opensWithOne(at[k], heads))) {
                    continue;
                }
                if (m == null) {
                    m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                m.region(at[k], text.length());
                if (m.lookingAt()) {
                    return m.toMatchResult();
                }
            }
            return null;
        }

        /**
         * False when {@link #PAST} cannot match at the word starting at {@code start}. Both its
         * alternatives end at a word boundary after ASCII letters only, and an ASCII letter is a word
         * character, so a match covers the whole run of ASCII letters there: the run must be one of
         * its words or end in "ed" after two letters or more.
         */
        private boolean mayBePast(int start) {
            int end = start;
            while (end < text.length() && asciiLetter(text.charAt(end))) {
                end++;
            }
            int length = end - start;
            if (length >= 4 && (text.charAt(end - 2) | 0x20) == 'e' && (text.charAt(end - 1) | 0x20) == 'd') {
                return true;
            }
            return length >= 3 && length <= 8
                    && PAST_WORDS.contains(text.substring(start, end).toLowerCase(java.util.Locale.ROOT));
        }

        /** Whether the text at {@code start} begins with one of {@code heads} (lower case ASCII), folding ASCII case only. */
        private boolean opensWithOne(int start, String[] heads) {
            for (String head : heads) {
                int end = start + head.length();
                if (end > text.length()) {
                    continue;
                }
                int j = 0;
                // c | 0x20 is the lower case of an ASCII capital and no lower-case letter for any other character
                while (j < head.length() && (text.charAt(start + j) | 0x20) == head.charAt(j)) {
                    j++;
                }
                if (j == head.length()) {
                    return true;
                }
            }
            return false;
        }

        private static boolean asciiLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        private static boolean asciiWordChar(char c) {
            return asciiLetter(c) || (c >= '0' && c <= '9') || c == '_';
        }
    }
}
