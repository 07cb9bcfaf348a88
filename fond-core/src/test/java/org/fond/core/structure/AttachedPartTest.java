package org.fond.core.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.fond.core.model.Span;
import org.fond.core.testing.PieceTexts;
import org.junit.jupiter.api.Test;

/** {@link StructureAnalyzer#saysAttached} answers as a find of its pattern over the part's own text. */
class AttachedPartTest {

    @Test
    void answersAsAFindOverThePartOnOddText() {
        String[] pieces = {"attach", "Attached", "ATTACHMENT", "enclos", "Enclosure", "ENCLOSED", "reattach", "unenclosed",
            "attac", "enclo", "at", "en", "a", "e", "ſ", "enclo\u017F", "_", "_attach", "1", "9enclosure", "é", "\u0301",
            "x\u0301", " ", "\n", "\n\n", ".", "—", "Ким", "김", "\uD835\uDC00", "tach", "closure"};
        Random random = new Random(20261209); // the parts' bounds
        int attached = 0;
        for (String text : PieceTexts.texts(20261208, pieces, 10, 50_000)) {
            int start = random.nextInt(text.length() + 1);
            int end = start + random.nextInt(text.length() - start + 1);
            Span span = new Span(start, end);
            boolean expected = StructureAnalyzer.ATTACHED.matcher(span.of(text)).find();
            assertThat(StructureAnalyzer.saysAttached(text, span)).as("%s in %s", span, text).isEqualTo(expected);
            attached += expected ? 1 : 0;
        }
        assertThat(attached).as("parts that say so").isGreaterThan(2_000);
    }
}
