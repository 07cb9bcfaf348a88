package org.fond.enrich.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The name strings of the people data, as its editors wrote them, split into readings. */
class HsgNamesTest {

    private static List<String> names(String raw) {
        return HsgNames.readings(raw, Set.of()).stream().map(HsgNames.Reading::name).toList();
    }

    @Test
    void aTrailingParenthesisIsAnotherReading() {
        assertThat(names("Mao Tse-tung (Mao Zedong)")).containsExactly("Mao Tse-tung", "Mao Zedong");
        assertThat(names("Lee Ton-won (Yi Tong-won, Lee Dong-won)")).containsExactly("Lee Ton-won", "Yi Tong-won", "Lee Dong-won");
        assertThat(names("Tang, Nancy (Tang Wensheng)")).containsExactly("Tang, Nancy", "Tang Wensheng");
    }

    @Test
    void aMidNameParenthesisReplacesTheWordBeforeIt() {
        assertThat(names("Chow (Chou) Shu-kai")).containsExactly("Chow Shu-kai", "Chou Shu-kai");
        assertThat(names("Chow [also spelled Chou] Shu-kai (Zhou Shukai)")).containsExactly("Chow Shu-kai", "Zhou Shukai");
    }

    @Test
    void titlesAreStrippedOrRefusedButAMarriedTitleStays() {
        assertThat(names("Mao Tse-Tung, Chairman")).containsExactly("Mao Tse-Tung");
        assertThat(names("Chiang Kai-shek, Madame")).containsExactly("Chiang Kai-shek, Madame");
        assertThat(HsgNames.readings("Chairman", Set.of())).singleElement()
                .satisfies(r -> assertThat(r.notAName()).isEqualTo("title, not a name: Chairman"));
        assertThat(HsgNames.readings("Schmidt, Helmut (SPD)", Set.of())).extracting(HsgNames.Reading::notAName)
                .containsExactly(null, "abbreviation note, not a name: SPD");
    }
}
