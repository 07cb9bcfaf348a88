package org.fond.core.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.regex.Matcher;
import org.fond.core.testing.PieceTexts;
import org.junit.jupiter.api.Test;

/** {@link Enumerator#at} finds what each of its patterns, found in turn in the stripped text, finds. */
class EnumeratorTest {

    @Test
    void findsWhatThePatternsFindOnOddParagraphs() {
        String[] pieces = {"First.", "FIRST:", "Second", "Twelfth.", "Eleventh:", "Fir", "a)", "(b)", "(B)", "ß)", "é)",
            "\uD835\uDC4E)", "1.", "12)", "123.", "7", "I.", "IV.", "XV.", "V.", "X.", "VI", " ", "  ", "\t", "\n",
            "\u2003", "\u00A0", "Molotov", "and", ".", ")", "(", ":", "Ким", "x"};
        int enumerated = 0;
        for (String text : PieceTexts.texts(20261208, pieces, 6, 50_000)) {
            Optional<Enumerator> expected = byPatterns(text);
            assertThat(Enumerator.at(text)).as(text).isEqualTo(expected);
            enumerated += expected.isPresent() ? 1 : 0;
        }
        assertThat(enumerated).as("paragraphs with an enumerator").isGreaterThan(5_000);
    }

    /** Each pattern found in the stripped text, in turn: what {@link Enumerator#at} stands for. */
    private static Optional<Enumerator> byPatterns(String text) {
        String s = text.stripLeading();
        Matcher m = Enumerator.ORDINAL.matcher(s);
        if (m.find()) {
            return Optional.of(new Enumerator(m.group(), Enumerator.Style.ORDINAL));
        }
        m = Enumerator.LETTER.matcher(s);
        if (m.find()) {
            return Optional.of(new Enumerator(m.group(), Enumerator.Style.LETTER));
        }
        m = Enumerator.ARABIC.matcher(s);
        if (m.find()) {
            return Optional.of(new Enumerator(m.group(),
                    m.group(1).equals(".") ? Enumerator.Style.ARABIC_DOT : Enumerator.Style.ARABIC_PAREN));
        }
        m = Enumerator.ROMAN.matcher(s);
        if (m.find()) {
            return Optional.of(new Enumerator(m.group(), Enumerator.Style.ROMAN));
        }
        return Optional.empty();
    }
}
