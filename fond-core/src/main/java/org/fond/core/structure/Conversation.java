package org.fond.core.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the closing formula of a record of conversation (MODEL.md §4.4, §4.5): who else was
 * present and how long it lasted ("Ri Dong-geon [sic] was present at the conversation, which
 * lasted one hour and 30 minutes" → present [Ri Dong-geon], duration PT1H30M). Numbers may be
 * digits or spelled out one to twelve (F15); durations are ISO-8601.
 */
final class Conversation {
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));
    private static final String NUMBER = "(\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
    static final Pattern DURATION = Pattern.compile("(?iu)\\b(?:lasted|continued\\s+for|went\\s+on\\s+for)"
            + "\\s+(?:about\\s+|approximately\\s+|around\\s+|some\\s+|roughly\\s+)?(?:" + NUMBER
            + "(\\s+and\\s+a\\s+half)?\\s+hours?(?:\\s+and\\s+" + NUMBER + "\\s+minutes?)?|" + NUMBER + "\\s+minutes?)");
    static final Pattern PRESENT_AFTER = Pattern.compile(
            "(?u)^(.+?)\\s+(?:was|were)\\s+(?:also\\s+)?present\\b");
    static final Pattern PRESENT_BEFORE = Pattern.compile(
            "(?iu)^(?:also\\s+)?present\\s+(?:at\\s+the\\s+conversation\\s+)?(?:was|were)?\\s*:?\\s*(.+?)\\.?$");
    // a full stop after "Cde." or an initial does not end the sentence
    static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])(?<!Cdes?\\.)(?<!\\b\\p{Lu}\\.)\\s+");
    static final Pattern BRACKETS = Pattern.compile("\\s*\\[[^\\]]*]");
    static final Pattern CONJUNCTIONS = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");

    /** The verbs {@link #DURATION} needs one of. */
    private static final String[] DURATION_VERBS = {"lasted", "continued", "went"};
    /** The word both patterns of {@link #present} need. */
    private static final String[] PRESENT = {"present"};

    private Conversation() {
    }

    /** The ISO-8601 duration a sentence gives for the conversation, if it gives one. */
    static Optional<String> duration(String text) {
        // the pattern needs one of its verbs: most paragraphs have none, and the regex is costly to try
        Matcher m = durationMatch(text);
        if (m == null) {
            return Optional.empty();
        }
        int hours = m.group(1) == null ? 0 : number(m.group(1));
        int minutes = m.group(1) == null ? number(m.group(4))
                : (m.group(2) != null ? 30 : 0) + (m.group(3) == null ? 0 : number(m.group(3)));
        hours += minutes / 60;
        minutes %= 60;
        StringBuilder iso = new StringBuilder("PT");
        if (hours > 0) {
            iso.append(hours).append('H');
        }
        if (minutes > 0 || hours == 0) {
            iso.append(minutes).append('M');
        }
        return Optional.of(iso.toString());
    }

    /**
     * The first match of {@link #DURATION} in {@code text}, as {@code find()} gives it, or null. A match
     * begins with one of the verbs, so the pattern is tried at each of them in turn (transparent bounds:
     * its {@code \b} sees the character before) rather than at every character.
     */
    static Matcher durationMatch(String text) {
        int[] starts = startsIgnoringCase(text, DURATION_VERBS);
        if (starts.length == 0) {
            return null;
        }
        Matcher m = DURATION.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int start : starts) {
            m.region(start, text.length());
            if (m.lookingAt()) {
                return m;
            }
        }
        return null;
    }

    /** The names said to have been present, without the translator's brackets ({@code [sic]}). */
    static List<String> present(String text) {
        List<String> names = new ArrayList<>();
        // both patterns need the word "present": without it no sentence need be split and tried
        if (!containsAnyIgnoringCase(text, PRESENT)) {
            return names;
        }
        for (String sentence : sentences(text)) {
            if (!containsAnyIgnoringCase(sentence, PRESENT)) {
                continue; // neither pattern can match a sentence without the word
            }
            String stripped = sentence.strip();
            // the first pattern folds no case: it needs "present" as written and "was" or "were"
            boolean mayBeAfter = stripped.contains("present") && (stripped.contains("was") || stripped.contains("were"));
            Matcher after = PRESENT_AFTER.matcher(stripped);
            Matcher before = PRESENT_BEFORE.matcher(stripped);
            String group = mayBeAfter && after.find() ? after.group(1) : before.matches() ? before.group(1) : null;
            if (group == null) {
                continue;
            }
            for (String name : CONJUNCTIONS.split(BRACKETS.matcher(group).replaceAll(""))) {
                String clean = name.strip().replaceFirst("^(?:Cdes?\\.|Comrades?)\\s+", "");
                if (!clean.isEmpty() && Character.isUpperCase(clean.codePointAt(0))) {
                    names.add(clean);
                }
            }
        }
        return names;
    }

    /**
     * The sentences of {@code text} as {@code SENTENCE_END.split(text)} gives them. A sentence end is
     * whitespace after {@code .}, {@code !} or {@code ?}, so the pattern is tried only there rather
     * than at every character (its look-behinds are costly to try).
     */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = null;
        int index = 0;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            char before = text.charAt(i - 1);
            if ((before != '.' && before != '!' && before != '?')
                    || (c != ' ' && c != '\t' && c != '\n' && c != 0x0B && c != '\f' && c != '\r')) {
                continue;
            }
            if (m == null) {
                m = SENTENCE_END.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            m.region(i, text.length());
            if (m.lookingAt()) {
                out.add(text.substring(index, m.start()));
                index = m.end();
                i = m.end() - 1;
            }
        }
        if (index == 0) {
            return List.of(text);
        }
        out.add(text.substring(index));
        int size = out.size();
        while (size > 0 && out.get(size - 1).isEmpty()) {
            size--; // as split drops trailing empty strings
        }
        return out.subList(0, size);
    }

    /**
     * Whether any of {@code words} occurs in {@code text} under {@link String#regionMatches(boolean, int,
     * String, int, int)}'s case folding, which accepts every pair the patterns' {@code (?iu)} does. Each
     * word is looked for where its first letter, or a character folding onto it, stands, found by
     * {@link String#indexOf(int, int)} (vectorised) rather than by reading every character here: this
     * scan, run on every paragraph, was the largest single method of ingest.
     */
    static boolean containsAnyIgnoringCase(String text, String[] words) {
        return starts(text, words, true).length > 0;
    }

    /**
     * Where any of {@code words} occurs in {@code text} under {@link String#regionMatches(boolean, int,
     * String, int, int)}'s case folding, in text order, each place once.
     */
    static int[] startsIgnoringCase(String text, String[] words) {
        return starts(text, words, false);
    }

    /** The places of {@code words} in {@code text}, sorted and each once; only the first found when {@code first}. */
    private static int[] starts(String text, String[] words, boolean first) {
        int[] found = new int[4];
        int n = 0;
        for (String word : words) {
            int last = text.length() - word.length();
            for (char letter : foldingOnto(word.charAt(0))) {
                for (int i = text.indexOf(letter); i >= 0 && i <= last; i = text.indexOf(letter, i + 1)) {
                    if (text.regionMatches(true, i, word, 0, word.length())) {
                        if (first) {
                            return new int[] {i};
                        }
                        if (n == found.length) {
                            found = java.util.Arrays.copyOf(found, n * 2);
                        }
                        found[n++] = i;
                    }
                }
            }
        }
        return sortedDistinct(found, n);
    }

    private static final int[] NONE = new int[0];

    /**
     * The first {@code n} places, ascending, each once. Run on every paragraph: most find none and
     * the rest one or two, so no stream (its pipeline was 3.5% of the bytes ingest allocated).
     */
    private static int[] sortedDistinct(int[] found, int n) {
        if (n == 0) {
            return NONE;
        }
        java.util.Arrays.sort(found, 0, n);
        int kept = 1;
        for (int i = 1; i < n; i++) {
            if (found[i] != found[kept - 1]) {
                found[kept++] = found[i];
            }
        }
        return java.util.Arrays.copyOf(found, kept);
    }

    /** For each ASCII letter, the characters {@code regionMatches} folds onto it (its capital, and 'ſ' onto s, 'K' onto k…). */
    private static final char[][] FOLDING_ONTO = new char[128][];

    private static char[] foldingOnto(char letter) {
        if (letter >= 128) {
            throw new IllegalArgumentException("cue words are ASCII: " + letter);
        }
        char[] found = FOLDING_ONTO[letter];
        if (found == null) {
            StringBuilder chars = new StringBuilder();
            String target = String.valueOf(letter);
            for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
                if (String.valueOf((char) c).regionMatches(true, 0, target, 0, 1)) {
                    chars.append((char) c);
                }
            }
            found = chars.toString().toCharArray();
            FOLDING_ONTO[letter] = found; // the same answer whichever thread computes it first
        }
        return found;
    }

    private static int number(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        return WORDS.containsKey(t) ? WORDS.get(t) : Integer.parseInt(t);
    }
}
