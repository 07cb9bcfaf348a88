package org.fond.ingest.frus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.fond.core.testing.PieceTexts;
import org.fond.core.text.Block;
import org.junit.jupiter.api.Test;

/** Character data gives the same text and blocks however the parser cuts it into pieces. */
class PlainTextBuilderTest {

    @Test
    void theTextDoesNotDependOnHowTheCharacterDataIsCut() {
        String[] pieces = {"Kim", " ", "  ", "\n", "\r\n", "\t", "a", "Il-sung", ".", "’s", "\u00A0", "x y"};
        Random random = new Random(20261123);
        for (int i = 0; i < 5_000; i++) {
            PlainTextBuilder whole = new PlainTextBuilder();
            PlainTextBuilder cut = new PlainTextBuilder();
            int blocks = random.nextInt(4) + 1;
            for (int b = 0; b < blocks; b++) {
                String data = PieceTexts.join(random, pieces, random.nextInt(12) + 1);
                char[] chars = data.toCharArray();
                whole.beginBlock(Block.Kind.PARAGRAPH, b + 1, "p");
                cut.beginBlock(Block.Kind.PARAGRAPH, b + 1, "p");
                whole.append(chars, 0, chars.length, b + 1);
                for (int at = 0; at < chars.length; ) {
                    int length = Math.min(chars.length - at, random.nextInt(3) + 1);
                    cut.append(chars, at, length, b + 1);
                    at += length;
                }
                if (random.nextBoolean()) {
                    whole.lineBreak();
                    cut.lineBreak();
                }
                whole.endBlock();
                cut.endBlock();
            }
            assertThat(cut.text()).isEqualTo(whole.text());
            assertThat(cut.blocks()).isEqualTo(whole.blocks());
            assertThat(whole.text()).doesNotContain("  ").doesNotStartWith(" ");
        }
    }
}
