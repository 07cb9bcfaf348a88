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
    void keysFoldCaseDiacriticsWidthAndApostrophes() {
        assertThat(Fold.key("Chargé")).isEqualTo("charge");
        assertThat(Fold.key("ＫＩＭ")).isEqualTo("kim");
        assertThat(Fold.key("O’Brien")).isEqualTo(Fold.key("OBrien"));
        assertThat(Fold.key("Ёлкин")).isEqualTo(Fold.key("елкин"));
    }
}
