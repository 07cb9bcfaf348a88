package org.fond.core.date;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DisplayDateTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "December 17, 1957|1957-12-17",
        "Dec. 17, 1957|1957-12-17",
        "Dec 17 1957|1957-12-17",
        "17 December 1957|1957-12-17",
        "  17   December  1957 |1957-12-17",
        "...17 December 1957|",
        "December, 1957|1957-12",
        "December 1957|1957-12",
        "Sept. 1957|1957-09",
        "1957|1957",
        "April-May 1955|1955-04/1955-05",
        "April – May 1955|1955-04/1955-05",
        "14 through 20 December 1957|1957-12-14/1957-12-20",
        "December 14-20, 1957|1957-12-14/1957-12-20",
        "January 17, 1955.|1955-01-17",
        "JANUARY 17, 1955|1955-01-17",
        "1957-12-17|1957-12-17",
        "1955-04/1955-05|1955-04/1955-05",
        "17 января 1955 г.|1955-01-17",
        "17 декабря 1957 года|1957-12-17",
        "декабрь 1957|1957-12",
        "17.01.1955|1955-01-17",
    })
    void readsDisplayDates(String display, String edtf) {
        if (edtf == null) {
            assertThat(DateParser.toEdtf(display)).isEmpty();
        } else {
            assertThat(DateParser.toEdtf(display)).contains(edtf);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "Undated", "Month 99, 1957", "December 99, 1957", "February 30, 1957",
        "May-April 1955", "20 through 14 December 1957", "n.d.", "Smarch 17, 1957", "31.02.1955", "17 December"})
    void returnsEmptyForWhatIsNotADate(String display) {
        assertThat(DateParser.toEdtf(display)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void nullIsNotADate() {
        assertThat(DateParser.toEdtf(null)).isEmpty();
    }
}
