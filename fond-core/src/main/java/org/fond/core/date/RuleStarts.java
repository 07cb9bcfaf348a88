package org.fond.core.date;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;

/**
 * Where a {@link DateRule} can match, found without the regex. Every rule's match begins with a
 * word from a short list (a month name, a preposition, "today"…) or with an ASCII digit, at a
 * place where the rule's own look-behind allows it: after no letter or digit, or (a day) after no
 * digit. So the words of a text are read once, each word that begins some rule is noted with the
 * rules it can begin, and each rule's pattern is tried only there, with the same result as
 * {@link Matcher#find()} over the whole text at a small part of the cost: the date grammar was
 * most of the time Fond spent ingesting (profiled on the FRUS volumes). {@code DateRuleStartsTest}
 * checks that both ways find the same matches on the corpus.
 */
final class RuleStarts {
    /** For each first word (case-folded as the patterns fold it), the rules it can begin, as a bit set. */
    private static final Map<String, Integer> RULES_BY_WORD = new HashMap<>();
    private static final int DIGIT_RULES;
    private static final int LONGEST_WORD;

    static {
        String english = MonthNames.ENGLISH;
        String months = english + "|" + MonthNames.ABBREVIATED;
        String withRussian = months + "|" + MonthNames.RUSSIAN;
        begins(DateRule.MDY_RANGE, months);
        begins(DateRule.MONTH_RANGE, months);
        begins(DateRule.MDY, months);
        begins(DateRule.MONTH_YEAR, withRussian);
        begins(DateRule.YEAR_RANGE, "from|between");
        begins(DateRule.DEICTIC_ABSOLUTE, "today|tomorrow|yesterday");
        begins(DateRule.APPROXIMATE, "until|till|by|in|since|from|before|after|during|around|the|a|an"
                + "|middle|mid|beginning|start|end|early|late|first|second");
        begins(DateRule.NEW_YEAR, "by|before|until|till");
        begins(DateRule.RELATIVE_YEAR, "last|next|this|coming|current");
        begins(DateRule.RELATIVE_MONTH, "last|next|this|coming");
        begins(DateRule.DETERMINED_MONTH, "the|that");
        begins(DateRule.DAY_NO_YEAR, "as|on|by|until|till|since|from|before|after");
        begins(DateRule.MONTH_DAY_NO_YEAR, "as|on|by|until|till|since|before|after");
        begins(DateRule.YEAR_PREPOSITION, "in|by|before|after|until|till|since|during|around|circa");
        begins(DateRule.MONTH_PREPOSITION, "in|by|until|till|since|from|before|after|during");
        begins(DateRule.COORDINATED_MONTH, english);
        begins(DateRule.BARE_MONTH, english);
        begins(DateRule.DEICTIC, "today|tomorrow|yesterday");
        DIGIT_RULES = bit(DateRule.DAY_RANGE) | bit(DateRule.DMY) | bit(DateRule.YEAR_RANGE) | bit(DateRule.DAY_NO_YEAR);
        LONGEST_WORD = RULES_BY_WORD.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    private final String text;
    /** Word starts that begin some rule, in text order, and the rules each can begin. */
    private final int[] at;
    private final int[] rules;
    private final int size;

    private RuleStarts(String text, int[] at, int[] rules, int size) {
        this.text = text;
        this.at = at;
        this.rules = rules;
        this.size = size;
    }

    static RuleStarts of(String text) {
        int[] at = new int[16];
        int[] rules = new int[16];
        int n = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            int mask = 0;
            int next = i + width;
            if (cp >= '0' && cp <= '9') {
                if (i == 0 || !isAsciiDigit(text.charAt(i - 1))) {
                    mask = DIGIT_RULES;
                }
            } else if (Character.isLetter(cp)) {
                next = wordEnd(text, i);
                if (afterNoLetterOrNumber(text, i)) {
                    mask = rulesOf(text, i, next);
                }
            }
            if (mask != 0) {
                if (n == at.length) {
                    at = java.util.Arrays.copyOf(at, n * 2);
                    rules = java.util.Arrays.copyOf(rules, n * 2);
                }
                at[n] = i;
                rules[n] = mask;
                n++;
            }
            i = next;
        }
        return new RuleStarts(text, at, rules, n);
    }

    /**
     * Every match of {@code rule} in the text, in order, as successive {@link Matcher#find()} calls
     * would give them: a match is tried at each start the rule can have, from the end of the last.
     */
    List<MatchResult> matches(DateRule rule) {
        List<MatchResult> found = new ArrayList<>();
        int bit = bit(rule);
        Matcher m = null;
        int from = 0;
        for (int k = 0; k < size; k++) {
            if ((rules[k] & bit) == 0 || at[k] < from) {
                continue;
            }
            if (m == null) {
                // transparent bounds: the look-behinds and look-aheads see the whole text, as find() does
                m = rule.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            m.region(at[k], text.length());
            if (m.lookingAt()) {
                found.add(m.toMatchResult());
                from = Math.max(m.end(), at[k] + 1);
            }
        }
        return found;
    }

    private static int rulesOf(String text, int start, int end) {
        if (end - start > LONGEST_WORD) {
            return 0;
        }
        StringBuilder word = new StringBuilder(end - start);
        for (int j = start; j < end; ) {
            int cp = text.codePointAt(j);
            // the patterns' own case folding (CASE_INSENSITIVE | UNICODE_CASE)
            word.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp)));
            j += Character.charCount(cp);
        }
        return RULES_BY_WORD.getOrDefault(word.toString(), 0);
    }

    /**
     * The end of the run of letters starting at {@code i}. A letter outside the BMP ends a run of
     * its own: the patterns' look-behinds see only its low surrogate, so a word may start after it.
     */
    private static int wordEnd(String text, int i) {
        if (Character.isSupplementaryCodePoint(text.codePointAt(i))) {
            return i + 2;
        }
        int j = i;
        while (j < text.length()) {
            char c = text.charAt(j);
            if (Character.isSurrogate(c) || !Character.isLetter(c)) {
                break;
            }
            j++;
        }
        return j;
    }

    /** No letter or number just before {@code i}, whether read as a char or as a code point (kept wide on purpose). */
    private static boolean afterNoLetterOrNumber(String text, int i) {
        if (i == 0) {
            return true;
        }
        char c = text.charAt(i - 1);
        int cp = text.codePointBefore(i);
        return !letterOrNumber(c) || !letterOrNumber(cp);
    }

    private static boolean letterOrNumber(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static void begins(DateRule rule, String words) {
        for (String w : words.split("\\|")) {
            String key = fold(w);
            RULES_BY_WORD.merge(key, bit(rule), (a, b) -> a | b);
        }
    }

    private static String fold(String w) {
        StringBuilder b = new StringBuilder();
        w.codePoints().forEach(cp -> b.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp))));
        return b.toString();
    }

    private static int bit(DateRule rule) {
        return 1 << rule.ordinal();
    }

    @Override
    public String toString() {
        return "RuleStarts[" + size + " starts in " + text.length() + " chars]";
    }
}
