package org.fond.core.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.regex.Matcher;
import org.fond.core.testing.PieceTexts;
import org.junit.jupiter.api.Test;

/** {@link FormalLines#dateline} answers as its pattern alone does, for lines long and short. */
class DatelineLineTest {

    @Test
    void answersAsThePatternAloneOnOddLines() {
        String[] pieces = {"Moscow, ", "Pyongyang,", "Washington, D.C., ", "Saint-Petersburg-on-the-Neva-river-bank, ",
            "17 December 1957", "September 30, 1957", "Sept. 3, 1955", "December 1957", "Jan. 1956", " year", " g.", ".",
            "...", ". . .", " ", "   ", "\t", "\u2003", "\u00A0", "1957", "12", "the report of the ambassador ",
            "SEPTEMBER", "september", "Ким", "a", "Z", ",", "-"};
        int datelines = 0;
        for (String line : PieceTexts.texts(20261208, pieces, 9, 50_000)) {
            Optional<String> expected = patternAlone(line);
            assertThat(FormalLines.dateline(line)).as(line).isEqualTo(expected);
            datelines += expected.isPresent() ? 1 : 0;
        }
        assertThat(datelines).as("datelines among them").isGreaterThan(500);
    }

    private static Optional<String> patternAlone(String line) {
        String s = line.strip();
        Matcher m = FormalLines.DATELINE.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) == null ? s : s.substring(m.group(1).length()).strip());
    }
}
