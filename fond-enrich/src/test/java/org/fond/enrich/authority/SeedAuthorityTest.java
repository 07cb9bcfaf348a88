package org.fond.enrich.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed authority answers the name questions of MODEL.md §5 and the traps of §5.8. */
class SeedAuthorityTest {
    static Authority authority;

    @BeforeAll
    static void load() {
        authority = SeedAuthority.authority();
    }

    @Test
    void theFourKimIlSungFormsExpandToOneSetWithTheSlipForm() {
        List<String> latin = authority.expand("Kim Il-sung");
        assertThat(latin).contains("Kim Il Sung", "Kim II Sung", "김일성", "金日成", "Ким Ир Сен", "Kim Il-sŏng",
                "Kim Il-seong", "Kim Ir Sen", "Kim Il Sun");
        for (String form : List.of("Kim Ir Sen", "Ким Ир Сен", "김일성", "Kim Il Sung")) {
            assertThat(authority.expand(form)).as(form).containsExactlyInAnyOrderElementsOf(
                    withPhrase(latin, form));
        }
    }

    private static List<String> withPhrase(List<String> forms, String phrase) {
        java.util.LinkedHashSet<String> s = new java.util.LinkedHashSet<>(forms);
        s.add(phrase);
        return List.copyOf(s);
    }

    @Test
    void trap1CapitalIIAndTruncatedSunResolveToKimIlSung() {
        assertThat(authority.find("Kim II Sung")).extracting(r -> r.id()).containsExactly("per:kim-il-sung");
        assertThat(authority.find("Kim Il Sun")).extracting(r -> r.id()).containsExactly("per:kim-il-sung");
    }

    @Test
    void trap2KimIlIsNotKimIlSungEitherWay() {
        assertThat(authority.expand("Kim Il")).contains("Kim Il", "김일").doesNotContain("Kim Il Sung", "김일성");
        assertThat(authority.expand("Kim Il Sung")).doesNotContain("Kim Il", "김일");
        assertThat(authority.find("Kim Il")).extracting(r -> r.id()).containsExactly("per:kim-il");
        assertThat(authority.get("per:kim-il-sung").orElseThrow().notSameAs()).containsExactly("per:kim-il");
        // the longer names holding Kim Il, where search must not take it for him: Kim Il Sung's, slips included
        assertThat(authority.namesContaining("Kim Il")).contains("Kim Il Sung", "Kim Il-sung", "Kim Il Sun")
                .allSatisfy(n -> assertThat(authority.find(n)).extracting(r -> r.id()).containsExactly("per:kim-il-sung"));
        // a name's own longer forms are no other name: Kim Il Sung holds none, nor does one of his forms
        assertThat(authority.namesContaining("Kim Il Sung")).isEmpty();
        assertThat(authority.namesContaining("Pak Ui-won")).isEmpty();
        assertThat(authority.namesContaining("won")).isEmpty();
    }

    @Test
    void trap3TheCurrencyWordWonIsNoName() {
        assertThat(authority.expand("won")).isEmpty();
        assertThat(authority.expand("Ui-won")).isEmpty();
        assertThat(authority.expand("Pak Ui-won")).contains("박의완", "Pak Ŭi-wan");
    }

    @Test
    void trap3WonAndUiAreJoinedSyllablesOfPakUiWonsNames() {
        // the names search must keep the currency out of: his forms that hold the word, and only his
        assertThat(authority.namesHoldingSyllable("won")).contains("Pak Ui-won")
                .allSatisfy(n -> assertThat(authority.find(n)).extracting(r -> r.id()).containsExactly("per:pak-ui-won"));
        assertThat(authority.namesHoldingSyllable("Ui")).contains("Pak Ui-won", "Pak Ui-wan", "Pak Ŭi-wan");
        // keys meet as names do: case and diacritics do not matter
        assertThat(authority.namesHoldingSyllable("WŎN")).isEqualTo(authority.namesHoldingSyllable("won"));
    }

    @Test
    void aSyllableIsSoughtOutsideEverySpacedFormOfThePersonToo() {
        // sung is joined only in Kim Il-sung, but Kim Il Sung and the slip Kim II Sung are the same man's names
        assertThat(authority.namesHoldingSyllable("sung")).contains("Kim Il-sung", "Kim Il Sung", "Kim II Sung")
                .allSatisfy(n -> assertThat(authority.find(n)).extracting(r -> r.id()).containsExactly("per:kim-il-sung"));
        // Il too, but Kim Il is another man, in whose name Il stands alone
        assertThat(authority.namesHoldingSyllable("Il")).contains("Kim Il-sung", "Kim Il Sung", "Kim Il Sun")
                .doesNotContain("Kim Il");
        assertThat(authority.namesHoldingSyllable("tung")).contains("Mao Tse-tung")
                .allSatisfy(n -> assertThat(authority.find(n)).extracting(r -> r.id()).containsExactly("per:mao-zedong"));
    }

    @Test
    void wordsThatStandAloneInNamesAndHyphensOfPlacesHoldNoSyllable() {
        for (String word : List.of("Kim", "Pak", "Molotov", "Mao", "pork", "Ui-won", "Pak Ui", "", "  ")) {
            assertThat(authority.namesHoldingSyllable(word)).as(word).isEmpty();
        }
        // a place's hyphen joins words (Hwanghae-namdo: South Hwanghae Province), not the syllables of a name
        assertThat(authority.expand("Hwanghae-namdo")).isNotEmpty();
        assertThat(authority.namesHoldingSyllable("namdo")).isEmpty();
    }

