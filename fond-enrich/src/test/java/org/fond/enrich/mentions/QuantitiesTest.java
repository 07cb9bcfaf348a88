package org.fond.enrich.mentions;

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
}
