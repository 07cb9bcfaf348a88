package org.fond.enrich.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.fond.core.testing.PieceTexts;
import org.fond.core.testing.Shared;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuantitiesTest {

    private static String values(String text) {
        return String.join("; ", Quantities.find(text).stream()
                .map(q -> text.substring(q.start(), q.end()) + " → " + q.value()).toList());
    }

    @Test
    void normalisesMoneyPercentAndTroops() {
        assertThat(values("a credit of $3,000,000 and 1.5 million rubles"))
                .isEqualTo("$3,000,000 → 3000000 USD; 1.5 million rubles → 1500000 RUB");
        assertThat(values("about 5 per cent of 70,000 troops"))
                .isEqualTo("5 per cent → 5 percent; 70,000 troops → 70000 troops");
        assertThat(values("выдано 200 тыс. рублей")).isEqualTo("200 тыс. рублей → 200000 RUB");
        assertThat(values("쌀 5만 원을 받았다")).isEqualTo("5만 원 → 50000 KRW");
    }

    @Test
    void aVerbIsNoCurrency() {
        assertThat(Quantities.find("The Allies won the war in 1918.")).isEmpty();
        assertThat(Quantities.find("a 5 wonderful days")).isEmpty();
    }

    @Test
    void findsWhatAScanOfTheWholeTextFindsOnRealDocuments() {
        List<String> texts = new ArrayList<>();
        texts.add(Shared.read(Shared.seed115956()));
        texts.add(Shared.read(Shared.seed115797()));
        texts.add(Shared.read(Shared.path("corpus/wcda/wilson_archive_sample.csv")));
        texts.add(Shared.gunzip("corpus/frus-tei/frus1918Russiav03.xml.gz"));
        texts.add(Shared.gunzip("corpus/frus-tei/frus1927v01.xml.gz"));
        String flat = Shared.gunzip("corpus/frus-text/frus1946v06.txt.gz");
        texts.add(flat.substring(0, Math.min(flat.length(), 1_000_000)));
        int found = 0;
        for (String text : texts) {
            List<Quantities.Quantity> expected = scanned(text);
            assertThat(Quantities.find(text)).isEqualTo(expected);
            found += expected.size();
        }
        assertThat(found).as("quantities compared").isGreaterThan(500);
    }

    @Test
    void findsWhatAScanOfTheWholeTextFindsOnOddText() {
        String[] pieces = {"$", "£", "¥", "₽", "₩", "$ ", "1", "12", "1,000", "3.5", "2,5", "1 000", "1\u00A0000", "000",
            "0", "million", "Million", "thousand", "тыс.", "млн", "만", "억", "원", "원을", "dollars", "rubles", "руб.",
            "рублей", "долл.", "yen", "won", "wonder", "marks", "pounds sterling", "%", "per cent", "percent", "процентов",
            "퍼센트", "troops", "men", "солдат", "명의 병력", " ", "  ", "\n", ",", ".", "a", "Б", "x1", "²", "𝟙", "\uD835",
            "DOLLARS", "Per Cent", "TROOPS", "ТЫС.", "Млн", "ſoldiers", "\t", "Men", "штыков", "Yen", "\u00A0", "1957", ", 1958",
            // words that begin with a unit's first letters and are none: the filter before the patterns must let them go
            "the", "to", "members", "days", "p.m.", "per", "mile", "бы", "МИ", "doll", "руб", "mil", "pe", "천만"};
        Random random = new Random(20261123);
        int found = 0;
        for (int i = 0; i < 20_000; i++) {
            String text = PieceTexts.join(random, pieces, random.nextInt(12) + 1);
            List<Quantities.Quantity> expected = scanned(text);
            assertThat(Quantities.find(text)).as(text).isEqualTo(expected);
            found += expected.size();
        }
        assertThat(found).as("quantities compared").isGreaterThan(1_000);
    }

    /** The rules run with {@link Matcher#find()} over the whole text, as they were before the starts were read first. */
    private static List<Quantities.Quantity> scanned(String text) {
        List<Quantities.Quantity> found = new ArrayList<>();
        Matcher m = Quantities.SYMBOL_FIRST.matcher(text);
        while (m.find()) {
            add(found, m, Quantities.amount(m.group(2), m.group(3)), m.group(1));
        }
        m = Quantities.WORD_AFTER.matcher(text);
        while (m.find()) {
            add(found, m, Quantities.amount(m.group(1), m.group(2)), m.group(3));
        }
        m = Quantities.PERCENT.matcher(text);
        while (m.find()) {
            add(found, m, Quantities.amount(m.group(1), null), "%");
        }
        m = Quantities.TROOPS.matcher(text);
        while (m.find()) {
            add(found, m, Quantities.amount(m.group(1), m.group(2)), "troops");
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static void add(List<Quantities.Quantity> found, Matcher m, java.math.BigDecimal amount, String unit) {
        for (Quantities.Quantity q : found) {
            if (m.start() < q.end() && q.start() < m.end()) {
                return;
            }
        }
        String value = unit.equals("%") ? "percent" : unit.equals("troops") ? "troops" : Quantities.currency(unit);
        found.add(new Quantities.Quantity(m.start(), m.end(), amount == null ? value : amount.toPlainString() + " " + value));
    }
}
