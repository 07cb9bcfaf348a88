package org.fond.core.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fond.core.model.Span;
import org.fond.core.testing.Shared;
import org.fond.core.text.MarkdownNormaliser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rows of MODEL.md §5.5 for both seeds, read from the real exports. */
class SeedDateExpressionsTest {
    private static String s1;
    private static String s2;
    private static List<DateExpression> s1Dates;
    private static List<DateExpression> s2Dates;

    @BeforeAll
    static void readSeeds() {
        s1 = MarkdownNormaliser.normalise(Shared.read(Shared.seed115956()), 1).text().plain();
        s2 = MarkdownNormaliser.normalise(Shared.read(Shared.seed115797()), 1).text().plain();
        s1Dates = DateParser.extract(s1, "1957-12-17");
        s2Dates = DateParser.extract(s2, "1955-01-17");
    }

    private static List<DateExpression> withSurface(List<DateExpression> dates, String surface) {
        return dates.stream().filter(d -> d.surface().equals(surface)).toList();
    }

    /** Every expression with this surface has this EDTF; returns them. */
    private static List<DateExpression> assertRow(List<DateExpression> dates, String surface, int count, String edtf) {
        List<DateExpression> rows = withSurface(dates, surface);
        assertThat(rows).as(surface).hasSize(count);
        assertThat(rows).as(surface).allSatisfy(d -> assertThat(d.edtf()).isEqualTo(edtf));
        return rows;
    }

    @Test
    void readsTheAbsoluteDatesOfS1InBothOrders() {
        assertThat(assertRow(s1Dates, "December 17, 1957", 2, "1957-12-17"))
                .allSatisfy(d -> assertThat(d.kind()).isEqualTo("absolute"))
                .allSatisfy(d -> assertThat(d.anchor()).isNull());
        assertRow(s1Dates, "17 December 1957", 3, "1957-12-17");
        assertRow(s1Dates, "14 through 20 December 1957", 1, "1957-12-14/1957-12-20");
        assertThat(assertRow(s1Dates, "17 February 1958", 1, "1958-02-17").get(0).modality())
                .isEqualTo(Modality.PLANNED);
    }

    @Test
    void resolvesTodayAndTomorrowAgainstTheEntryDate() {
        DateExpression today = assertRow(s1Dates, "Today", 1, "1957-12-17").get(0);
        assertThat(today.kind()).isEqualTo("deictic");
        assertThat(today.anchor()).isEqualTo("1957-12-17");
        DateExpression tomorrow = assertRow(s1Dates, "tomorrow, 18 December", 1, "1957-12-18").get(0);
        assertThat(tomorrow.kind()).isEqualTo("deictic+absolute");
        assertThat(tomorrow.provenance().rule()).endsWith("consistent");
        assertThat(withSurface(s1Dates, "18 December")).isEmpty();
        assertThat(withSurface(s1Dates, "tomorrow")).isEmpty();
    }

    @Test
    void readsTheYearsOfS1WithTheirModality() {
        assertThat(assertRow(s1Dates, "January 1958", 1, "1958-01").get(0).modality()).isEqualTo(Modality.PLANNED);
        assertThat(assertRow(s1Dates, "in 1958", 3, "1958"))
                .allSatisfy(d -> assertThat(d.modality()).isEqualTo(Modality.PLANNED));
        assertThat(assertRow(s1Dates, "in 1948", 2, "1948"))
                .allSatisfy(d -> assertThat(d.modality()).isEqualTo(Modality.PAST));
        assertThat(assertRow(s1Dates, "until the middle of 1949", 1, "1949-06~").get(0).kind())
                .isEqualTo("approximate");
    }

    @Test
    void mayInheritsTheYearOfThePreviousSentenceAndIsAProposal() {
        DateExpression may = assertRow(s1Dates, "May", 1, "1958-05").get(0);
        assertThat(may.modality()).isEqualTo(Modality.PROPOSED);
        assertThat(may.anchor()).isEqualTo("1958");
        assertThat(s1.substring(may.span().start() - 12, may.span().start())).isEqualTo("We consider ");
    }

