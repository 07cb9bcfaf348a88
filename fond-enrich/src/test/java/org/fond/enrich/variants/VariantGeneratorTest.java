package org.fond.enrich.variants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.fond.core.authority.AuthorityRecord;
import org.fond.core.authority.AuthorityStatus;
import org.fond.core.authority.EntityType;
import org.fond.core.authority.NameVariant;
import org.fond.core.authority.VariantKind;
import org.junit.jupiter.api.Test;

/** Variant generation from native script forward and between romanization systems (MODEL.md §5.10). */
class VariantGeneratorTest {
    private final VariantGenerator generator = new VariantGenerator();

    private static AuthorityRecord person(String id, NameVariant... labels) {
        return new AuthorityRecord(id, EntityType.PERSON, AuthorityStatus.PROVISIONAL, Map.of(), List.of(labels),
                null, null, null, null, null);
    }

    private static NameVariant nat(String value, String lang, String script) {
        return NameVariant.of(value, lang, script, null, VariantKind.NATIVE_SCRIPT);
    }

    private static NameVariant seen(String value) {
        return NameVariant.of(value, "en", "Latn", null, VariantKind.ATTESTED);
    }

    private static List<String> generated(AuthorityRecord r) {
        return r.labels().stream().filter(NameVariant::generated).map(NameVariant::value).toList();
    }

    @Test
    void hangulGivesMcCuneReischauerAndRevisedRomanization() {
        AuthorityRecord r = generator.generate(person("per:x", nat("김일성", "ko", "Hang")));
        assertThat(generated(r)).contains("Kim Il-sŏng", "Kim Il-seong", "Kim Il Seong", "Kim Ilseong");
        assertThat(generated(generator.generate(person("per:y", nat("김두봉", "ko", "Hang"))))).contains("Kim Tu-bong", "Kim Du-bong");
        assertThat(generated(generator.generate(person("per:z", nat("박의완", "ko", "Hang"))))).contains("Pak Ŭi-wan");
        assertThat(generated(generator.generate(person("per:w", nat("최창익", "ko", "Hang"))))).contains("Ch'oe Ch'ang-ik", "Choe Chang-ik");
    }

    @Test
    void cyrillicKoreanNameGivesTheRussianStyleForm() {
        AuthorityRecord r = generator.generate(person("per:x", nat("김일성", "ko", "Hang"), nat("Ким Ир Сен", "ru", "Cyrl")));
        assertThat(generated(r)).contains("Kim Ir Sen").doesNotContain("Kim Ir-sen");
    }

    @Test
    void hanziGivesPinyinWadeGilesAndTheOtherCharacterSet() {
        AuthorityRecord r = generator.generate(person("per:x", nat("毛泽东", "zh-Hans", "Hani")));
        assertThat(generated(r)).contains("Mao Zedong", "Mao Tse-tung", "毛澤東", "Mao Tse Tung");
        assertThat(generated(generator.generate(person("per:y", nat("周恩来", "zh-Hans", "Hani"))))).contains("Zhou Enlai", "Chou En-lai");
    }

    @Test
    void pinyinAndWadeGilesMeetWithoutNativeScript() {
        assertThat(generated(generator.generate(person("per:x", seen("Mao Tse-tung"))))).contains("Mao Zedong");
        assertThat(generated(generator.generate(person("per:y", seen("Zhou Enlai"))))).contains("Chou En-lai");
        assertThat(generated(generator.generate(person("per:z", seen("Teng Hsiao-p'ing"))))).contains("Deng Xiaoping");
        assertThat(generated(generator.generate(person("per:v", seen("Tang Wensheng"))))).contains("T'ang Wen-sheng");
    }

    @Test
    void pekingIsACuratedExceptionBothWays() {
        AuthorityRecord place = new AuthorityRecord("plc:x", EntityType.PLACE, null, Map.of(),
                List.of(nat("北京", "zh-Hans", "Hani")), null, null, null, null, null);
        assertThat(generated(generator.generate(place))).contains("Beijing", "Peking", "Pei-ching");
        AuthorityRecord latin = new AuthorityRecord("plc:y", EntityType.PLACE, null, Map.of(), List.of(seen("Peking")),
                null, null, null, null, null);
        assertThat(generated(generator.generate(latin))).contains("Beijing");
    }