    @Test
    void trap4TwpKwpWorkersPartyAndLaborPartyAreOneOrganization() {
        for (String form : List.of("TWP", "KWP", "Worker's Party", "Labor Party", "Workers' Party of Korea", "조선로동당")) {
            assertThat(authority.find(form)).as(form).extracting(r -> r.id()).containsExactly("org:kwp");
        }
    }

    @Test
    void trap5CcAloneNamesNoOrganization() {
        assertThat(authority.expand("CC")).isEmpty();
        assertThat(authority.find("CPSU CC")).extracting(r -> r.id()).containsExactly("org:cpsu-cc");
    }

    @Test
    void trap6CpcAndCcpAreOneAndPrcAndChinaAreOne() {
        assertThat(authority.find("CCP CC")).extracting(r -> r.id()).containsExactly("org:cpc-cc");
        assertThat(authority.find("CPC CC")).extracting(r -> r.id()).containsExactly("org:cpc-cc");
        assertThat(authority.find("China")).extracting(r -> r.id()).containsExactly("plc:prc");
        assertThat(authority.find("PRC")).extracting(r -> r.id()).containsExactly("plc:prc");
    }

    @Test
    void trap7PekingBeijingPeiping() {
        assertThat(authority.expand("Peking")).contains("Beijing", "北京", "Peiping", "Пекин");
        assertThat(authority.expand("Beijing")).contains("Peking");
        assertThat(authority.expand("PEKING")).contains("Beijing");
    }

    @Test
    void trap7HeungnamHungnamHungnamWithBreve() {
        assertThat(authority.expand("Heungnam")).contains("Hungnam", "Hŭngnam", "흥남");
        assertThat(authority.find("Hŭngnam")).extracting(r -> r.id()).containsExactly("plc:hungnam");
    }

    @Test
    void trap7MaoTseTungMaoZedongAndHanzi() {
        List<String> forms = authority.expand("Mao Tse-tung");
        assertThat(forms).contains("Mao Zedong", "毛泽东", "毛澤東", "Мао Цзэдун");
        assertThat(authority.expand("毛泽东")).contains("Mao Tse-tung", "Mao Zedong");
        assertThat(authority.expand("Mao Zedong")).contains("Mao Tse-tung");
    }

    @Test
    void trap7ChouEnLaiAndZhouEnlai() {
        assertThat(authority.expand("Chou En-lai")).contains("Zhou Enlai", "周恩来");
        assertThat(authority.expand("Zhou Enlai")).contains("Chou En-lai");
    }

    @Test
    void trap10InitialsWithAndWithoutSpacesAndYeAndE() {
        assertThat(authority.find("N. E. Torbenkov")).extracting(r -> r.id()).containsExactly("per:torbenkov");
        assertThat(authority.find("N. Ye. Torbenkov")).extracting(r -> r.id()).containsExactly("per:torbenkov");
        assertThat(authority.find("Torbenkov, N. Ye.")).extracting(r -> r.id()).containsExactly("per:torbenkov");
        assertThat(authority.find("A. M. Puzanov")).extracting(r -> r.id()).containsExactly("per:puzanov");
        assertThat(authority.find("A.M. Puzanov")).extracting(r -> r.id()).containsExactly("per:puzanov");
    }

    @Test
    void yudinAndIudinAreOnePerson() {
        assertThat(authority.find("Pavel Fedorovich Iudin")).extracting(r -> r.id()).containsExactly("per:yudin");
        assertThat(authority.find("Pavel Fyodorovich Yudin")).extracting(r -> r.id()).containsExactly("per:yudin");
        assertThat(authority.expand("Юдин Павел Фёдорович")).isEmpty(); // family-first Cyrillic is not a recorded form
        assertThat(authority.expand("Павел Фёдорович Юдин")).contains("Pavel Fyodorovich Yudin", "Pavel Fedorovich Iudin");
    }

    @Test
    void dangerousPartialsFindNothing() {
        for (String partial : List.of("Kuznetsov", "Pak", "Kim", "volunteers", "the ambassador", "Party", "Sung")) {
            assertThat(authority.expand(partial)).as(partial).isEmpty();
        }
    }

    @Test
    void koreaIsNotNorthOrSouthKorea() {
        assertThat(authority.find("Korea")).extracting(r -> r.id()).containsExactly("plc:korea");
        assertThat(authority.find("North Korea")).extracting(r -> r.id()).containsExactly("plc:dprk");
        assertThat(authority.find("South Korea")).extracting(r -> r.id()).containsExactly("plc:south-korea");
    }

    @Test
    void pyongyangInEveryScriptAndRomanization() {
        for (String form : List.of("Pyongyang", "Pyeongyang", "P'yŏngyang", "Пхеньян", "평양", "平壤")) {
            assertThat(authority.find(form)).as(form).extracting(r -> r.id()).containsExactly("plc:pyongyang");
        }
    }

    @Test
    void molotovInLcBgnAndTheFrusTypo() {
        for (String form : List.of("Viacheslav Mikhailovich Molotov", "Vyacheslav Mikhailovich Molotov",
                "Vyachaslav Mikhailovich Molotov", "Вячеслав Михайлович Молотов", "V. M. Molotov", "V. Molotov")) {
            assertThat(authority.find(form)).as(form).extracting(r -> r.id()).containsExactly("per:molotov");
        }
    }

    @Test
    void labelsAreTheEnglishPreferredForm() {
        assertThat(authority.label("per:kim-il-sung")).isEqualTo("Kim Il Sung");
        assertThat(authority.label("org:cpsu-cc")).isEqualTo("CPSU Central Committee");
        assertThat(authority.label("per:nobody")).isEqualTo("per:nobody");
    }
}
