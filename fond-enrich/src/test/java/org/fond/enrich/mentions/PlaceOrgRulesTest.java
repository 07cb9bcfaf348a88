package org.fond.enrich.mentions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.fond.core.testing.Shared;
import org.junit.jupiter.api.Test;

class PlaceOrgRulesTest {

    @Test
    void theTokensWithinASpanAreThoseAFilterOfAllTokensKeeps() {
        String text = Shared.read(Shared.seed115956());
        List<Token> tokens = Tokenizer.tokens(text);
        Random random = new Random(20261123);
        for (int i = 0; i < 5_000; i++) {
            int from = random.nextInt(text.length() + 1);
            int to = Math.min(text.length(), from + random.nextInt(200));
            List<Token> expected = tokens.stream().filter(t -> t.start() >= from && t.end() <= to).toList();
            assertThat(PlaceOrgRules.within(tokens, from, to)).as(from + ".." + to).isEqualTo(expected);
        }
    }

    @Test
    void findsThePlaceThatOpensADateline() {
        String text = "Petrograd, March 3, 1918.\nThe Ambassador called.";
        List<PlaceOrgRules.Found> found = PlaceOrgRules.find(text, Tokenizer.tokens(text));
        assertThat(found).extracting(f -> f.span().of(text) + "/" + f.type()).contains("Petrograd/place");
    }
}
