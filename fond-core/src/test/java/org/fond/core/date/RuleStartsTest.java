package org.fond.core.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fond.core.testing.Shared;
import org.junit.jupiter.api.Test;

/** Trying each rule only where it can start finds exactly what {@link Matcher#find()} over the whole text finds. */
class RuleStartsTest {

    @Test
    void findsTheSameMatchesAsAScanOfTheWholeTextOnRealDocuments() {
        List<String> texts = new ArrayList<>();
        texts.add(Shared.read(Shared.seed115956()));
        texts.add(Shared.read(Shared.seed115797()));
        texts.add(Shared.read(Shared.path("corpus/wcda/wilson_archive_sample.csv")));
        texts.add(Shared.gunzip("corpus/frus-tei/frus1894Nicaragua.xml.gz"));
        texts.add(Shared.gunzip("corpus/frus-tei/frus1918Russiav03.xml.gz"));
        String flat = Shared.gunzip("corpus/frus-text/frus1946v06.txt.gz");
        texts.add(flat.substring(0, Math.min(flat.length(), 1_500_000)));
        int total = 0;
        for (String text : texts) {
            total += assertSameMatches(text);
        }
        assertThat(total).as("matches compared").isGreaterThan(2_000);
    }

    /** A lead-in and an article begin APPROXIMATE and NEW_YEAR only where the rule's own word comes next. */
    @Test
    void leadInAndArticleAreTriedOnlyBeforeTheRulesWord() {
        String text = "in the middle of 1957, By The New Year, in the\tend of 1956, by the\nnew year, "
                + "in the midst of 1957, by the newly built, in a late 1957 plan, In An early 1958, by the  new  year, "
                + "in the Middle-1955, before the news, from the first half of 1954, until the second  half 1953, in the";
        assertThat(assertSameMatches(text)).as("matches compared").isGreaterThanOrEqualTo(10);
        assertThat(RuleStarts.of(text).matches(DateRule.APPROXIMATE)).hasSize(7);
        assertThat(RuleStarts.of(text).matches(DateRule.NEW_YEAR)).hasSize(3);
    }

    /** A day number begins the day rules only before a month (Russian too, "of" between) or a range word. */
    @Test
    void dayNumbersAreTriedOnlyBeforeAMonthOrARangeWord() {
        String text = "17 января 1955 г., 3 Января, 1957, 5 of May 1957, 5th of May, 17 декабря 1957 года, 5 to 7 May 1957, "
                + "5–7 May, 5to 7 May, 21st\tDec. 1956, 2 OF SEPT 1958, 12 delegations, 3 of them, 4 or 5 days, 7th fleet";
        assertThat(assertSameMatches(text)).as("matches compared").isGreaterThanOrEqualTo(10);
        assertThat(RuleStarts.of(text).matches(DateRule.DMY)).hasSize(7);
        assertThat(RuleStarts.of(text).matches(DateRule.DAY_RANGE)).hasSize(3);
    }

    @Property(tries = 5000)
    void findsTheSameMatchesAsAScanOfTheWholeTextOnOddText(@ForAll("datelike") String text) {
        assertSameMatches(text);
    }

    @Provide
    Arbitrary<String> datelike() {
        Arbitrary<String> pieces = Arbitraries.of("May", "may", "MAY", "Sept.", "Sept", "sep", "December", "dec.",
                "января", "Января", "17", "1957", "3,564", "0102", "2", "31", " ", "  ", "\n\n", ",", ".", "-", "–",
                "through", "to", "of", "the", "that", "in", "by", "as of", "since", "from", "between", "and", "or",
                "today", "Tomorrow", "yesterday's", "last", "next", "current", "year", "new year", "mid", "early",
                "first half", "circa", "ſince", "İn", "x", "A", "Б", "²", "Ⅻ", "𝐀", "𝟙", "\uD835", "th", "st", "г.", "года", "'s",
                "half", "second", "end", "mid-", "news", "years", "Year", "NEW", "Of", "ofs", "a", "an", "Mayor", "Sept.",
                "\t", "\f", "\u000B", "during", "between", "this", "coming", "as", "on", "after", "th", "ST", "ſt", "nd", "rd",
                "till", "until", "and", "–", "—", "to", "through", "3", "12", "123", "middle", "The", "New", "late",
                "beginning", "An", "newly",
                // beyond ASCII right after or inside an ASCII word: the fast path hands such words to the slow one
                "é", "’", "\u0301", "ß", "\u212A", "ﬁ", "Thé", "MAYé", "in’", "");
        return pieces.list().ofMaxSize(30).map(l -> String.join("", l));
    }

    private static int assertSameMatches(String text) {
        RuleStarts starts = RuleStarts.of(text);
        int n = 0;
        for (DateRule rule : DateRule.values()) {
            List<String> expected = new ArrayList<>();
            Matcher m = rule.pattern.matcher(text);
            while (m.find()) {
                expected.add(describe(m));
            }
            List<String> actual = starts.matches(rule).stream().map(RuleStartsTest::describe).toList();
            assertThat(actual).as(rule.name()).isEqualTo(expected);
            n += expected.size();
        }
        return n;
    }

    private static String describe(MatchResult m) {
        StringBuilder b = new StringBuilder().append(m.start()).append('-').append(m.end());
        for (int g = 1; g <= m.groupCount(); g++) {
            b.append('|').append(m.start(g)).append(':').append(m.end(g));
        }
        return b.toString();
    }
}
