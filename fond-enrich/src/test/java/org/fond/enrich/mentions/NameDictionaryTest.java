package org.fond.enrich.mentions;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NameDictionaryTest {
    private static final NameDictionary NAMES = NameDictionary.of(List.of(
            new NameDictionary.Entry("Kim Il", "per:kim-il", "person"),
            new NameDictionary.Entry("Kim Il-sung", "per:kim-il-sung", "person"),
            new NameDictionary.Entry("Pak Ui-won", "per:pak-ui-won", "person"),
            new NameDictionary.Entry("Harvey", "per:harvey-em", "person"),
            new NameDictionary.Entry("Harvey", "per:harvey-other", "person"),
            new NameDictionary.Entry("Chargé d’Affaires", "role:charge", "organization"),
            new NameDictionary.Entry("Won", "per:won", "person")));

    private static List<String> found(String text) {
        return NAMES.find(text, Tokenizer.tokens(text)).stream()
                .map(m -> text.substring(m.start(), m.end()) + "=" + m.candidates().stream()
                        .map(NameDictionary.Entry::entityId).toList())
                .toList();
    }

    @Test
    void kimIlInsideKimIlSungIsOnlyKimIlSung() {
        assertThat(found("Talks with Kim Il Sung began.")).containsExactly("Kim Il Sung=[per:kim-il-sung]");
        assertThat(found("Kim Il spoke.")).containsExactly("Kim Il=[per:kim-il]");
    }

    @Test
    void hyphenSpaceCaseAndJoinedFormsMeet() {
        assertThat(found("KIM IL SUNG")).containsExactly("KIM IL SUNG=[per:kim-il-sung]");
        assertThat(found("Kim Ilsung")).containsExactly("Kim Ilsung=[per:kim-il-sung]");
        assertThat(found("Kim Il–sung")).containsExactly("Kim Il–sung=[per:kim-il-sung]");
    }

    @Test
    void wonIsNoPersonUnlessWholeAndCapitalised() {
        assertThat(found("The party won the vote; 300 won were paid.")).isEmpty();
        assertThat(found("Pak Ui-won arrived.")).containsExactly("Pak Ui-won=[per:pak-ui-won]");
        assertThat(found("Won arrived.")).containsExactly("Won=[per:won]");
    }

    @Test
    void sharedFormGivesEveryCandidate() {
        assertThat(found("Harvey telegraphed.")).containsExactly("Harvey=[per:harvey-em, per:harvey-other]");
    }

    @Test
    void diacriticsAndApostrophesFold() {
        assertThat(found("the CHARGE D'AFFAIRES left")).containsExactly("CHARGE D'AFFAIRES=[role:charge]");
        assertThat(NAMES.lookup("kim il-sung")).extracting(NameDictionary.Entry::entityId)
                .containsExactly("per:kim-il-sung");
        assertThat(NAMES.lookup("Il-sung")).isEmpty();
    }

    @Test
    void theSeedAuthorityFeedsTheDictionaryInEveryScript() {
        NameDictionary seeds = NameDictionary.fromAuthority(org.fond.enrich.authority.SeedAuthority.records());
        String text = "Kim Il Sung (김일성, Ким Ир Сен) met Kim Il-sŏng's envoy.";
        List<NameDictionary.Match> found = seeds.find(text, Tokenizer.tokens(text));
        assertThat(found).hasSizeGreaterThanOrEqualTo(3);
        assertThat(found.stream().map(m -> m.candidates().get(0).entityId()).distinct().toList()).hasSize(1);
        assertThat(found.get(0).candidates().get(0).type()).isEqualTo("person");
    }

    @Test
    void aKoreanParticleOnTheNameEndsItThere() {
        NameDictionary seeds = NameDictionary.fromAuthority(org.fond.enrich.authority.SeedAuthority.records());
        String text = "김일성은 평양에서 김일성의 편지를 읽었다.";
        List<NameDictionary.Match> found = seeds.find(text, Tokenizer.tokens(text));
        assertThat(found).extracting(m -> text.substring(m.start(), m.end())).contains("김일성", "평양");
        assertThat(found).filteredOn(m -> text.substring(m.start(), m.end()).equals("김일성")).hasSize(2)
                .allSatisfy(m -> assertThat(m.candidates().get(0).entityId()).isEqualTo("per:kim-il-sung"));
        // a Hangul word that only ends like a particle is no name: 김일 is not cut out of 김일이라는
        String other = "김일이라는 사람";
        assertThat(seeds.find(other, Tokenizer.tokens(other))).isEmpty();
    }

    @Test
    void aNameNeverSpansAParagraphBreak() {
        assertThat(found("Kim\n\nIl Sung")).isEmpty();
    }
}
