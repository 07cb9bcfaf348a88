package org.fond.core.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.fond.core.model.Confidence;
import org.fond.core.model.Provenance;
import org.junit.jupiter.api.Test;

/** The National Archives of Australia and US State Department decimal-file families. */
class NaaAndDecimalFileReferencesTest {
    private static final Provenance TEST = Provenance.of("test", "naa-nara");

    private static ArchivalReference parse(String raw) {
        return ReferenceParser.parse(raw, ReferenceParser.FOUND_IN_CITATION, TEST).orElseThrow();
    }

    private static Map<String, String> naa(String series, String control, String item) {
        var m = new LinkedHashMap<String, String>();
        m.put("series", series);
        m.put("controlSymbol", control);
        if (item != null) {
            m.put("item", item);
        }
        return m;
    }

    @Test
    void readsAustralianArchivesReferenceWithSeriesControlSymbolAndPart() {
        var ref = parse("[AA : A1838, 852/20/4, IV]");
        assertThat(ref.repository()).isEqualTo(new Repository("NAA", "AA"));
        assertThat(ref.scheme()).isEqualTo(new ReferenceScheme.NaaItem("A1838", "852/20/4", "IV"));
        assertThat(ref.scheme().id()).isEqualTo("au-naa");
        assertThat(ref.trailer()).isEmpty();
        assertThat(ref.flags()).doesNotContain(Flags.UNPARSED_TRAILER, Flags.OCR_CORRECTED);
        assertThat(ref.confidence()).isEqualTo(Confidence.HIGH);
        assertThat(ref.fileKey()).isEqualTo("NAA/A1838/852/20/4/IV");
        assertThat(ref.canonical()).isEqualTo("NAA, A1838, 852/20/4, IV");
    }

    @Test
    void readsUnbracketedNaaReferenceWithLowerCasePart() {
        var ref = parse("NAA: A1838, 3107/38/12/2, i");
        assertThat(ref.scheme().levels()).containsExactlyEntriesOf(naa("A1838", "3107/38/12/2", "i"));
    }

