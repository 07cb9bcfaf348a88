package org.fond.core.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fond.core.model.Annotation;
import org.junit.jupiter.api.Test;

/** The apparatus seen in other WCDA records (MODEL.md §3.2), on small fixtures written for the test. */
class ApparatusConstructsTest {

    private static Annotation one(String plain, String surface) {
        List<Annotation> found = ApparatusParser.parse(plain).stream().filter(a -> a.surface().equals(surface)).toList();
        assertThat(found).as(surface).hasSize(1);
        return found.get(0);
    }

    @Test
    void readsSicWithTheTranslatorsCorrection() {
        var sic = (Annotation.Sic) one("On 12 September [sic; November] 1957 they met.", "[sic; November]");
        assertThat(sic.correction()).isEqualTo("November");
        assertThat(sic.provenance().rule()).isEqualTo("sic");
    }

    @Test
    void readsTranslatorsNote() {
        var note = (Annotation.TranslatorNote) one("[Translator's note: the memo was translated before]",
                "[Translator's note: the memo was translated before]");
        assertThat(note.content()).isEqualTo("the memo was translated before");
    }

    @Test
    void readsFadedStampWithTheRestoredMarkingInside() {
        String plain = "[faded image of a stamp: [[TOP SECRET]] Incoming 02277-ss; 28 August 1957]";
        List<Annotation> all = ApparatusParser.parse(plain);
        assertThat(all).hasSize(2);
        var stamp = (Annotation.Stamp) all.get(0);
        assertThat(stamp.surface()).isEqualTo(plain);
        assertThat(stamp.condition()).isEqualTo("faded");
        assertThat(stamp.stampType()).isEqualTo("faded image of a stamp");
        assertThat(stamp.content()).isEqualTo("[[TOP SECRET]] Incoming 02277-ss; 28 August 1957");
        var marking = (Annotation.Supplied) all.get(1);
        assertThat(marking.surface()).isEqualTo("[[TOP SECRET]]");
        assertThat(marking.content()).isEqualTo("TOP SECRET");
        assertThat(marking.reason()).isEqualTo("restored");
        assertThat(stamp.span().contains(marking.span())).isTrue();
    }

    @Test
    void readsTheIssuingOfficeAndConditionOfOtherStamps() {
        var mfa = (Annotation.Stamp) one("[USSR MFA Stamp: Far East Department Incoming Nº 01490s 12 June 1957]",
                "[USSR MFA Stamp: Far East Department Incoming Nº 01490s 12 June 1957]");
        assertThat(mfa.stampType()).isEqualTo("USSR MFA Stamp");
        assertThat(mfa.condition()).isNull();
        var partial = (Annotation.Stamp) one("[partial image of a stamp: 15 May]", "[partial image of a stamp: 15 May]");
        assertThat(partial.condition()).isEqualTo("partial");
        var cc = (Annotation.Stamp) one("[CPSU CC stamp: 40929 15 December 1969 Korea]",
                "[CPSU CC stamp: 40929 15 December 1969 Korea]");
        assertThat(cc.stampType()).isEqualTo("CPSU CC stamp");
        assertThat(cc.content()).isEqualTo("40929 15 December 1969 Korea");
    }

    @Test
    void readsRestoredDigitsAndLettersInHandwritingAndInitials() {
        String plain = "[handwritten: 010343-gs [[11]] September [[5]]7] copy to N. [[Ye]]. Torbenkov";
        List<Annotation> all = ApparatusParser.parse(plain);
        assertThat(all).extracting(Annotation::kind).containsExactly("handwritten", "supplied", "supplied", "supplied");
        assertThat(all.subList(1, 4)).allSatisfy(a -> assertThat(((Annotation.Supplied) a).reason()).isEqualTo("restored"));
        assertThat(all.subList(1, 4)).extracting(a -> ((Annotation.Supplied) a).content()).containsExactly("11", "5", "Ye");
    }

    @Test
    void readsLabelledHandwrittenNoteWithoutItsQuotes() {
        var note = (Annotation.HandwrittenAddition) one("[Handwritten note: \"to the archive. V. Gorbunov\"]",
                "[Handwritten note: \"to the archive. V. Gorbunov\"]");
        assertThat(note.label()).isEqualTo("Handwritten note");
        assertThat(note.content()).isEqualTo("to the archive. V. Gorbunov");
    }

