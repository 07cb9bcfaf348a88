package org.fond.core.date;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Month names the grammar reads: English full names and abbreviations, and Russian names in the
 * genitive ({@code января}, as in "17 января 1955") and nominative. Taken from java.time's CLDR
 * data so no table is typed by hand; only "Sept" is added.
 */
final class MonthNames {
    /** English full names, longest first within each letter so the regex never stops short. */
    static final String ENGLISH = "January|February|March|April|May|June|July|August|September|October|November"
            + "|December";
    /** English abbreviations (an optional period follows in the patterns); May has none. */
    static final String ABBREVIATED = "Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec";
    static final String RUSSIAN;
    private static final Map<String, Month> BY_NAME = new HashMap<>();

    static {
        Locale ru = Locale.of("ru");
        StringBuilder russian = new StringBuilder();
        for (Month m : Month.values()) {
            BY_NAME.put(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), m);
            BY_NAME.put(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), m);
            for (TextStyle style : new TextStyle[] {TextStyle.FULL, TextStyle.FULL_STANDALONE}) {
                String name = m.getDisplayName(style, ru).toLowerCase(ru);
                if (BY_NAME.putIfAbsent(name, m) == null) {
                    russian.append(russian.isEmpty() ? "" : "|").append(name);
                }
            }
        }
        BY_NAME.put("sept", Month.SEPTEMBER);
        RUSSIAN = russian.toString();
    }

    private MonthNames() {
    }

    /** The month a name or abbreviation (any case, trailing period allowed) stands for. */
    static Optional<Month> of(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String w = word.strip();
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        return Optional.ofNullable(BY_NAME.get(w.toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether a matched English month word is written as a name (capitalised or upper case). The
     * lower-case "may" is the modal verb, and "march" the verb, so a lower-case English month is
     * never a date; Russian months are written in lower case and always count.
     */
    static boolean writtenAsName(String word) {
        if (word.isEmpty()) {
            return false;
        }
        char first = word.charAt(0);
        return Character.isUpperCase(first) || Character.UnicodeBlock.of(first) == Character.UnicodeBlock.CYRILLIC;
    }
}
