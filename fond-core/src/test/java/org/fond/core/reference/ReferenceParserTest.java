package org.fond.core.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fond.core.reference.Lossless.assertAccountsForEveryCharacter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fond.core.model.Confidence;
import org.fond.core.model.Provenance;
import org.junit.jupiter.api.Test;

/** The worked examples of MODEL.md §2.4 (Russian family and SAPMO) and the rules of §2.3/§2.6. */
class ReferenceParserTest {
    static final Provenance TEST = Provenance.of("test", "reference");

    static ArchivalReference parse(String raw) {
        var ref = ReferenceParser.parse(raw, ReferenceParser.FOUND_IN_CITATION, TEST);
        assertThat(ref).as("parse of %s", raw).isPresent();
        assertThat(ref.get().raw()).isEqualTo(raw);
        assertAccountsForEveryCharacter(ref.get());
        return ref.get();
    }

    static Map<String, String> levels(String fond, String opis, String papka, String delo) {
        var levels = new LinkedHashMap<String, String>();
        levels.put("fond", fond);
        levels.put("opis", opis);
        if (papka != null) levels.put("papka", papka);
        levels.put("delo", delo);
        return levels;
    }

    @Test
    void parsesPuzanovJournalCitationWithSpelledOutKeywords() {
        var ref = parse("AVPRF F. 0102, Op. 14, Delo 6, Listy 14-25");
        assertThat(ref.repository()).isEqualTo(new Repository("AVPRF", "AVPRF"));
        assertThat(ref.scheme()).isInstanceOf(ReferenceScheme.RussianFile.class);
        assertThat(ref.scheme().levels()).containsExactlyEntriesOf(levels("0102", "14", null, "6"));
        assertThat(ref.scheme().folios()).containsExactly(new FolioRange("14", false, "25", false));
        assertThat(ref.fileKey()).isEqualTo("AVPRF/0102/14/6");
        assertThat(ref.canonical()).isEqualTo("AVPRF, f. 0102, op. 14, d. 6, ll. 14–25");
        assertThat(ref.flags()).isEmpty();
        assertThat(ref.confidence()).isEqualTo(Confidence.HIGH);
        assertThat(ref.trailer()).isEmpty();
        assertThat(ref.foundIn()).isEqualTo("citation");
        assertThat(ref.provenance()).isEqualTo(TEST);
    }

    @Test
    void parsesReferenceWithPapkaAndNoFolios() {
        var ref = parse("AVPRF F. 0102 Op. 11 P. 65 D. 45");
        assertThat(ref.scheme().levels()).containsExactlyEntriesOf(levels("0102", "11", "65", "45"));
        assertThat(ref.scheme().folios()).isEmpty();
        assertThat(ref.flags()).containsExactly(Flags.NO_FOLIOS);
        assertThat(ref.fileKey()).as("papka is an attribute, not identity").isEqualTo("AVPRF/0102/11/45");
        assertThat(ref.canonical()).isEqualTo("AVPRF, f. 0102, op. 11, p. 65, d. 45");
    }

    @Test
    void parsesMixedAbbreviatedAndSpelledOutKeywords() {
        var ref = parse("AVPRF F. 0102, Op. 13, P. 72, Delo 5, Listy 165-192");
        assertThat(ref.scheme().levels()).containsExactlyEntriesOf(levels("0102", "13", "72", "5"));
        assertThat(ref.scheme().folios()).containsExactly(new FolioRange("165", false, "192", false));
        assertThat(ref.canonical()).isEqualTo("AVPRF, f. 0102, op. 13, p. 72, d. 5, ll. 165–192");
        assertThat(ref.confidence()).isEqualTo(Confidence.HIGH);
    }

