package org.fond.enrich.mentions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quantities in running text, a small rule set: sums of money (dollars, rubles, pounds, francs, marks,
 * yen, won; in English, Russian and Korean writing), percentages and numbers of troops. The
 * normalised value is {@code <amount> <unit>}: a plain decimal amount ({@code 1,5 million} →
 * {@code 1500000}) and an ISO 4217 code (or {@code mark}, which has none before 1948), {@code percent} or {@code troops}.
 */
public final class Quantities {
    /** A quantity at {@code [start, end)} with its normalised value. */
    public record Quantity(int start, int end, String value) {
    }

    private static final String NUMBER = "(\\d{1,3}(?:[,.\u00A0 ]\\d{3})+(?:\\.\\d+)?|\\d+(?:[.,]\\d+)?)";
    private static final String SCALE = "(?:\\s*(thousand|million|billion|тыс\\.|тысяч[аи]?|млн\\.?|миллион(?:а|ов)?|млрд\\.?|миллиард(?:а|ов)?|만|억|천))?";
    private static final String CURRENCY_WORD = "(dollars?|rubles?|roubles?|pounds?(?: sterling)?|francs?|marks?|yen|won"
            + "|руб(?:\\.|л(?:ей|я|ь))|долл(?:\\.|ар(?:ов|а)?)|원|달러|루블)";
    static final Pattern SYMBOL_FIRST = Pattern.compile("([$£¥₽₩])\\s?" + NUMBER + SCALE);
    /** A Korean particle may follow the currency ({@code 5만 원을}); a Latin or Cyrillic letter may not ({@code wonder}). */
    static final Pattern WORD_AFTER = Pattern.compile(
            "(?<![\\p{L}\\d])" + NUMBER + SCALE + "\\s*" + CURRENCY_WORD + "(?![\\p{IsLatin}\\p{IsCyrillic}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Pattern PERCENT = Pattern.compile(
            "(?<![\\p{L}\\d])" + NUMBER + "\\s*(%|per ?cent\\b|percent\\b|процент(?:ов|а)?|퍼센트)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Pattern TROOPS = Pattern.compile(
            "(?<![\\p{L}\\d])" + NUMBER + SCALE + "\\s+(troops|soldiers|men|bayonets|солдат|штыков|명의 병력)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /*
     * What the first character after a number (its digits, group marks and the spaces the patterns
     * allow) can be in a match of each digit-led rule: the first letters of its scale and unit words,
     * under the patterns' case folding. Every rule needs a word or a sign there, and most numbers of a
     * text (years, days, notes, pages) are followed by none of these, so their patterns are not tried.
     */
    private static final String SCALE_FIRST = "tmbтм만억천";
    private static final java.util.BitSet WORD_AFTER_FIRST = foldingOnto(SCALE_FIRST + "drpfmywрд원달루");
    private static final java.util.BitSet PERCENT_FIRST = foldingOnto("%pп퍼");
    private static final java.util.BitSet TROOPS_FIRST = foldingOnto(SCALE_FIRST + "tsmbсш명");

    /*
     * The words themselves, lower case, cut to what every form of each must begin with: a number
     * followed by a letter of the sets above is kept for a rule only when one of its words begins
     * there. Most such numbers are followed by other words (1957 to, 12 May, 3 p.m.), and the pattern,
     * tried at each, failed only at the word after its look-behind and number.
     */
    private static final String[] SCALE_WORDS = {"thousand", "million", "billion", "тыс", "млн", "миллион", "млрд",
        "миллиард", "만", "억", "천"};
    private static final String[] WORD_AFTER_WORDS = concat(SCALE_WORDS, "dollar", "ruble", "rouble", "pound",
            "franc", "mark", "yen", "won", "руб", "долл", "원", "달러", "루블");
    private static final String[] PERCENT_WORDS = {"%", "per", "процент", "퍼센트"};
    private static final String[] TROOPS_WORDS = concat(SCALE_WORDS, "troops", "soldiers", "men", "bayonets", "солдат",
            "штыков", "명의 병력");

    private Quantities() {
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    /**
     * Whether one of {@code words} begins at {@code at}, ignoring case as the patterns do: a character
     * the patterns' Unicode case folding matches to a word's letter, {@link String#regionMatches(boolean,
     * int, String, int, int)} matches as well (they compare upper, then lower case of upper).
     */
    private static boolean beginsWithOne(String text, int at, String[] words) {
        char c = text.charAt(at);
        // regionMatches' test of the first characters, before asking it of the whole word
        char folded = Character.toLowerCase(Character.toUpperCase(c));
        for (String w : words) {
            char first = w.charAt(0);
            if ((c == first || folded == Character.toLowerCase(Character.toUpperCase(first)))
                    && text.regionMatches(true, at, w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }

    /** What may lie between a number's start and its scale or unit word: ASCII digits, group marks, {@code \s}. */
    private static boolean isNumberOrSpace(char c) {
        return (c >= '0' && c <= '9') || c == ',' || c == '.' || c == '\u00A0'
                || c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /**
     * Every BMP character a case-insensitive, Unicode-case pattern could match against one of
     * {@code letters}: more than the patterns match (any character whose lower, upper or upper-then-lower
     * case meets the letter's), never fewer, which is all a filter before the patterns needs.
     */
    private static java.util.BitSet foldingOnto(String letters) {
        java.util.BitSet set = new java.util.BitSet(1 << 16);
        for (char f : letters.toCharArray()) {
            int lower = Character.toLowerCase(f);
            int upper = Character.toUpperCase(f);
            int folded = Character.toLowerCase(upper);
            for (int x = 0; x < (1 << 16); x++) {
                if (x == f || Character.toLowerCase(x) == lower || Character.toUpperCase(x) == upper
                        || Character.toLowerCase(Character.toUpperCase(x)) == folded) {
                    set.set(x);
                }
            }
        }
        return set;
    }

    /**
     * Every quantity in {@code text}, in text order; where two overlap, the first rule's wins (symbol,
     * word after, percent, troops).
     *
     * <p>Each rule is tried only where a match of it can begin, with the same result as successive
     * {@link Matcher#find()} calls over the whole text: a symbol rule at a currency symbol, the others at
     * an ASCII digit not preceded by one ({@code \d} is ASCII only, and their look-behind refuses a digit
     * before). A text is read once for those places; {@code find()} would try all four patterns at every
     * character, which was most of the cost of finding mentions. {@code QuantitiesTest} checks both ways
     * agree on the corpus and on random text.
     */
    public static List<Quantity> find(String text) {
        List<Quantity> found = new ArrayList<>();
        int[] symbols = new int[8];
        int[] digits = new int[32];
        int nSymbols = 0;
        int nDigits = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (i == 0 || text.charAt(i - 1) < '0' || text.charAt(i - 1) > '9') {
                    if (nDigits == digits.length) {
                        digits = java.util.Arrays.copyOf(digits, nDigits * 2);
                    }
                    digits[nDigits++] = i;
                }
            } else if (c == '$' || c == '£' || c == '¥' || c == '₽' || c == '₩') {
                if (nSymbols == symbols.length) {
                    symbols = java.util.Arrays.copyOf(symbols, nSymbols * 2);
                }
                symbols[nSymbols++] = i;
            }
        }
        if (nDigits == 0) {
            return found; // every rule reads a number
        }
        // each digit-led rule kept only at the numbers followed by what one of its words begins with
        int[] words = new int[nDigits];
        int[] percents = new int[nDigits];
        int[] troops = new int[nDigits];
        int nWords = 0;
        int nPercents = 0;
        int nTroops = 0;
        int scanned = -1;
        int follower = -1;
        for (int k = 0; k < nDigits; k++) {
            int start = digits[k];
            if (start >= scanned) {
                // the number, its scale's and unit's spaces: what follows them is where a word must begin
                scanned = start;
                while (scanned < text.length() && isNumberOrSpace(text.charAt(scanned))) {
                    scanned++;
                }
                follower = scanned < text.length() ? text.charAt(scanned) : -1;
            } // else: only number characters and spaces lie between this start and the last one's follower
            if (follower < 0) {
                continue;
            }
            if (Character.isSurrogate((char) follower)) {
                words[nWords++] = start; // a letter outside the BMP: left to the patterns
                percents[nPercents++] = start;
                troops[nTroops++] = start;
                continue;
            }
            if (WORD_AFTER_FIRST.get(follower) && beginsWithOne(text, scanned, WORD_AFTER_WORDS)) {
                words[nWords++] = start;
            }
            if (PERCENT_FIRST.get(follower) && beginsWithOne(text, scanned, PERCENT_WORDS)) {
                percents[nPercents++] = start;
            }
            if (TROOPS_FIRST.get(follower) && beginsWithOne(text, scanned, TROOPS_WORDS)) {
                troops[nTroops++] = start;
            }
        }
        for (MatchResult m : matches(SYMBOL_FIRST, text, symbols, nSymbols)) {
            add(found, m.start(), m.end(), amount(m.group(2), m.group(3)), currency(m.group(1)));
        }
        for (MatchResult m : matches(WORD_AFTER, text, words, nWords)) {
            add(found, m.start(), m.end(), amount(m.group(1), m.group(2)), currency(m.group(3)));
        }
        for (MatchResult m : matches(PERCENT, text, percents, nPercents)) {
            add(found, m.start(), m.end(), amount(m.group(1), null), "percent");
        }
        for (MatchResult m : matches(TROOPS, text, troops, nTroops)) {
            add(found, m.start(), m.end(), amount(m.group(1), m.group(2)), "troops");
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** The matches {@code find()} would give, trying the pattern only at {@code starts} (ascending). */
    private static List<MatchResult> matches(Pattern pattern, String text, int[] starts, int count) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = null;
        int from = 0;
        for (int k = 0; k < count; k++) {
            if (starts[k] < from) {
                continue;
            }
            if (m == null) {
                // transparent bounds: the look-behind sees the text before the start, as find() does
                m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            m.region(starts[k], text.length());
            if (m.lookingAt()) {
                out.add(m.toMatchResult());
                from = Math.max(m.end(), starts[k] + 1);
            }
        }
        return out;
    }

    private static void add(List<Quantity> found, int start, int end, BigDecimal amount, String unit) {
        for (Quantity q : found) {
            if (start < q.end() && q.start() < end) {
                return;
            }
        }
        found.add(new Quantity(start, end, amount == null ? unit : amount.toPlainString() + " " + unit));
    }

    /** {@code 1,000,000} and {@code 1 000 000} as thousands groups, {@code 2.5} or {@code 2,5} as a decimal. */
    static BigDecimal amount(String digits, String scale) {
        String d = digits.replace('\u00A0', ' ');
        String plain;
        if (d.matches("\\d{1,3}(?:[,. ]\\d{3})+")) {
            plain = d.replaceAll("[,. ]", "");
        } else if (d.matches("\\d{1,3}(?:[, ]\\d{3})+\\.\\d+")) {
            plain = d.replaceAll("[, ]", "");
        } else {
            plain = d.replace(',', '.');
        }
        BigDecimal value;
        try {
            value = new BigDecimal(plain);
        } catch (NumberFormatException e) {
            return null;
        }
        return value.multiply(scale(scale)).stripTrailingZeros();
    }

    private static BigDecimal scale(String s) {
        if (s == null) {
            return BigDecimal.ONE;
        }
        String w = s.toLowerCase(Locale.ROOT);
        if (w.startsWith("thousand") || w.startsWith("тыс") || w.equals("천")) {
            return BigDecimal.valueOf(1_000);
        }
        if (w.equals("만")) {
            return BigDecimal.valueOf(10_000);
        }
        if (w.startsWith("million") || w.startsWith("млн") || w.startsWith("миллион")) {
            return BigDecimal.valueOf(1_000_000);
        }
        if (w.equals("억")) {
            return BigDecimal.valueOf(100_000_000);
        }
        return BigDecimal.valueOf(1_000_000_000);
    }

    static String currency(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals("$") || w.startsWith("dollar") || w.startsWith("долл") || w.equals("달러")) {
            return "USD";
        }
        if (w.equals("₽") || w.startsWith("rub") || w.startsWith("roub") || w.startsWith("руб") || w.equals("루블")) {
            return "RUB";
        }
        if (w.equals("£") || w.startsWith("pound")) {
            return "GBP";
        }
        if (w.startsWith("franc")) {
            return "FRF";
        }
        if (w.startsWith("mark")) {
            return "mark";
        }
        if (w.equals("¥") || w.equals("yen")) {
            return "JPY";
        }
        return "KRW";
    }
}