    @Test
    void westernNamesGetNoChineseReadings() {
        assertThat(generated(generator.generate(person("per:x", seen("Adam Block"), seen("Baker, Newton D.")))))
                .noneMatch(v -> v.contains("-")).contains("Newton D. Baker");
    }

    @Test
    void russianBgnLcAndScholarlyFromCyrillic() {
        AuthorityRecord r = generator.generate(person("per:x", nat("Павел Фёдорович Юдин", "ru", "Cyrl")));
        assertThat(generated(r)).contains("Pavel Fëdorovich Yudin", "Pavel Fedorovich Iudin", "Pavel Fëdorovič Judin",
                "Pavel Yudin", "P. F. Yudin");
    }

    @Test
    void russianSpellingsMeetInLatin() {
        AuthorityRecord r = generator.generate(person("per:x", seen("Khrushchev, Nikita Sergeyevich")));
        assertThat(generated(r)).contains("Khrushchev, Nikita Sergeevich", "Nikita Sergeyevich Khrushchev", "Nikita Khrushchev",
                "N. S. Khrushchev");
        assertThat(generated(generator.generate(person("per:y", seen("Gromyko, Andrei Andreevich")))))
                .contains("Gromyko, Andrei Andreyevich");
        assertThat(RussianNames.toLc("Yudin")).isEqualTo("Iudin");
        assertThat(RussianNames.toBgn("Iudin")).isEqualTo("Yudin");
        assertThat(RussianNames.toLc("Georgiy")).isEqualTo("Georgii");
        assertThat(RussianNames.endingY("Georgii")).isEqualTo("Georgy");
        assertThat(RussianNames.toLc("Vyacheslav Mikhaylovich")).isEqualTo("Viacheslav Mikhailovich");
    }

    @Test
    void koreanFamilyNameLiquidAlternations() {
        AuthorityRecord r = generator.generate(person("per:x", nat("리동건", "ko", "Hang"), seen("Ri Dong-geon")));
        assertThat(generated(r)).contains("Li Dong-geon", "Lee Dong-geon", "Yi Dong-geon", "Rhee Dong-geon", "Ri Tong-gŏn");
    }

    @Test
    void ocrSlipsAreGeneratedErrorsOfPrintedForms() {
        AuthorityRecord r = generator.generate(person("per:x", seen("Kim Il Sung")));
        NameVariant slip = r.labels().stream().filter(v -> v.value().equals("Kim II Sung")).findFirst().orElseThrow();
        assertThat(slip.kind()).isEqualTo(VariantKind.ERROR);
        assertThat(slip.errorType()).isEqualTo("I/l confusion");
        assertThat(slip.generated()).isTrue();
        assertThat(generated(r)).contains("Kirn Il Sung");
    }

    @Test
    void aKoreanNameLosesItsFinalGOnlyAsAMarkedTruncation() {
        AuthorityRecord r = generator.generate(person("per:x", nat("김일성", "ko", "Hang"), seen("Kim Il Sung")));
        assertThat(r.labels()).filteredOn(v -> v.value().equals("Kim Il Sun")).singleElement()
                .satisfies(v -> assertThat(v.errorType()).isEqualTo("truncation"));
        assertThat(generated(generator.generate(person("per:y", seen("Zhou Enlai"), seen("Chou En-lai")))))
                .noneMatch(v -> v.equals("Chou En-la"));
        assertThat(generated(generator.generate(person("per:z", seen("Deng Xiaoping"))))).doesNotContain("Deng Xiaopin");
    }

    @Test
    void generationIsIdempotentAndNeverRevivesARejectedForm() {
        AuthorityRecord once = generator.generate(person("per:x", seen("Kim Il Sung")));
        assertThat(generator.generate(once)).isEqualTo(once);
        AuthorityRecord reviewed = once.rejectVariant("Kirn Il Sung",
                new org.fond.core.authority.Change("2026-11-23T00:00:00Z", "reviewer", "variant-rejected", null, "noise", null));
        AuthorityRecord again = generator.generate(reviewed);
        assertThat(again.labels().stream().filter(v -> v.value().equals("Kirn Il Sung")))
                .singleElement().satisfies(v -> assertThat(v.rejected()).isTrue());
        assertThat(again.activeLabels()).extracting(NameVariant::value).doesNotContain("Kirn Il Sung");
    }
}
