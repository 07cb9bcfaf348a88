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
 * most of the time Fond spent ingesting (profiled on the FRUS volumes). A word that only leads a
 * rule in ("the", "in", "by"…) is noted for it only when what follows could go on with the rule
 * (a number, a month, "new year"…), as those words are everywhere. {@code RuleStartsTest}
 * checks that both ways find the same matches on the corpus and on odd text.
 */
final class RuleStarts {
    /** For each first word (case-folded as the patterns fold it), the rules it can begin, as a bit set. */
    private static final Map<String, Integer> RULES_BY_WORD = new HashMap<>();
    /**
     * For a first word that is only a lead-in (a preposition, an article, "last"…), what must follow it
     * for each rule it begins: every such rule goes on with {@code \s+} and then a number or one of a
     * few words, so a word followed by anything else cannot begin it and its pattern need not be tried.
     * Indexed by rule ordinal; {@link #ANY} where the rule is not filtered.
     */
    private static final Map<String, int[]> NEXT_BY_WORD = new HashMap<>();
    /** What may follow a lead-in word, as bits: a number, or a word of one of these kinds. */
    private static final int ANY = 0;
    private static final int DIGIT = 1;
    private static final int ARTICLE = 1 << 1;
    private static final int PART = 1 << 2;
    private static final int THE = 1 << 3;
    private static final int NEW = 1 << 4;
    private static final int YEAR = 1 << 5;
    private static final int ENGLISH_MONTH = 1 << 6;
    private static final int ABBREVIATED_MONTH = 1 << 7;
    private static final int OF = 1 << 8;
    /** The kinds of the words that may follow a lead-in (case-folded). */
    private static final Map<String, Integer> FOLLOWER_KINDS = new HashMap<>();
    /** The rules a day number (one or two digits) can begin, and those a year (four) can. */
    private static final int DAY_RULES;
    private static final int YEAR_RULES;
    private static final int LONGEST_WORD;
    /**
     * The hash codes of the first words (folded), 16 bits of each: most words of a text are no first
     * word, and are told so from their folded characters' hash without making a string of them.
     */
    private static final java.util.BitSet KEY_HASHES = new java.util.BitSet(1 << 16);
    private static final int LONGEST_FOLLOWER;
    /** The same for the words that may follow a lead-in. */
    private static final java.util.BitSet FOLLOWER_HASHES = new java.util.BitSet(1 << 16);
    /** {@link #RULES_BY_WORD} and {@link #NEXT_BY_WORD} for the ASCII words, and the followers' kinds, read in place. */
    private static final AsciiWords FIRST_WORDS;
    private static final AsciiWords FOLLOWERS;
    /** The rules a month begins that need more than the month: a number after it, a range word, "and"/"or" before. */
    private static final int NUMBER_AFTER_MONTH = bit(DateRule.MDY_RANGE) | bit(DateRule.MDY) | bit(DateRule.MONTH_YEAR);
    private static final int MONTH_LED = NUMBER_AFTER_MONTH | bit(DateRule.MONTH_RANGE) | bit(DateRule.COORDINATED_MONTH);
    /** The month names the day rules read after a day, folded as the patterns fold them: English, abbreviated, Russian. */
    private static final java.util.Set<String> MONTHS = java.util.Set.copyOf(java.util.stream.Stream.of(
            MonthNames.ENGLISH, MonthNames.ABBREVIATED, MonthNames.RUSSIAN).flatMap(m -> java.util.Arrays.stream(m.split("\\|")))
            .map(RuleStarts::fold).toList());
    private static final int MONTH_AFTER_DAY = bit(DateRule.DMY) | bit(DateRule.DAY_NO_YEAR);

