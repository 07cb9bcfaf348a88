package org.fond.enrich.mentions;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.fond.core.testing.PieceTexts;
import org.fond.core.testing.Shared;
import org.junit.jupiter.api.Test;

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

    @Test
    void tokensAreThoseOfIcusOwnWordIteratorOnRealAndRandomText() {
        List<String> texts = new ArrayList<>();
        texts.add(Shared.read(Shared.seed115956()));
        texts.add(Shared.read(Shared.seed115797()));
        texts.add(gunzip(Shared.path("corpus/frus-tei/frus1917Supp02v02.xml.gz")));
        String[] pieces = {"Kim", "Il-sung", "’s", "'s", "U.S.", "3,564", " ", "\n", ".", "—", "\u00A0", "毛泽东", "김일성은",
            "Ким", "u\u0306", "😀", "\u05D0\"\u05D1", "ภาษา", "\u200D", "é", "Muccio는"};
        Random random = new Random(20261123);
        for (int i = 0; i < 5_000; i++) {
            String text = PieceTexts.join(random, pieces, random.nextInt(30) + 1);
            texts.add(text);
        }
        for (String text : texts) {
            List<Token> expected = Tokenizer.tokens(text, BreakIterator.getWordInstance(ULocale.ROOT));
            List<Token> actual = Tokenizer.tokens(text);
            if (!actual.equals(expected)) {
                assertThat(actual).as(text).isEqualTo(expected);
            }
        }
    }

    private static String gunzip(Path p) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
