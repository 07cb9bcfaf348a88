package org.fond.enrich.variants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {
    @Test
    void hyphenSpaceAndNoneMeet() {
        assertThat(NameKey.of("Kim Il-sung")).isEqualTo(NameKey.of("Kim Il Sung")).isEqualTo(NameKey.of("Kim Ilsung"));
    }

    @Test
    void diacriticsCaseAndApostrophesFold() {
        assertThat(NameKey.of("P'yŏngyang")).isEqualTo(NameKey.of("PYONGYANG"));
        assertThat(NameKey.of("Ch’oe Ch’ang-ik")).isEqualTo(NameKey.of("Choe Chang Ik"));
        assertThat(NameKey.of("Хрущёв")).isEqualTo(NameKey.of("ХРУЩЕВ"));
        assertThat(NameKey.of("A.M. Puzanov")).isEqualTo(NameKey.of("A. M. PUZANOV"));
    }

    @Test
    void slipsAndDifferentNamesStayApart() {
        assertThat(NameKey.of("Kim II Sung")).isNotEqualTo(NameKey.of("Kim Il Sung"));
        assertThat(NameKey.of("Kim Il")).isNotEqualTo(NameKey.of("Kim Il Sung"));
        assertThat(NameKey.of("김일성")).isEqualTo("김일성");
        assertThat(NameKey.of(" - ")).isEmpty();
    }
}