    static {
        String english = MonthNames.ENGLISH;
        String months = english + "|" + MonthNames.ABBREVIATED;
        String withRussian = months + "|" + MonthNames.RUSSIAN;
        String approximatePrepositions = "until|till|by|in|since|from|before|after|during|around";
        String parts = "middle|mid|beginning|start|end|early|late|first|second";
        begins(DateRule.MDY_RANGE, months, ANY);
        begins(DateRule.MONTH_RANGE, months, ANY);
        begins(DateRule.MDY, months, ANY);
        begins(DateRule.MONTH_YEAR, withRussian, ANY);
        begins(DateRule.YEAR_RANGE, "from|between", DIGIT);
        begins(DateRule.DEICTIC_ABSOLUTE, "today|tomorrow|yesterday", ANY);
        begins(DateRule.APPROXIMATE, approximatePrepositions, ARTICLE | PART);
        begins(DateRule.APPROXIMATE, "the|a|an", PART);
        begins(DateRule.APPROXIMATE, parts, ANY);
        begins(DateRule.NEW_YEAR, "by|before|until|till", THE | NEW);
        begins(DateRule.RELATIVE_YEAR, "last|next|this|coming", YEAR);
        begins(DateRule.RELATIVE_YEAR, "current", ANY);
        begins(DateRule.RELATIVE_MONTH, "last|next|this|coming", ENGLISH_MONTH);
        begins(DateRule.DETERMINED_MONTH, "the|that", ENGLISH_MONTH);
        begins(DateRule.DAY_NO_YEAR, "as", OF);
        begins(DateRule.DAY_NO_YEAR, "on|by|until|till|since|from|before|after", DIGIT);
        begins(DateRule.MONTH_DAY_NO_YEAR, "as", OF);
        begins(DateRule.MONTH_DAY_NO_YEAR, "on|by|until|till|since|before|after", ENGLISH_MONTH | ABBREVIATED_MONTH);
        begins(DateRule.YEAR_PREPOSITION, "in|by|before|after|until|till|since|during|around|circa", DIGIT);
        begins(DateRule.MONTH_PREPOSITION, "in|by|until|till|since|from|before|after|during", ENGLISH_MONTH);
        begins(DateRule.COORDINATED_MONTH, english, ANY);
        begins(DateRule.BARE_MONTH, english, ANY);
        begins(DateRule.DEICTIC, "today|tomorrow|yesterday", ANY);
        DAY_RULES = bit(DateRule.DAY_RANGE) | bit(DateRule.DMY) | bit(DateRule.DAY_NO_YEAR);
        YEAR_RULES = bit(DateRule.YEAR_RANGE);
        LONGEST_WORD = RULES_BY_WORD.keySet().stream().mapToInt(String::length).max().orElse(0);
        RULES_BY_WORD.keySet().forEach(k -> KEY_HASHES.set(k.hashCode() & 0xFFFF));
        follows("the|a|an", ARTICLE);
        follows(parts, PART);
        follows("the", THE);
        follows("new", NEW);
        follows("year", YEAR);
        follows(english, ENGLISH_MONTH);
        follows(MonthNames.ABBREVIATED, ABBREVIATED_MONTH);
        follows("of", OF);
        LONGEST_FOLLOWER = FOLLOWER_KINDS.keySet().stream().mapToInt(String::length).max().orElse(0);
        FOLLOWER_KINDS.keySet().forEach(k -> FOLLOWER_HASHES.set(k.hashCode() & 0xFFFF));
        FIRST_WORDS = new AsciiWords(RULES_BY_WORD, NEXT_BY_WORD);
        FOLLOWERS = new AsciiWords(FOLLOWER_KINDS, Map.of());
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
            char c = text.charAt(i);
            int mask = 0;
            int next;
            if (isAsciiLetter(c)) {
                // most words of most texts: ASCII letters, read and hashed without code points
                next = asciiWordEnd(text, i);
                if (next < 0) {
                    next = wordEnd(text, i);
                    if (afterNoLetterOrNumber(text, i)) {
                        mask = rulesOf(text, i, next);
                    }
                } else if (afterNoLetterOrNumber(text, i) && next - i <= LONGEST_WORD
                        && mayBeIn(KEY_HASHES, text, i, next)) {
                    mask = rulesOfKey(text, i, next);
                }
            } else if (c < 0x80 && (c < '0' || c > '9')) {
                next = i + 1; // no rule begins at ASCII punctuation or space
            } else {
                int cp = text.codePointAt(i);
                next = i + Character.charCount(cp);
                mask = codePointRules(text, i, cp);
                if (mask < 0) {
                    next = wordEnd(text, i);
                    mask = afterNoLetterOrNumber(text, i) ? rulesOf(text, i, next) : 0;
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

    /** The rules a digit at {@code i} begins; -1 for a letter, whose word the caller reads; 0 otherwise. */
    private static int codePointRules(String text, int i, int cp) {
        if (cp >= '0' && cp <= '9') {
            return i == 0 || !isAsciiDigit(text.charAt(i - 1)) ? digitRules(text, i) : 0;
        }
        return Character.isLetter(cp) ? -1 : 0;
    }

    /**
     * The end of the run of letters at {@code i} when all of it is ASCII (the run ends at an ASCII
     * non-letter or the end of the text), or -1 when a letter or mark beyond ASCII is met first.
     */
    private static int asciiWordEnd(String text, int i) {
        int j = i;
        int length = text.length();
        while (j < length) {
            char c = text.charAt(j);
            if (isAsciiLetter(c)) {
                j++;
            } else if (c < 0x80) {
                return j;
            } else {
                return -1;
            }
        }
        return j;
    }

    private static boolean isAsciiLetter(char c) {
        int lower = c | 0x20;
        return lower >= 'a' && lower <= 'z';
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

    /**
     * The rules a number starting at {@code start} can begin: a day is one or two digits and a year
     * four, each ending where the ASCII digits end (a pattern's {@code \d} reads no other digits),
     * and each followed by what its rules read next: a space or a dash, or a word.
     */
    private static int digitRules(String text, int start) {
        int end = start;
        while (end < text.length() && isAsciiDigit(text.charAt(end))) {
            end++;
        }
        int digits = end - start;
        if (end == text.length() || (digits > 2 && digits != 4)) {
            return 0; // every rule reads on after the number
        }
        char after = text.charAt(end);
        if (isPatternSpace(after) || after == '-' || after == '–' || after == '—') {
            return digits == 4 ? YEAR_RULES : dayRules(text, end);
        }
        // a day goes on with an ordinal (st, nd, rd, th) or "to", "through", "till", "until"; a year with "to",
        // "through" or "and": the patterns fold case, so a letter folding onto one of those first letters
        char folded = (char) Character.toLowerCase(Character.toUpperCase((int) after));
        if (digits == 4) {
            return folded == 't' || folded == 'a' ? YEAR_RULES : 0;
        }
        return folded == 's' || folded == 'n' || folded == 'r' || folded == 't' || folded == 'u' ? dayRules(text, end) : 0;
    }

    /**
     * The day rules a day number ending at {@code end} can begin: {@link DateRule#DMY} and
     * {@link DateRule#DAY_NO_YEAR} read a month after it ("17 December", "3rd of May"), {@link DateRule#DAY_RANGE}
     * a range word or dash ("17–19 December", "5 to 7 May"). Most numbers of a text are followed by neither
     * (on the corpus the three were tried 29,000 times a pass for 650 matches). Each test is wider than
     * its patterns: an ordinal is any two letters, "of" may come before the month.
     */
    private static int dayRules(String text, int end) {
        int length = text.length();
        int afterOrdinal = end;
        while (afterOrdinal < length && afterOrdinal - end < 2 && Character.isLetter(text.charAt(afterOrdinal))) {
            afterOrdinal++;
        }
        int mask = DAY_RULES;
        if (!rangeWordAt(text, end) && !rangeWordAt(text, afterOrdinal)) {
            mask &= ~bit(DateRule.DAY_RANGE);
        }
        if (!monthAt(text, afterOrdinal, true)) {
            mask &= ~MONTH_AFTER_DAY;
        }
        return mask;
    }

    /** After spaces (or none) at {@code i}: a dash, or a letter "through", "to", "till" or "until" begin with. */
    private static boolean rangeWordAt(String text, int i) {
        while (i < text.length() && isPatternSpace(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c == '-' || c == '–' || c == '—' || (c | 0x20) == 't' || (c | 0x20) == 'u';
    }

    /** After at least one space at {@code i}: a month name, or (when {@code of}) "of", spaces and a month name. */
    private static boolean monthAt(String text, int i, boolean of) {
        int s = i;
        while (i < text.length() && isPatternSpace(text.charAt(i))) {
            i++;
        }
        if (i == s || i == text.length() || !Character.isLetter(text.codePointAt(i))) {
            return false;
        }
        int end = wordEnd(text, i);
        String word = fold(text, i, end);
        return MONTHS.contains(word) || (of && word.equals("of") && monthAt(text, end, false));
    }

    /** The rules the word at {@code [start, end)} can begin, given what follows it. */
    private static int rulesOf(String text, int start, int end) {
        if (end - start > LONGEST_WORD || !mayBeIn(KEY_HASHES, text, start, end)) {
            return 0;
        }
        return rulesOfKey(text, start, end);
    }

    /** {@link #rulesOf} for a word whose hash is one of the first words'. */
    private static int rulesOfKey(String text, int start, int end) {
        int slot = FIRST_WORDS.slot(text, start, end);
        int mask;
        int[] next;
        if (slot == AsciiWords.NOT_ASCII) {
            String word = fold(text, start, end);
            mask = RULES_BY_WORD.getOrDefault(word, 0);
            next = NEXT_BY_WORD.get(word);
        } else if (slot < 0) {
            return 0;
        } else {
            mask = FIRST_WORDS.rules[slot];
            next = FIRST_WORDS.next[slot];
        }
        if ((mask & MONTH_LED) != 0) {
            mask = afterMonth(text, start, end, mask);
        }
        if (mask == 0 || next == null) {
            return mask;
        }
        int follower = -1;
        for (DateRule rule : DateRule.ALL) {
            int needed = next[rule.ordinal()];
            if ((mask & bit(rule)) == 0 || needed == ANY) {
                continue;
            }
            if (follower < 0) {
                follower = followerAt(text, end);
            }
            if ((follower & needed) == 0 || !secondWordFits(rule, follower, text, end)) {
                mask &= ~bit(rule);
            }
        }
        return mask;
    }

    /**
     * A month word (at {@code [start, end)}) begins six rules, and only a bare month needs nothing
     * around it: {@link DateRule#MDY}, {@link DateRule#MDY_RANGE} and {@link DateRule#MONTH_YEAR} go on
     * with spaces and an ASCII digit (a comma before them for the last), {@link DateRule#MONTH_RANGE} with
     * spaces and a dash or "through", "to", "till", "until", and {@link DateRule#COORDINATED_MONTH} looks
     * back at "and " or "or " (here: a space after a letter, which is wider). An abbreviation's period is
     * stepped over. Each test is wider than its patterns, never narrower: on the corpus these rules were
     * tried 56,000 times a pass for 4,700 matches.
     */
    private static int afterMonth(String text, int start, int end, int mask) {
        int length = text.length();
        int i = end < length && text.charAt(end) == '.' ? end + 1 : end;
        int j = i < length && text.charAt(i) == ',' ? i + 1 : i;
        int k = j;
        while (k < length && isPatternSpace(text.charAt(k))) {
            k++;
        }
        if (k == j || k == length || !isAsciiDigit(text.charAt(k))) {
            mask &= ~NUMBER_AFTER_MONTH;
        }
        int r = i;
        while (r < length && isPatternSpace(text.charAt(r))) {
            r++;
        }
        char to = r < length ? text.charAt(r) : ' ';
        if (to != '-' && to != '–' && to != '—' && (to | 0x20) != 't' && (to | 0x20) != 'u') {
            mask &= ~bit(DateRule.MONTH_RANGE);
        }
        if (start < 2 || !isPatternSpace(text.charAt(start - 1)) || !Character.isLetter(text.charAt(start - 2))) {
            mask &= ~bit(DateRule.COORDINATED_MONTH);
        }
        return mask;
    }

    /**
     * After a lead-in and an article the rule still needs a word of its own: {@link DateRule#APPROXIMATE}
     * a part ("in the middle of 1957"), {@link DateRule#NEW_YEAR} "new" ("by the new year"). "in the",
     * "by the" are everywhere and the rest of the text almost never goes on so: on the corpus these two
     * rules were tried 21,800 times for 36 matches. False when only the article follows and the word
     * after it is not the one needed.
     */
    private static boolean secondWordFits(DateRule rule, int follower, String text, int end) {
        int wanted = rule == DateRule.APPROXIMATE ? PART : rule == DateRule.NEW_YEAR ? NEW : ANY;
        if (wanted == ANY || (follower & wanted) != 0) {
            return true; // the rule's own word follows at once (or the rule is not one of these)
        }
        int i = end;
        while (i < text.length() && isPatternSpace(text.charAt(i))) {
            i++;
        }
        // followerAt found a word here (the article); the word after it must be the rule's
        return (followerAt(text, wordEnd(text, i)) & wanted) != 0;
    }

    /** False when the folded word at {@code [start, end)} is surely not in a set: its string hash is not one of theirs. */
    private static boolean mayBeIn(java.util.BitSet hashes, String text, int start, int end) {
        int h = 0;
        for (int j = start; j < end; ) {
            char c = text.charAt(j);
            if (isAsciiLetter(c)) {
                h = 31 * h + (c | 0x20);
                j++;
                continue;
            }
            int cp = text.codePointAt(j);
            int folded = Character.toLowerCase(Character.toUpperCase(cp));
            if (Character.isSupplementaryCodePoint(folded)) {
                return true; // two chars in the string: let the string decide
            }
            h = 31 * h + folded;
            j += Character.charCount(cp);
        }
        return hashes.get(h & 0xFFFF);
    }

    /**
     * What follows a lead-in word ending at {@code end}: nothing unless {@code \s+} comes first (as the
     * patterns read it: space, tab, line ends, form feed), then {@link #DIGIT} for an ASCII digit, or
     * the kinds of the word there (the whole run of letters, as each pattern wants it whole).
     */
    private static int followerAt(String text, int end) {
        int i = end;
        while (i < text.length() && isPatternSpace(text.charAt(i))) {
            i++;
        }
        if (i == end || i == text.length()) {
            return 0;
        }
        char c = text.charAt(i);
        if (c >= '0' && c <= '9') {
            return DIGIT;
        }
        if (!Character.isLetter(text.codePointAt(i))) {
            return 0;
        }
        int wordEnd = wordEnd(text, i);
        if (wordEnd - i > LONGEST_FOLLOWER || !mayBeIn(FOLLOWER_HASHES, text, i, wordEnd)) {
            return 0;
        }
        int slot = FOLLOWERS.slot(text, i, wordEnd);
        if (slot == AsciiWords.NOT_ASCII) {
            return FOLLOWER_KINDS.getOrDefault(fold(text, i, wordEnd), 0);
        }
        return slot < 0 ? 0 : FOLLOWERS.rules[slot];
    }

    /**
     * Folded ASCII words and what each stands for, found from a word of a text in place: a lead-in
     * ("the", "in", "by"…) is a seventh of the words of an English text, and each made a folded string
     * and two map look-ups (allocation-free here). A word with a character beyond ASCII is left to the
     * maps, whose keys were folded by the patterns' own rule.
     */
    private static final class AsciiWords {
        static final int NOT_ASCII = -2;
        private final String[] keys;
        final int[] rules;
        final int[][] next;
        private final int mask;

        AsciiWords(Map<String, Integer> values, Map<String, int[]> nextByWord) {
            int size = Integer.highestOneBit(Math.max(16, values.size() * 4)) * 2;
            keys = new String[size];
            rules = new int[size];
            next = new int[size][];
            mask = size - 1;
            values.forEach((key, value) -> {
                if (key.chars().allMatch(c -> c < 0x80)) {
                    int slot = spread(key.hashCode()) & mask;
                    while (keys[slot] != null) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = key;
                    rules[slot] = value;
                    next[slot] = nextByWord.get(key);
                }
            });
        }

        /** The slot of the word at {@code [start, end)} folded, -1 when it is none, {@link #NOT_ASCII} when not all ASCII. */
        int slot(String text, int start, int end) {
            int h = 0;
            for (int j = start; j < end; j++) {
                char c = text.charAt(j);
                if (c >= 0x80) {
                    return NOT_ASCII;
                }
                h = 31 * h + asciiFold(c);
            }
            for (int slot = spread(h) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
                if (sameFolded(keys[slot], text, start, end)) {
                    return slot;
                }
            }
            return -1;
        }

        private static boolean sameFolded(String key, String text, int start, int end) {
            if (key.length() != end - start) {
                return false;
            }
            for (int j = 0; j < key.length(); j++) {
                if (key.charAt(j) != asciiFold(text.charAt(start + j))) {
                    return false;
                }
            }
            return true;
        }

        /** The patterns' fold of an ASCII character: A–Z to lower case, the rest as they are. */
        private static char asciiFold(char c) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }

        private static int spread(int h) {
            return h ^ (h >>> 16);
        }
    }

    /** {@code \s} of a pattern without UNICODE_CHARACTER_CLASS. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static String fold(String text, int start, int end) {
        StringBuilder word = new StringBuilder(end - start);
        for (int j = start; j < end; ) {
            int cp = text.codePointAt(j);
            // the patterns' own case folding (CASE_INSENSITIVE | UNICODE_CASE)
            word.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp)));
            j += Character.charCount(cp);
        }
        return word.toString();
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

    private static void begins(DateRule rule, String words, int next) {
        for (String w : words.split("\\|")) {
            String key = fold(w);
            RULES_BY_WORD.merge(key, bit(rule), (a, b) -> a | b);
            NEXT_BY_WORD.computeIfAbsent(key, k -> new int[DateRule.values().length])[rule.ordinal()] = next;
        }
    }

    private static void follows(String words, int kind) {
        for (String w : words.split("\\|")) {
            FOLLOWER_KINDS.merge(fold(w), kind, (a, b) -> a | b);
        }
    }

    private static String fold(String w) {
        return fold(w, 0, w.length());
    }

    private static int bit(DateRule rule) {
        return 1 << rule.ordinal();
    }

    @Override
    public String toString() {
        return "RuleStarts[" + size + " starts in " + text.length() + " chars]";
    }
}
