package org.fond.core.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Small fixtures of my own for the rules the seeds do not exercise. */
class DateExtractionTest {
    private static List<String> edtfs(String text, String anchor) {
        return DateParser.extract(text, anchor).stream().map(DateExpression::edtf).toList();
    }

    @Test
    void mayAsAVerbIsNeverAMonth() {
        assertThat(DateParser.extract("It may be so. May I ask? They may come in 1958 or may not.", "1957-12-17"))
                .extracting(DateExpression::surface).containsExactly("in 1958");
        assertThat(DateParser.extract("May we talk about it.", "1957-12-17")).isEmpty();
    }

    @Test
    void aCapitalisedMonthWithNothingToInheritIsNotTaken() {
        assertThat(DateParser.extract("We spoke with August Bebel's heirs.", "1957-12-17")).isEmpty();
    }

    @Test
    void aDeicticDateThatDisagreesWithTheAnchorKeepsTheWrittenDayAndIsFlagged() {
        DateExpression e = DateParser.extract("The congress opens tomorrow, 19 December.", "1957-12-17").get(0);
        assertThat(e.edtf()).isEqualTo("1957-12-19");
        assertThat(e.provenance().rule()).endsWith("mismatch");
        assertThat(e.confidence()).isEqualTo(org.fond.core.model.Confidence.LOW);
    }

    @Test
    void tomorrowCrossesTheYear() {
        assertThat(edtfs("It opens tomorrow, 1 January.", "1957-12-31")).containsExactly("1958-01-01");
        assertThat(edtfs("Yesterday we met.", "1958-01-01")).containsExactly("1957-12-31");
    }

    @Test
    void lastMonthWithoutThePossessiveIsTheMostRecentOne() {
        assertThat(edtfs("We met last August.", "1957-12-17")).containsExactly("1957-08");
        assertThat(edtfs("We met last December.", "1957-12-17")).containsExactly("1956-12");
        assertThat(edtfs("We will meet next March.", "1957-12-17")).containsExactly("1958-03");
    }

    @Test
    void prepositionsShapeTheInterval() {
        assertThat(edtfs("It was so after 1953.", "1957-12-17")).containsExactly("1954/..");
        assertThat(edtfs("It has been so since 1953.", "1957-12-17")).containsExactly("1953/..");
        assertThat(edtfs("It must be done by 1960.", "1957-12-17")).containsExactly("../1960");
        assertThat(edtfs("It was done before 5 May.", "1957-12-17")).containsExactly("../1957-05-04");
    }

    @Test
    void aPastEventInALaterMonthBelongsToTheYearBefore() {
        assertThat(edtfs("The plant was shipped in October.", "1957-03-01")).containsExactly("1956-10");
        assertThat(edtfs("The plant will be shipped in October.", "1957-03-01")).containsExactly("1957-10");
    }

    @Test
    void withoutAnAnchorOnlySelfContainedDatesAreRead() {
        assertThat(edtfs("Today, in December, last year; then on 17 December 1957 and in March.", null))
                .containsExactly("1957-12-17", "1957-03");
        assertThat(edtfs("Today, last year.", "Undated")).isEmpty();
    }

    @Test
    void readsRangesAndRussianDates() {
        assertThat(edtfs("From 1955 to 1957 and between 1946 and 1948.", null))
                .containsExactly("1955/1957", "1946/1948");
        assertThat(edtfs("Документ от 17 января 1955 г. получен.", null)).containsExactly("1955-01-17");
        assertThat(edtfs("The journal of December 14-20, 1957.", null)).containsExactly("1957-12-14/1957-12-20");
    }

    @Property(tries = 300)
    void neverThrowsAndEverySpanIsItsSurface(@ForAll String text) {
        String input = text + " in 1958. May 17 December, tomorrow, 18 December 1957 last August's the May";
        for (DateExpression e : DateParser.extract(input, "1957-12-17")) {
            assertThat(e.span().of(input)).isEqualTo(e.surface());
            assertThat(EdtfDate.tryParse(e.edtf())).as(e.edtf()).isPresent();
        }
    }
}