    @Test
    void readsSignatureMarkBeforeTheTypedName() {
        Annotation sig = one("[signature] (A. PUZANOV)", "[signature]");
        assertThat(sig).isInstanceOf(Annotation.SignatureMark.class);
    }

    @Test
    void readsBlanksLeftInTheOriginalWithTheirField() {
        var date = (Annotation.Blank) one("[date left blank] April 1955", "[date left blank]");
        assertThat(date.field()).isEqualTo("date");
        var number = (Annotation.Blank) one("Nº [left blank]", "[left blank]");
        assertThat(number.field()).isEqualTo("number");
        var bare = (Annotation.Blank) one("Signed on [left blank].", "[left blank]");
        assertThat(bare.field()).isNull();
    }

    @Test
    void readsAlternativeRomanizationAfterAName() {
        var choe = (Annotation.AltRomanization) one("Choe Yong-geon [Choe Yong Gon] spoke.", "[Choe Yong Gon]");
        assertThat(choe.content()).isEqualTo("Choe Yong Gon");
        assertThat(one("and Pak Jeong-ae [Pak Jong Ae] too", "[Pak Jong Ae]"))
                .isInstanceOf(Annotation.AltRomanization.class);
    }

    @Test
    void readsGlossAfterAForeignTitle() {
        var gloss = (Annotation.Gloss) one("an article in Renmin Ribao [People's Daily] said", "[People's Daily]");
        assertThat(gloss.content()).isEqualTo("People's Daily");
        assertThat(gloss.provenance().rule()).isEqualTo("gloss-after-foreign-title");
    }

    @Test
    void readsBracketedEllipsisAsEditorialOmission() {
        for (String dots : List.of("[…]", "[...]")) {
            var gap = (Annotation.Gap) one("He said " + dots + " and left.", dots);
            assertThat(gap.reason()).isEqualTo("editorial-omission");
            assertThat(gap.unit()).isNull();
        }
    }

    @Test
    void readsShortEnglishInsertionsAsSuppliedAndLongRemarksAsEditorialNotes() {
        for (String words : List.of("there", "of sport", "Socialist Revolution")) {
            var s = (Annotation.Supplied) one("They went [" + words + "] at once.", "[" + words + "]");
            assertThat(s.reason()).isEqualTo("clarification");
        }
        assertThat(one("I told Cde. [Mao] so.", "[Mao]")).isInstanceOf(Annotation.Supplied.class);
        var note = (Annotation.EditorialNote) one("[The next page is missing from the file]",
                "[The next page is missing from the file]");
        assertThat(note.content()).isEqualTo("The next page is missing from the file");
    }

    @Test
    void tellsRomanizedRussianFromEnglishWords() {
        for (String russian : List.of("oblast'", "kolkhoz", "zhizn'", "tsena")) {
            assertThat(one("the [" + russian + "] x", "[" + russian + "]"))
                    .as(russian).isInstanceOf(Annotation.OriginalWording.class);
        }
        for (String english : List.of("everyone", "workers'", "lawyers", "its members", "cats")) {
            assertThat(one("the [" + english + "] x", "[" + english + "]"))
                    .as(english).isInstanceOf(Annotation.Supplied.class);
        }
    }

    @Test
    void treatsEveryNumberMarkerBeforeABlankFieldAlike() {
        for (String marker : List.of("Nº", "№", "N°", "No.", "#")) {
            var blank = (Annotation.Blank) one("Copy " + marker + " __ of five", "__");
            assertThat(blank.field()).as(marker).isEqualTo("number");
        }
        assertThat(ApparatusParser.parse("snake__case and Nobody __ here")).isEmpty();
    }

    @Test
    void marksEllipsisOnlyAtAParagraphStart() {
        List<Annotation> all = ApparatusParser.parse("…I participated\n\nhe said and...\n\n\"....and so on\"");
        assertThat(all).hasSize(1);
        assertThat(all.get(0).surface()).isEqualTo("…");
        assertThat(all.get(0).span().start()).isZero();
    }
}
