package org.fond.core.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.fond.core.model.Annotation;
import org.fond.core.testing.PieceTexts;
import org.fond.core.testing.Shared;
import org.junit.jupiter.api.Test;

/** Leading ellipses found only where dots stand give what the pattern's find() over the whole text gives. */
class LeadingEllipsisTest {

    @Test
    void findsWhatAScanOfTheWholeTextFindsInRealTexts() {
        String volume = Shared.gunzip("corpus/frus-tei/frus1918Russiav03.xml.gz");
        List<String> texts = new ArrayList<>(List.of(Shared.read(Shared.seed115956()), Shared.read(Shared.seed115797())));
        // the volume's paragraphs as a text's: its XML lines, blank lines between
        texts.add(volume.replace("<p>", "\n\n").replaceAll("<[^>]+>", ""));
        int found = 0;
        for (String text : texts) {
            found += assertSame(text);
        }
        assertThat(found).as("leading ellipses compared").isGreaterThan(0);
    }

    @Test
    void findsWhatAScanOfTheWholeTextFindsInOddText() {
        String[] pieces = {"...", "....", ".", "\u2026", "\n", "\n\n", " ", "\t", "a", "17 December", "\r", "..", "\u2026."};
        Random random = new Random(20261207);
        int found = 0;
        for (int i = 0; i < 20_000; i++) {
            String text = PieceTexts.join(random, pieces, random.nextInt(12) + 1);
            found += assertSame(text);
        }
        assertThat(found).isGreaterThan(1_000);
    }

    private static int assertSame(String text) {
        List<String> expected = new ArrayList<>();
        Matcher m = ApparatusParser.LEADING_ELLIPSIS.matcher(text);
        while (m.find()) {
            expected.add(m.start("dots") + "-" + m.end("dots"));
        }
        List<Annotation> out = new ArrayList<>();
        ApparatusParser.leadingEllipses(text, out);
        assertThat(out).extracting(a -> a.span().start() + "-" + a.span().end()).as(text).isEqualTo(expected);
        return expected.size();
    }
}
