package org.fond.enrich.mentions;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokenizerTest {

    @Test
    void offsetsAreUtf16IntoTheTextForEveryScript() {
        String text = "Ким Ир Сен 김일성 \uD835\uDC00 Lansing’s note";
        List<Token> tokens = Tokenizer.tokens(text);
        for (Token t : tokens) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
        assertThat(tokens).extracting(Token::text).contains("Ким", "김일성", "Lansing", "’s");
    }

    @Test
    void theAsciiShortcutFoldsExactlyAsIcuDoes() {
        java.util.Random random = new java.util.Random(20261123);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder token = new StringBuilder();
            for (int n = random.nextInt(12); n >= 0; n--) {
                token.append((char) (0x20 + random.nextInt(0x5F))); // printable ASCII
            }
            assertThat(Fold.key(token.toString())).as(token.toString()).isEqualTo(Fold.icuKey(token.toString()));
        }
    }

    @Test
    void keysFoldCaseDiacriticsWidthAndApostrophes() {
        assertThat(Fold.key("Chargé")).isEqualTo("charge");
        assertThat(Fold.key("ＫＩＭ")).isEqualTo("kim");
        assertThat(Fold.key("O’Brien")).isEqualTo(Fold.key("OBrien"));
        assertThat(Fold.key("Ёлкин")).isEqualTo(Fold.key("елкин"));
    }
}
