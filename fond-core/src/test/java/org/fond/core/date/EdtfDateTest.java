package org.fond.core.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EdtfDateTest {
    @Test
    void yearCoversTheWholeYear() {
        EdtfDate d = EdtfDate.parse("1957");
        assertThat(d.earliest()).isEqualTo(LocalDate.of(1957, 1, 1));
        assertThat(d.latest()).isEqualTo(LocalDate.of(1957, 12, 31));
        assertThat(d.precision()).isEqualTo(EdtfDate.Precision.YEAR);
        assertThat(d.interval()).isFalse();
    }

    @Test
    void monthCoversTheWholeMonth() {
        EdtfDate d = EdtfDate.parse("1957-12");
        assertThat(d.earliest()).isEqualTo(LocalDate.of(1957, 12, 1));
        assertThat(d.latest()).isEqualTo(LocalDate.of(1957, 12, 31));
        assertThat(EdtfDate.parse("1956-02").latest()).isEqualTo(LocalDate.of(1956, 2, 29));
    }

    @Test
    void dayIsOneDay() {
        EdtfDate d = EdtfDate.parse("1957-12-17");
        assertThat(d.earliest()).isEqualTo(d.latest()).isEqualTo(LocalDate.of(1957, 12, 17));
        assertThat(d.precision()).isEqualTo(EdtfDate.Precision.DAY);
    }

    @Test
    void monthIntervalRunsFromFirstDayToLastDay() {
        EdtfDate d = EdtfDate.parse("1955-04/1955-05");
        assertThat(d.earliest()).isEqualTo(LocalDate.of(1955, 4, 1));
        assertThat(d.latest()).isEqualTo(LocalDate.of(1955, 5, 31));
        assertThat(d.interval()).isTrue();
    }

    @Test
    void openStartHasNoEarliestDay() {
        EdtfDate d = EdtfDate.parse("../1952");
        assertThat(d.isOpenStart()).isTrue();
        assertThat(d.earliest()).isNull();
        assertThat(d.latest()).isEqualTo(LocalDate.of(1952, 12, 31));
        assertThat(d.contains(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(d.contains(LocalDate.of(1953, 1, 1))).isFalse();
    }

    @Test
    void openEndHasNoLatestDay() {
        EdtfDate d = EdtfDate.parse("1954/..");
        assertThat(d.isOpenEnd()).isTrue();
        assertThat(d.earliest()).isEqualTo(LocalDate.of(1954, 1, 1));
        assertThat(EdtfDate.parse("/1952").isOpenStart()).isTrue();
    }

    @Test
    void qualifiersAreFlagsThatKeepTheBounds() {
        EdtfDate approx = EdtfDate.parse("1949-06~");
        assertThat(approx.approximate()).isTrue();
        assertThat(approx.uncertain()).isFalse();
        assertThat(approx.earliest()).isEqualTo(LocalDate.of(1949, 6, 1));
        assertThat(approx.latest()).isEqualTo(LocalDate.of(1949, 6, 30));
        assertThat(EdtfDate.parse("1958?").uncertain()).isTrue();
        EdtfDate both = EdtfDate.parse("1958-05%");
        assertThat(both.approximate() && both.uncertain()).isTrue();
        assertThat(EdtfDate.parse("1957-12-14/1957-12-20~").approximate()).isTrue();
    }

    @Test
    void unspecifiedDigitsWidenTheBounds() {
        EdtfDate decade = EdtfDate.parse("195X");
        assertThat(decade.earliest()).isEqualTo(LocalDate.of(1950, 1, 1));
        assertThat(decade.latest()).isEqualTo(LocalDate.of(1959, 12, 31));
        assertThat(EdtfDate.parse("1957-XX").latest()).isEqualTo(LocalDate.of(1957, 12, 31));
        assertThat(EdtfDate.parse("1957-02-XX").latest()).isEqualTo(LocalDate.of(1957, 2, 28));
    }

    @Test
    void comparesIntervalsWithTheAnchor() {
        EdtfDate anchor = EdtfDate.parse("1957-12-17");
        assertThat(EdtfDate.parse("1958").isAfter(anchor)).isTrue();
        assertThat(EdtfDate.parse("1957-12").isAfter(anchor)).isFalse();
        assertThat(EdtfDate.parse("1957-12").isBefore(anchor)).isFalse();
        assertThat(EdtfDate.parse("../1952").isBefore(anchor)).isTrue();
    }

    @Test
    void rejectsMalformedAndImpossibleDates() {
        for (String bad : new String[] {"", "Undated", "1957-13", "1957-02-30", "57", "1957-12-17T10:00",
                "../..", "1958/1957", "December 1957", "12/1957"}) {
            assertThat(EdtfDate.tryParse(bad)).as(bad).isEmpty();
        }
        assertThat(EdtfDate.tryParse(null)).isEmpty();
        assertThatThrownBy(() -> EdtfDate.parse("Undated")).isInstanceOf(IllegalArgumentException.class);
    }
}
