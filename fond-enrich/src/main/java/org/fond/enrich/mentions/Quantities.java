package org.fond.enrich.mentions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    private static final Pattern SYMBOL_FIRST = Pattern.compile("([$£¥₽₩])\\s?" + NUMBER + SCALE);
    /** A Korean particle may follow the currency ({@code 5만 원을}); a Latin or Cyrillic letter may not ({@code wonder}). */
    private static final Pattern WORD_AFTER = Pattern.compile(
            "(?<![\\p{L}\\d])" + NUMBER + SCALE + "\\s*" + CURRENCY_WORD + "(?![\\p{IsLatin}\\p{IsCyrillic}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PERCENT = Pattern.compile(
            "(?<![\\p{L}\\d])" + NUMBER + "\\s*(%|per ?cent\\b|percent\\b|процент(?:ов|а)?|퍼센트)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TROOPS = Pattern.compile(
            "(?<![\\p{L}\\d])" + NUMBER + SCALE + "\\s+(troops|soldiers|men|bayonets|солдат|штыков|명의 병력)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Quantities() {
    }

    public static List<Quantity> find(String text) {
        List<Quantity> found = new ArrayList<>();
        Matcher m = SYMBOL_FIRST.matcher(text);
        while (m.find()) {
            add(found, m.start(), m.end(), amount(m.group(2), m.group(3)), currency(m.group(1)));
        }
        m = WORD_AFTER.matcher(text);
        while (m.find()) {
            add(found, m.start(), m.end(), amount(m.group(1), m.group(2)), currency(m.group(3)));
        }
        m = PERCENT.matcher(text);
        while (m.find()) {
            add(found, m.start(), m.end(), amount(m.group(1), null), "percent");
        }
        m = TROOPS.matcher(text);
        while (m.find()) {
            add(found, m.start(), m.end(), amount(m.group(1), m.group(2)), "troops");
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
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

    private static String currency(String word) {
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
