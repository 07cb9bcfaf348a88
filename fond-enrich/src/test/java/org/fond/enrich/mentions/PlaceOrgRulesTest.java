package org.fond.enrich.mentions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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

    @Test
    void findsTheDatelinePlacesTheDateParserFindsOnEveryShortLine() {
        List<String> texts = new ArrayList<>();
        texts.add(Shared.read(Shared.seed115956()));
        texts.add(Shared.read(Shared.seed115797()));
        // the TEI volumes with their markup dropped: a dateline's place and date are elements of one line
        texts.add(Shared.gunzip("corpus/frus-tei/frus1918Russiav03.xml.gz").replaceAll("<[^>]*>", ""));
        texts.add(Shared.gunzip("corpus/frus-tei/frus1927v01.xml.gz").replaceAll("<[^>]*>", ""));
        String flat = Shared.gunzip("corpus/frus-text/frus1946v06.txt.gz");
        texts.add(flat.substring(0, Math.min(flat.length(), 1_500_000)));
        texts.add("Petrograd, March 3, 1918.\nSan Francisco ,  4 May 1945\nde Gaulle, 1944\nA B C D E, May 1, 1950\n"
                + "Moscow,\tJanuary 2, 1957\nMoscow, (January 2, 1957)\nOne two three four five, 1957\n,1957, May 1\n");
        int places = 0;
        int skipped = 0;
        for (String text : texts) {
            List<Token> tokens = Tokenizer.tokens(text);
            List<PlaceOrgRules.Found> all = new ArrayList<>();
            List<PlaceOrgRules.Found> filtered = new ArrayList<>();
            PlaceOrgRules.datelinePlaces(text, tokens, all, false);
            PlaceOrgRules.datelinePlaces(text, tokens, filtered, true);
            assertThat(filtered).isEqualTo(all);
            places += all.size();
            skipped += (int) text.lines().filter(l -> l.length() <= 120 && l.indexOf(',') > 0
                    && !PlaceOrgRules.mayBeDateline(l)).count();
        }
        assertThat(places).as("dateline places compared").isGreaterThan(100);
        assertThat(skipped).as("short lines with a comma the filter spares the date parser").isGreaterThan(1_000);
    }
}