    @Test
    void correctsSeriesOcrSlipAndFlagsIt() {
        var ref = parse("[NAA: Al838, 3107/38, iii]");
        assertThat(ref.raw()).isEqualTo("[NAA: Al838, 3107/38, iii]");
        assertThat(ref.scheme().levels()).containsExactlyEntriesOf(naa("A1838", "3107/38", "iii"));
        assertThat(ref.flags()).contains(Flags.OCR_CORRECTED);
        assertThat(ref.confidence()).isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void correctsControlSymbolSlipsButNeverReadsCapitalOAsZero() {
        assertThat(parse("[NAA: A1838, TS519/3/l, v]").scheme().levels())
                .containsExactlyEntriesOf(naa("A1838", "TS519/3/1", "v"));
        assertThat(parse("[AA: A1838, 2202/El]").scheme().levels())
                .containsExactlyEntriesOf(naa("A1838", "2202/E1", null));
        var o = parse("[AA : A1608, O51/1/1]");
        assertThat(o.scheme().levels()).containsExactlyEntriesOf(naa("A1608", "O51/1/1", null));
        assertThat(o.flags()).doesNotContain(Flags.OCR_CORRECTED);
    }

    @Test
    void neverSuppliesAMissingSeriesPrefix() {
        var ref = parse("[AA: 1838/283, TS899/6/1, i]");
        assertThat(ref.scheme().levels()).containsExactlyEntriesOf(naa("1838/283", "TS899/6/1", "i"));
        assertThat(ref.flags()).doesNotContain(Flags.OCR_CORRECTED);
    }

    @Test
    void keepsFreeTextControlSymbolsAndNamedItems() {
        assertThat(parse("[AA : A981, TIMOR (PORTUGUESE) 22, ii]").scheme().levels())
                .containsExactlyEntriesOf(naa("A981", "TIMOR (PORTUGUESE) 22", "ii"));
        assertThat(parse("[AA: CP 290/6, ITEM 35]").scheme().levels())
                .containsExactlyEntriesOf(naa("CP 290/6", "ITEM 35", null));
        assertThat(parse("[AA:A1838 T189, 854/10/2, i]").scheme().levels())
                .containsExactlyEntriesOf(naa("A1838 T189", "854/10/2", "i"));
        assertThat(parse("[AA : A1838, ts45/1/4/5, i]").scheme().levels())
                .containsExactlyEntriesOf(naa("A1838", "ts45/1/4/5", "i"));
        assertThat(parse("[AA : A6691, AS3/1, SECTION 6]").scheme().levels())
                .containsExactlyEntriesOf(naa("A6691", "AS3/1", "SECTION 6"));
        assertThat(parse("[AA : A1068 T4, DL47/5/8c]").scheme().levels())
                .containsExactlyEntriesOf(naa("A1068 T4", "DL47/5/8c", null));
        assertThat(parse("[AA:CP553/1/1, BUNDLE 21/194/B/10/40]").scheme().levels())
                .containsExactlyEntriesOf(naa("CP553/1/1", "BUNDLE 21/194/B/10/40", null));
        var more = parse("[AA : CP 290/6, BUNDLE 1, ITEM 28]");
        assertThat(more.scheme().levels()).containsExactlyEntriesOf(naa("CP 290/6", "BUNDLE 1", "ITEM 28"));
    }

    @Test
    void readsForeignAffairsFilesCitedByNaaSeries() {
        var ref = parse("[FA: A3196, 0.2213]");
        assertThat(ref.repository().code()).isEqualTo("DFAT");
        assertThat(ref.scheme().levels()).containsExactlyEntriesOf(naa("A3196", "0.2213", null));
    }

    @Test
    void findsNaaReferenceInsideABodyLineAndStopsBeforeProse() {
        String line = "See _[AA : A1838, 852/20/4, IV]_ and also NAA: A1838, 3107/38/12/2 for the reply.";
        var found = ReferenceParser.find(line, ReferenceParser.FOUND_IN_BODY, TEST);
        assertThat(found).hasSize(2);
        assertThat(line.substring(found.get(0).start(), found.get(0).end())).isEqualTo("AA : A1838, 852/20/4, IV");
        assertThat(line.substring(found.get(1).start(), found.get(1).end())).isEqualTo("NAA: A1838, 3107/38/12/2");
        assertThat(found.get(1).reference().scheme().levels()).containsExactlyEntriesOf(
                naa("A1838", "3107/38/12/2", null));
    }

    @Test
    void readsCentralFilesDecimalReference() {
        var ref = parse("Department of State, Central Files, 861.77/451");
        assertThat(ref.repository()).isEqualTo(new Repository("NARA", "Department of State, Central Files"));
        assertThat(ref.scheme()).isEqualTo(new ReferenceScheme.DecimalFile(null, "861.77", "451", null));
        assertThat(ref.fileKey()).isEqualTo("NARA/861.77");
        assertThat(ref.canonical()).isEqualTo("NARA, 861.77/451");
        assertThat(ref.flags()).doesNotContain(Flags.IMPLIED_REPOSITORY, Flags.UNPARSED_TRAILER);
    }

    @Test
    void readsBareDecimalFileWithFormAsNaraByImplication() {
        var ref = parse("500.A15a3/621: Telegram");
        assertThat(ref.repository()).isEqualTo(new Repository("NARA", ""));
        assertThat(ref.scheme()).isEqualTo(new ReferenceScheme.DecimalFile(null, "500.A15a3", "621", "Telegram"));
        assertThat(ref.flags()).contains(Flags.IMPLIED_REPOSITORY).doesNotContain(Flags.NO_REPOSITORY);
        assertThat(ref.canonical()).isEqualTo("NARA, 500.A15a3/621: Telegram");
        assertThat(parse(ref.canonical()).scheme()).isEqualTo(ref.scheme());
    }

    @Test
    void readsFileNumberSubjectFilesListsAndDatedNumbers() {
        assertThat(parse("File No. 893.00/3146").scheme())
                .isEqualTo(new ReferenceScheme.DecimalFile(null, "893.00", "3146", null));
        assertThat(parse("File No. 861.00/2353, 2354").scheme())
                .isEqualTo(new ReferenceScheme.DecimalFile(null, "861.00", "2353, 2354", null));
        assertThat(parse("711.00111 Armament Control/927a: Telegram").scheme())
                .isEqualTo(new ReferenceScheme.DecimalFile(null, "711.00111 Armament Control", "927a", "Telegram"));
        assertThat(parse("767.68119/919: Telegram (part air)").scheme())
                .isEqualTo(new ReferenceScheme.DecimalFile(null, "767.68119", "919", "Telegram (part air)"));
        assertThat(parse("740.0011 Mutual Guarantee (Locarno)/507: Telegram").scheme()).isEqualTo(
                new ReferenceScheme.DecimalFile(null, "740.0011 Mutual Guarantee (Locarno)", "507", "Telegram"));
        assertThat(parse("665D.006/A: Telegram").scheme())
                .isEqualTo(new ReferenceScheme.DecimalFile(null, "665D.006", "A", "Telegram"));
        assertThat(parse("123H875/188: Telegram").scheme())
                .isEqualTo(new ReferenceScheme.DecimalFile(null, "123H875", "188", "Telegram"));
        var dated = parse("NARA, RG 59, Central Decimal File 1955-59, 795.00/1-1755, box 3");
        assertThat(dated.scheme()).isEqualTo(new ReferenceScheme.DecimalFile("59", "795.00", "1-1755", null));
        assertThat(dated.trailer()).isEqualTo("box 3");
    }

    @Test
    void leavesFractionsAndPageRangesInProseAlone() {
        assertThat(ReferenceParser.find("He paid 1/2 of the sum on pages 100/101 and 12.5/3.", "body", TEST))
                .isEmpty();
        assertThat(ReferenceParser.parse("[Telegram]", "citation", TEST)).isEmpty();
    }
}
