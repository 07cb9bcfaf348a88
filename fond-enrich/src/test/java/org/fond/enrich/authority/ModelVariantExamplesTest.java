package org.fond.enrich.authority;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.fond.core.authority.AuthorityRecord;
import org.fond.core.testing.Shared;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every name form MODEL.md §5.1–5.3 lists finds its one record in the seed authority, and every seed
 * attestation ({@code wcda:115956#L89}) points at a seed line that really prints the form.
 */
class ModelVariantExamplesTest {
    static Authority authority;

    @BeforeAll
    static void load() {
        authority = SeedAuthority.authority();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Kim Il-sŏng|per:kim-il-sung", "Kim Il-seong|per:kim-il-sung", "Kim Ir Szen|per:kim-il-sung",
            "Jīn Rìchéng|per:kim-il-sung", "Kim Il-sung|per:kim-il-sung",
            "Alexander Puzanov|per:puzanov", "Александр Михайлович Пузанов|per:puzanov", "푸자노프|per:puzanov",
            "N. E. Torbenkov|per:torbenkov", "Торбенков Н. Е.|per:torbenkov",
            "毛澤東|per:mao-zedong", "Мао Цзэдун|per:mao-zedong", "모택동|per:mao-zedong", "마오쩌둥|per:mao-zedong",
            "周恩來|per:zhou-enlai", "Чжоу Эньлай|per:zhou-enlai", "주은래|per:zhou-enlai", "저우언라이|per:zhou-enlai",
            "최창익|per:choe-chang-ik", "崔昌益|per:choe-chang-ik", "Ch'oe Ch'ang-ik|per:choe-chang-ik",
            "Choe Chang Ik|per:choe-chang-ik", "Цой Чан Ик|per:choe-chang-ik",
            "박창옥|per:pak-chang-ok", "朴昌玉|per:pak-chang-ok", "Pak Ch'ang-ok|per:pak-chang-ok", "Пак Чан Ок|per:pak-chang-ok",
            "김두봉|per:kim-du-bong", "金枓奉|per:kim-du-bong", "Kim Tu-bong|per:kim-du-bong", "Ким Ду Бон|per:kim-du-bong",
            "박의완|per:pak-ui-won", "Pak Ŭi-wan|per:pak-ui-won", "Pak Ui-wan|per:pak-ui-won", "Пак Ый Ван|per:pak-ui-won",
            "리동건|per:ri-dong-geon", "이동건|per:ri-dong-geon", "Ri Tong-gŏn|per:ri-dong-geon",
            "Lee Dong-geon|per:ri-dong-geon", "Ли Дон Гон|per:ri-dong-geon",
            "Sŏ Hwi|per:seo-hwi", "Yun Kong-hŭm|per:yun-gong-heum", "Ri P'il-gyu|per:li-pil-gyu",
            "Вячеслав Михайлович Молотов|per:molotov", "Viacheslav Mikhailovich Molotov|per:molotov",
            "Vyachaslav Mikhailovich Molotov|per:molotov", "Molotow|per:molotov", "Mołotow|per:molotov",
            "Михаил Андреевич Суслов|per:suslov", "Mikhail Andreevich Suslov|per:suslov",
            "Кузнецов Василий Васильевич|per:kuznetsov-vv", "Николай Трофимович Федоренко|per:fedorenko",
            "Юдин|per:yudin-surname-is-a-partial",
            "Korean Worker's Party|org:kwp", "Workers' Party of Korea|org:kwp", "WPK|org:kwp", "Chosŏn Rodongdang|org:kwp",
            "朝鮮勞動黨|org:kwp", "朝鲜劳动党|org:kwp", "Трудовая партия Кореи|org:kwp", "ТПК|org:kwp",
            "Partei der Arbeit Koreas|org:kwp", "PdAK|org:kwp",
            "ЦК КПСС|org:cpsu-cc", "苏共中央|org:cpsu-cc", "CCP CC|org:cpc-cc", "中共中央|org:cpc-cc", "ЦК КПК|org:cpc-cc",
            "Supreme People's Assembly|org:spa", "최고인민회의|org:spa", "Korean People's Army|org:kpa", "КНА|org:kpa",
            "Chinese People's Volunteers|org:cpv", "CPVA|org:cpv", "中国人民志愿军|org:cpv",
            "United Democratic Patriotic Front of Korea|org:dfrf", "ООН|org:un", "유엔|org:un", "联合国|org:un",
            "Верховный Совет СССР|org:ussr-supreme-soviet",
            "КНДР|plc:dprk", "북한|plc:dprk", "朝鲜民主主义人民共和国|plc:dprk", "ROK|plc:south-korea", "Южная Корея|plc:south-korea",
            "남조선|plc:south-korea", "КНР|plc:prc", "СССР|plc:ussr", "소련|plc:ussr", "США|plc:usa", "Москва|plc:moscow",
            "모스크바|plc:moscow", "Phenjan|plc:pyongyang", "Pjöngjang|plc:pyongyang", "Phenian|plc:pyongyang",
            "Heijō|plc:pyongyang", "Pei-ching|plc:beijing", "Peiping|plc:beijing", "북경|plc:beijing", "Пекин|plc:beijing",
            "Hungnam|plc:hungnam", "Hŭngnam|plc:hungnam", "Kōnan|plc:hungnam", "흥남|plc:hungnam",
            "Hwanghae-namdo|plc:south-hwanghae", "황해남도|plc:south-hwanghae"})
    void modelVariantFindsItsRecord(String form, String id) {
        if (id.endsWith("-surname-is-a-partial")) {
            assertThat(authority.find(form)).as("a bare surname is a dangerous partial").isEmpty();
            return;
        }
        assertThat(authority.find(form)).extracting(AuthorityRecord::id).containsExactly(id);
    }

    @Test
    void everySeedAttestationIsPrintedOnItsSeedLine() throws IOException {
        List<String> s1 = Shared.read(Shared.seed115956()).lines().toList();
        List<String> s2 = Shared.read(Shared.seed115797()).lines().toList();
        JsonNode seeds;
        try (InputStream in = SeedAuthority.class.getResourceAsStream(SeedAuthority.RESOURCE)) {
            seeds = AuthorityJson.MAPPER.readTree(in);
        }
        List<String> checked = new ArrayList<>();
        for (JsonNode rec : seeds) {
            for (JsonNode label : rec.path("labels")) {
                for (JsonNode a : label.path("attestedIn")) {
                    String att = a.asText();
                    if (!att.startsWith("wcda:")) {
                        continue;
                    }
                    List<String> doc = att.startsWith("wcda:115956#L") ? s1 : s2;
                    int line = Integer.parseInt(att.substring(att.indexOf("#L") + 2));
                    assertThat(doc.get(line - 1)).as(att + " " + label.path("value").asText())
                            .contains(label.path("value").asText());
                    checked.add(att);
                }
            }
        }
        assertThat(checked).hasSizeGreaterThan(30);
    }
}
