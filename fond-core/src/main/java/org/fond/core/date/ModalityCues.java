package org.fond.core.date;

import java.util.Set;
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
    private static final Pattern PROPOSED = Pattern.compile("\\b(?:advisable|desirable|propos(?:e|es|ed|al)|"
            + "suggest(?:s|ed|ion)?|recommend(?:s|ed)?|invite|consider\\b.*\\b(?:favou?rable|advisable|best|"
            + "appropriate|suitable|expedient)\\b)", FLAGS);
    private static final Pattern PLANNED = Pattern.compile("\\b(?:will|shall|plans?\\s+to|planned|scheduled|intends?|"
            + "intended|(?:is|are)\\s+to|going\\s+to|envisaged)\\b", FLAGS);
    private static final Pattern RECURRING = Pattern.compile("\\b(?:annually|yearly|every\\s+year|each\\s+year)\\b",
            FLAGS);
    /** Past auxiliaries, common irregular past forms, and "-ed" words not after "be" (not "will be shipped"). */
    private static final Pattern PAST = Pattern.compile("\\b(?:was|were|had|did|been|withdrew|gave|sent|took|"
            + "made|went|spoke|said|became|began|held|came|fled|knew|told|wrote|met|left|brought|got|grew|"
            + "saw|ago)\\b|(?<!\\bbe\\s)\\b[a-z]{2,}ed\\b", FLAGS);
    private static final Set<String> NOT_PAST = Set.of("indeed", "need", "speed", "hundred", "united", "proceed",
            "exceed", "succeed", "seed", "feed", "breed", "red", "bed");

    private ModalityCues() {
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
        if (PROPOSED.matcher(text).find()) {
            return Modality.PROPOSED;
        }
        if (PLANNED.matcher(text).find()) {
            return Modality.PLANNED;
        }
        if (RECURRING.matcher(text).find()) {
            return Modality.RECURRING;
        }
        return hasPast(text) ? Modality.PAST : Modality.UNSPECIFIED;
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
        Modality best = Modality.UNSPECIFIED;
        int bestEnd = -1;
        for (var entry : new Object[][] {{PROPOSED, Modality.PROPOSED}, {PLANNED, Modality.PLANNED},
                {RECURRING, Modality.RECURRING}}) {
            Matcher m = ((Pattern) entry[0]).matcher(window);
            while (m.find()) {
                if (m.end() > bestEnd) {
                    bestEnd = m.end();
                    best = (Modality) entry[1];
                }
            }
        }
        Matcher past = PAST.matcher(window);
        while (past.find()) {
            if (!NOT_PAST.contains(past.group().toLowerCase(java.util.Locale.ROOT)) && past.end() > bestEnd) {
                bestEnd = past.end();
                best = Modality.PAST;
            }
        }
        return best;
    }

    private static boolean hasPast(String text) {
        Matcher past = PAST.matcher(text);
        while (past.find()) {
            if (!NOT_PAST.contains(past.group().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
