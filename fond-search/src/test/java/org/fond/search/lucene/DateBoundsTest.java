package org.fond.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateBoundsTest {
    @ParameterizedTest
    @CsvSource({
        "1957-12-17, 19571217, 19571217",
        "1957, 19570101, 19571231",
        "1955-02, 19550201, 19550228",
        "1956-02, 19560201, 19560229",
        "1955-04/1955-05, 19550401, 19550531",
        "1957-12-17?, 19571217, 19571217",
        "1954~/1955, 19540101, 19551231",
    })
    void coversEveryDayTheDateCanMean(String edtf, long earliest, long latest) {
        assertThat(DateBounds.of(edtf)).isEqualTo(new DateBounds(earliest, latest));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "undated", "1957-13", "1957-02-30", "1958/1957", "195X", "1957/1958/1959"})
    void givesNoBoundsRatherThanAGuess(String edtf) {
        assertThat(DateBounds.of(edtf)).isNull();
    }
}