    @Test
    void lastAugustsPlenumIsTheYearBeforeNotTheNearestAugust() {
        DateExpression august = assertRow(s1Dates, "last August's", 1, "1956-08").get(0);
        assertThat(august.anchor()).isEqualTo("1957-12-17");
        assertThat(assertRow(s1Dates, "the September", 1, "1956-09").get(0).anchor()).isEqualTo("1956-08");
        assertRow(s1Dates, "that September", 1, "1956-09");
        assertThat(s1Dates).noneMatch(d -> d.edtf().startsWith("1957-08") || d.edtf().startsWith("1957-09"));
    }

    @Test
    void resolvesRelativeYearsAndTheNewYearDeadline() {
        assertThat(assertRow(s1Dates, "last year", 2, "1956"))
                .allSatisfy(d -> assertThat(d.anchor()).isEqualTo("1957-12-17"));
        assertRow(s1Dates, "this year", 1, "1957");
        assertRow(s1Dates, "current agricultural year", 1, "1957");
        DateExpression newYear = assertRow(s1Dates, "By the new year", 1, "../1957-12-31").get(0);
        assertThat(newYear.modality()).isEqualTo(Modality.PLANNED);
        assertThat(newYear.kind()).isEqualTo("deadline");
    }

    @Test
    void beforeNineteenFiftyThreeIsAnIntervalEndingIn1952() {
        DateExpression before = assertRow(s1Dates, "Before 1953", 1, "../1952").get(0);
        assertThat(before.kind()).isEqualTo("open-interval");
        assertThat(s1Dates).noneMatch(d -> d.edtf().equals("1953"));
        assertThat(EdtfDate.parse(before.edtf()).isOpenStart()).isTrue();
    }

    @Test
    void shipmentMonthsAreReadForwardFromTheEntryDate() {
        DateExpression asOf = assertRow(s1Dates, "as of 13 December", 1, "1957-12-13").get(0);
        assertThat(asOf.anchor()).isEqualTo("1957-12-17");
        assertRow(s1Dates, "in December", 5, "1957-12");
        assertRow(s1Dates, "in January", 3, "1958-01");
        // "in December and January": the coordinated month is read too
        assertRow(s1Dates, "January", 1, "1958-01");
        assertThat(s1Dates).noneMatch(d -> d.edtf().startsWith("1957-01"));
    }

    @Test
    void readsTheDatesOfS2WithTheirModality() {
        assertRow(s2Dates, "January 17, 1955", 2, "1955-01-17");
        assertRow(s2Dates, "17 January 1955", 3, "1955-01-17");
        assertThat(assertRow(s2Dates, "February 1955", 2, "1955-02"))
                .allSatisfy(d -> assertThat(d.modality()).isEqualTo(Modality.PROPOSED));
        DateExpression aprilMay = assertRow(s2Dates, "April-May 1955", 1, "1955-04/1955-05").get(0);
        assertThat(aprilMay.modality()).isEqualTo(Modality.PLANNED);
        assertThat(aprilMay.kind()).isEqualTo("month-range");
        assertThat(s2Dates).hasSize(8);
    }

    @Test
    void numbersThatAreNotYearsAreNotDates() {
        for (String number : new String[] {"290 won", "260 won", "700 cooperatives", "350 people", "3,564",
                "2,832", "700 meters", "F. 0102", "Listy"}) {
            int at = s1.indexOf(number);
            assertThat(at).as(number).isNotNegative();
            Span span = new Span(at, at + number.length());
            assertThat(s1Dates).as(number).noneMatch(d -> d.span().overlaps(span));
        }
        assertThat(s2Dates).noneMatch(d -> d.surface().contains("0102") || d.surface().contains("449"));
    }

    @Test
    void everySpanIsItsSurface() {
        assertThat(s1Dates).allSatisfy(d -> assertThat(d.span().of(s1)).isEqualTo(d.surface()));
        assertThat(s2Dates).allSatisfy(d -> assertThat(d.span().of(s2)).isEqualTo(d.surface()));
        assertThat(s1Dates).allSatisfy(d -> assertThat(EdtfDate.tryParse(d.edtf())).as(d.edtf()).isPresent());
    }

    @Test
    void onlyRelativeExpressionsCarryAnAnchor() {
        assertThat(s1Dates).filteredOn(d -> d.kind().equals("absolute") || d.kind().equals("year"))
                .allSatisfy(d -> assertThat(d.anchor()).isNull());
        assertThat(s1Dates).filteredOn(d -> d.kind().startsWith("relative") || d.kind().startsWith("deictic"))
                .allSatisfy(d -> assertThat(d.anchor()).isNotNull());
    }
}