    @Test
    void readsRepeatedDeloInHandwrittenNoteAsPapkaThenDelo() {
        String line = "[handwritten: AVPRF F.0102. O.13 D.72 Delo 5]";
        var found = ReferenceParser.find(line, ReferenceParser.FOUND_IN_BODY, TEST);
        assertThat(found).hasSize(1);
        var hit = found.getFirst();
        assertThat(line.substring(hit.start(), hit.end())).isEqualTo("AVPRF F.0102. O.13 D.72 Delo 5");
        var ref = hit.reference();
        assertAccountsForEveryCharacter(ref);
        assertThat(ref.scheme().levels()).containsExactlyEntriesOf(levels("0102", "13", "72", "5"));
        assertThat(ref.flags()).containsExactlyInAnyOrder(Flags.DUPLICATE_LEVEL, Flags.IN_HANDWRITTEN_ANNOTATION,
                Flags.NO_FOLIOS);
        assertThat(ref.confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(ref.foundIn()).isEqualTo("handwritten");
        assertThat(ref.fileKey()).as("the same file as the 115647 citation")
                .isEqualTo(parse("AVPRF F. 0102, Op. 13, P. 72, Delo 5, Listy 165-192").fileKey());
    }

    @Test
    void parsesPresidentialArchiveWithFullWords() {
        var ref = parse("APRF, Fond 45, Opis 1, Delo 343, Listy 115-116");
        assertThat(ref.repository().code()).isEqualTo("APRF");
        assertThat(ref.scheme().levels()).containsExactlyEntriesOf(levels("45", "1", null, "343"));
        assertThat(ref.scheme().folios()).containsExactly(new FolioRange("115", false, "116", false));
        assertThat(ref.flags()).isEmpty();
    }

    @Test
    void parsesLowerCaseAbbreviationsAndDropsNothingOfTheFinalPeriod() {
        var rgani = parse("RGANI, f. 5, op. 49, d. 131, ll. 193-194.");
        assertThat(rgani.scheme().levels()).containsExactlyEntriesOf(levels("5", "49", null, "131"));
        assertThat(rgani.scheme().folios()).containsExactly(new FolioRange("193", false, "194", false));
        assertThat(rgani.trailer()).isEmpty();
        var rgaspi = parse("RGASPI, f. 558, op. 11, d. 97, ll. 67-70.");
        assertThat(rgaspi.repository().code()).isEqualTo("RGASPI");
        assertThat(rgaspi.scheme().levels()).containsExactlyEntriesOf(levels("558", "11", null, "97"));
        assertThat(rgaspi.canonical()).isEqualTo("RGASPI, f. 558, op. 11, d. 97, ll. 67–70");
    }

    @Test
    void readsVersoAttachedToTheLastFolio() {
        var ref = parse("GARF, f. 1235, op.1, d. 16, ll. 5-7ob.");
        assertThat(ref.scheme().levels()).containsExactlyEntriesOf(levels("1235", "1", null, "16"));
        assertThat(ref.scheme().folios()).containsExactly(new FolioRange("5", false, "7", true));
        assertThat(ref.canonical()).isEqualTo("GARF, f. 1235, op. 1, d. 16, ll. 5–7ob.");
    }

    @Test
    void parsesRussianStyleCitationWithCyrillicKeywordsAndEnDash() {
        var ref = parse("АВП РФ. Ф. 0102. Оп. 14. Д. 6. Л. 14–25.");
        assertThat(ref.repository()).isEqualTo(new Repository("AVPRF", "АВП РФ"));
        assertThat(ref.scheme().levels()).containsExactlyEntriesOf(levels("0102", "14", null, "6"));
        assertThat(ref.scheme().folios()).containsExactly(new FolioRange("14", false, "25", false));
        assertThat(ref.fileKey()).isEqualTo(parse("AVPRF F. 0102, Op. 14, Delo 6, Listy 14-25").fileKey());
        assertThat(ref.canonical()).isEqualTo("AVPRF, f. 0102, op. 14, d. 6, ll. 14–25");
    }

    @Test
    void readsCyrillicFondPrefixPapkaAndSpacedVerso() {
        var ref = parse("ГА РФ. Ф. Р-5446. Оп. 1. П. 3. Д. 10. Лл. 3 об.—5, 9");
        assertThat(ref.repository().code()).isEqualTo("GARF");
        assertThat(ref.scheme().levels()).containsExactlyEntriesOf(levels("Р-5446", "1", "3", "10"));
        assertThat(ref.scheme().folios()).containsExactly(new FolioRange("3", true, "5", false),
                FolioRange.single("9", false));
        assertThat(ref.fileKey()).isEqualTo("GARF/Р-5446/1/10");
    }

    @Test
    void keepsLeadingZerosSoFond0102IsNotFond102() {
        var zero = parse("AVPRF F. 0102, Op. 14, D. 6");
        var plain = parse("AVPRF F. 102, Op. 14, D. 6");
        assertThat(zero.scheme().levels().get("fond")).isEqualTo("0102");
        assertThat(plain.scheme().levels().get("fond")).isEqualTo("102");
        assertThat(zero.fileKey()).isNotEqualTo(plain.fileKey());
        assertThat(zero.canonical()).isNotEqualTo(plain.canonical());
    }

    @Test
    void keepsLatinFondPrefix() {
        var ref = parse("GARF, f. R-9401, op. 2, d. 199, l. 12v");
        assertThat(ref.scheme().levels().get("fond")).isEqualTo("R-9401");
        assertThat(ref.scheme().folios()).containsExactly(FolioRange.single("12", true));
        assertThat(ref.canonical()).isEqualTo("GARF, f. R-9401, op. 2, d. 199, l. 12ob.");
    }

    @Test
    void readsFolioListsWithAllThreeDashes() {
        var ref = parse("AVPRF, f. 0102, op. 14, d. 6, ll. 14–25, 30; 31—33, 40-41");
        assertThat(ref.scheme().folios()).containsExactly(new FolioRange("14", false, "25", false),
                FolioRange.single("30", false), new FolioRange("31", false, "33", false),
                new FolioRange("40", false, "41", false));
        assertThat(ref.canonical()).endsWith("ll. 14–25, 30, 31–33, 40–41");
    }

    @Test
    void readsPageAfterDeloAsFolioNotPapka() {
        var ref = parse("RGANI, f. 5, op. 30, d. 141, p. 12");
        assertThat(ref.scheme().levels()).containsExactlyEntriesOf(levels("5", "30", null, "141"));
        assertThat(ref.scheme().folios()).containsExactly(FolioRange.single("12", false));
        assertThat(ref.flags()).contains(Flags.PAGE_AS_FOLIO);
    }

    @Test
    void readsBareNumbersPositionallyOnlyWithThreeToFiveOfThem() {
        var four = parse("AVPRF 0102/14/6/14-25");
        assertThat(four.scheme().levels()).containsExactlyEntriesOf(levels("0102", "14", null, "6"));
        assertThat(four.scheme().folios()).containsExactly(new FolioRange("14", false, "25", false));
        assertThat(four.flags()).contains(Flags.POSITIONAL);
        assertThat(four.confidence()).isEqualTo(Confidence.MEDIUM);

        var five = parse("AVPRF 0102/13/72/5/165-192");
        assertThat(five.scheme().levels()).containsExactlyEntriesOf(levels("0102", "13", "72", "5"));
        var three = parse("AVPRF 0102/14/6");
        assertThat(three.scheme().levels()).containsExactlyEntriesOf(levels("0102", "14", null, "6"));
        assertThat(three.scheme().folios()).isEmpty();

        for (String raw : List.of("AVPRF 0102/14", "AVPRF 1/2/3/4/5/6")) {
            var ref = parse(raw);
            assertThat(ref.scheme()).as(raw).isInstanceOf(ReferenceScheme.Unstructured.class);
            assertThat(ref.trailer()).isEqualTo(raw.substring("AVPRF ".length()));
        }
    }

    @Test
    void stopsAtALevelOutOfOrderAndKeepsTheRestAsTrailer() {
        var ref = parse("RGASPI, f. 17, d. 5, op. 3");
        assertThat(ref.scheme().levels()).containsExactly(Map.entry("fond", "17"), Map.entry("delo", "5"));
        assertThat(ref.trailer()).isEqualTo("op. 3");
        assertThat(ref.flags()).contains(Flags.LEVEL_OUT_OF_ORDER, Flags.INCOMPLETE_LEVELS, Flags.UNPARSED_TRAILER);
        assertThat(ref.fileKey()).isNull();
        assertThat(ref.confidence()).isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void keepsWhatFollowsTheLastLevelVerbatim() {
        var ref = parse("RGANI. F. 3. Op. 16. D. 294. L. 207. Original. Typewritten text.");
        assertThat(ref.scheme().folios()).containsExactly(FolioRange.single("207", false));
        assertThat(ref.trailer()).isEqualTo("Original. Typewritten text.");
        assertThat(ref.canonical()).isEqualTo("RGANI, f. 3, op. 16, d. 294, l. 207");
    }

    @Test
    void readsLevelsWithoutRepositoryOrAfterAnUnknownOne() {
        var bare = parse("f. 5, op. 49, d. 131");
        assertThat(bare.repository()).isNull();
        assertThat(bare.flags()).contains(Flags.NO_REPOSITORY);
        assertThat(bare.fileKey()).isNull();
        assertThat(bare.confidence()).isEqualTo(Confidence.MEDIUM);

        var unknown = parse("Central State Archive, f. 5, op. 1, d. 2");
        assertThat(unknown.repository()).isEqualTo(new Repository(null, "Central State Archive"));
        assertThat(unknown.flags()).contains(Flags.UNKNOWN_REPOSITORY);
        assertThat(unknown.scheme().levels()).containsExactlyEntriesOf(levels("5", "1", null, "2"));
        assertThat(unknown.canonical()).isEqualTo("Central State Archive, f. 5, op. 1, d. 2");
    }

    @Test
    void keepsSapmoReferenceWithMissingSignatureAsUnstructured() {
        var ref = parse("[SAPMO-BA, Berlin, archival signature missing]");
        assertThat(ref.repository()).isEqualTo(new Repository("SAPMO-BArch", "SAPMO-BA"));
        assertThat(ref.scheme()).isEqualTo(new ReferenceScheme.Unstructured());
        assertThat(ref.trailer()).isEqualTo("Berlin, archival signature missing");
        assertThat(ref.flags()).containsExactlyInAnyOrder(Flags.UNSTRUCTURED, Flags.SIGNATURE_MISSING);
        assertThat(ref.confidence()).isEqualTo(Confidence.LOW);
        assertThat(ref.fileKey()).isNull();
        assertThat(ref.canonical()).isEqualTo("SAPMO-BArch, Berlin, archival signature missing");
        assertThat(RepositoryRegistry.byCode(ref.repository().code()).orElseThrow().name())
                .startsWith("Foundation Archives of GDR Parties");
    }

    @Test
    void returnsNothingWithoutRepositoryOrLevel() {
        for (String raw : List.of("", "   ", "Translated by Gary Goldberg.", "F. Dulles said", "Garfield, f. x")) {
            assertThat(ReferenceParser.parse(raw, "citation", TEST)).as(raw).isEmpty();
        }
    }

    @Test
    void findsReferencesInsideProseWithTrueOffsets() {
        String text = "The file (AVPRF F. 0102 Op. 11 P. 65 D. 45) cites RGANI, f. 5, op. 49, d. 131, ll. 193-194; "
                + "F. Dulles is no reference, nor is the Bundesarchiv.\nand f. 89, per. 1, dok. 3.";
        var found = ReferenceParser.find(text, "body", TEST);
        assertThat(found).extracting(f -> text.substring(f.start(), f.end())).containsExactly(
                "AVPRF F. 0102 Op. 11 P. 65 D. 45", "RGANI, f. 5, op. 49, d. 131, ll. 193-194",
                "f. 89, per. 1, dok. 3");
        for (var f : found) {
            assertThat(f.reference().raw()).isEqualTo(text.substring(f.start(), f.end()));
            assertThat(f.reference().foundIn()).isEqualTo("body");
            assertThat(f.reference().trailer()).isEmpty();
        }
        assertThat(found.get(2).reference().scheme().levels())
                .containsExactlyEntriesOf(levels("89", "1", null, "3"));
    }
}
