package org.fond.core.date;

import java.util.regex.Pattern;

/**
 * The date grammar's patterns, most specific first: where two match at the same place the longer
 * wins and, at equal length, the earlier rule. A year needs a year context (a month, a date
 * pattern or a preposition) and is checked to lie in 1000–2100, so "290 won", "700 cooperatives"
 * or "3,564 fixtures" never read as dates. English month names must be capitalised so that the
 * verb "may" is never May.
 */
enum DateRule {
    DAY_RANGE(day("d1") + "\\s*" + P.TO + "\\s*(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + month("m")
            + "(?:,?\\s+" + year("y") + ")?"),
    MDY_RANGE(month("m") + "\\s+" + day("d1") + "\\s*" + P.TO + "\\s*(?<d2>\\d{1,2}),?\\s+" + year("y")),
    MONTH_RANGE(month("m1") + "\\s*" + P.TO + "\\s*" + month("m2") + ",?\\s+" + year("y")),
    MDY(month("m") + "\\s+" + day("d") + ",?\\s+" + year("y")),
    DMY(day("d") + "\\s+(?:of\\s+)?" + monthOrRussian("m") + ",?\\s+" + year("y") + "(?:\\s*(?:г\\.|года))?"),
    MONTH_YEAR(monthOrRussian("m") + ",?\\s+" + year("y")),
    YEAR_RANGE("(?:" + P.WB + "(?:from|between)\\s+)?" + P.WB + "(?<y1>\\d{4})\\s*(?:-|–|—|to|through|and)\\s*"
            + "(?<y2>\\d{4})(?![\\p{N}])"),
    DEICTIC_ABSOLUTE(P.WB + "(?<deix>today|tomorrow|yesterday),?\\s+(?:the\\s+)?" + day("d") + "\\s+(?:of\\s+)?"
            + month("m") + "(?:,?\\s+" + year("y") + ")?"),
    APPROXIMATE("(?:" + P.WB + "(?<prep>until|till|by|in|since|from|before|after|during|around)\\s+)?(?:" + P.WB
            + "(?:the|an?)\\s+)?" + P.WB + "(?<part>middle|mid|beginning|start|end|early|late|first\\s+half"
            + "|second\\s+half)(?:\\s+of\\s+|-|\\s+)" + year("y")),
    NEW_YEAR(P.WB + "(?<prep>by|before|until|till)\\s+(?:the\\s+)?new\\s+year(?![\\p{L}'’])"),
    RELATIVE_YEAR(P.WB + "(?:(?<rel>last|next|this|coming)\\s+year|current(?:\\s+[a-z]+){0,2}?\\s+year)(?![\\p{L}])"),
    RELATIVE_MONTH(P.WB + "(?<rel>last|next|this|coming)\\s+" + englishMonth("m") + "(?<poss>['’]s)?"),
    DETERMINED_MONTH(P.WB + "(?<det>the|that)\\s+" + englishMonth("m") + P.NO_DAY_OR_YEAR),
    DAY_NO_YEAR("(?:" + P.WB + "(?<prep>as\\s+of|on|by|until|till|since|from|before|after)\\s+)?" + day("d")
            + "\\s+(?:of\\s+)?" + month("m") + "(?!,?\\s*\\d{4}(?!\\d))"),
    MONTH_DAY_NO_YEAR(P.WB + "(?<prep>as\\s+of|on|by|until|till|since|before|after)\\s+" + month("m") + "\\s+"
            + day("d") + "(?![\\p{N}])(?!,?\\s*\\d{4}(?!\\d))"),
    YEAR_PREPOSITION(P.WB + "(?<prep>in|by|before|after|until|till|since|during|around|circa)\\s+" + year("y")),
    MONTH_PREPOSITION(P.WB + "(?<prep>in|by|until|till|since|from|before|after|during)\\s+" + englishMonth("m")
            + P.NO_DAY_OR_YEAR),
    COORDINATED_MONTH("(?<=(?:and|or)\\s)" + englishMonth("m") + P.NO_DAY_OR_YEAR),
    BARE_MONTH(P.WB + englishMonth("m") + P.NO_DAY_OR_YEAR),
    DEICTIC(P.WB + "(?<deix>today|tomorrow|yesterday)(?:['’]s)?(?![\\p{L}])");


    final Pattern pattern;

    /**
     * Every rule, in order, for reading only: {@code values()} copies its array at each call, and it
     * was called for every word that may begin a date.
     */
    static final DateRule[] ALL = values();

    /** Shared pieces, in a holder because enum constants may not use the enum's own static fields. */
    private static final class P {
        /** A word start: no letter or digit just before. */
        static final String WB = "(?<![\\p{L}\\p{N}])";
        static final String TO = "(?:through|to|till|until|-|–|—)";
        /** Not followed by a day number or a year, which a longer date rule reads instead. */
        static final String NO_DAY_OR_YEAR = "(?!\\s+\\d{1,2}(?!\\d)|,?\\s+\\d{4}(?!\\d))";
    }

    DateRule(String regex) {
        this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The provenance rule id: {@code month-preposition}. */
    String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static String day(String group) {
        // not inside "3,564" or after another digit
        return "(?<![\\p{N},])(?<" + group + ">\\d{1,2})(?:st|nd|rd|th)?(?![\\p{N}])";
    }

    private static String year(String group) {
        return "(?<![\\p{N}])(?<" + group + ">\\d{4})(?![\\p{N}])(?![.,]\\d)";
    }

    private static String englishMonth(String group) {
        return P.WB + "(?<" + group + ">" + MonthNames.ENGLISH + ")(?![\\p{L}])";
    }

    private static String month(String group) {
        return P.WB + "(?<" + group + ">(?:" + MonthNames.ENGLISH + ")(?![\\p{L}])|(?:" + MonthNames.ABBREVIATED
                + ")(?:\\.|(?![\\p{L}])))";
    }

    private static String monthOrRussian(String group) {
        return P.WB + "(?<" + group + ">(?:" + MonthNames.ENGLISH + ")(?![\\p{L}])|(?:" + MonthNames.ABBREVIATED
                + ")(?:\\.|(?![\\p{L}]))|(?:" + MonthNames.RUSSIAN + ")(?![\\p{L}]))";
    }
}
