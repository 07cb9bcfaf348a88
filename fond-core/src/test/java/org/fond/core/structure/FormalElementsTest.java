package org.fond.core.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.fond.core.model.Annotation;
import org.fond.core.model.Provenance;
import org.fond.core.model.Span;
import org.fond.core.model.Unit;
import org.fond.core.model.UnitKind;
import org.fond.core.text.MarkdownNormaliser;
import org.fond.core.text.NormalisedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Small fixtures for the formal elements, odd inputs and the use of apparatus annotations. */
class FormalElementsTest {
    @Test
    void splitsAtALongRuleAndReadsTopSecretAndCopyNumber() {
        Unit root = Trees.analyze("TOP SECRET\n\nCopy Nº 1\n\nThe memo is enclosed.\n\n"
                + "=========================================\n\nThe memo itself.\n");
        assertThat(root.children()).extracting(Unit::id).containsExactly("A", "B");
        Unit a = root.children().get(0);
        assertThat(a.attributes().get("classification")).containsExactly("Top Secret");
        assertThat(a.attributes().get("copyNo")).containsExactly("1");
        assertThat(a.children()).extracting(Unit::kind).containsExactly(UnitKind.OPENER, UnitKind.PARAGRAPH);
        assertThat(root.children().get(1).attributes().get("attachmentOf")).containsExactly("A");
    }

    @Test
    void leavesAttachmentUnstatedWhenNothingSaysSomethingIsAttached() {
        Unit root = Trees.analyze("First letter.\n\n===\n\nSecond letter.");
        assertThat(root.children()).extracting(Unit::id).containsExactly("A", "B");
        assertThat(root.children().get(1).attributes()).doesNotContainKey("attachmentOf");
    }

    @Test
    void readsASignatureMarkWithTheNameInParenthesesAsTheCloser() {
        Unit root = Trees.analyze("I informed him of the decision.\n\n[signature] (A. PUZANOV)\n");
        Unit closer = root.children().get(1);
        assertThat(closer.kind()).isEqualTo(UnitKind.CLOSER);
        assertThat(closer.attributes().get("signatories")).containsExactly("A. PUZANOV");
        assertThat(closer.provenance().sourceLine()).isEqualTo(3);
    }

    @Test
    void readsAPlainTextAsOneDocumentWithOneParagraph() {
        Unit root = Trees.analyze("Just one paragraph of ordinary text, without any structure.");
        assertThat(root.kind()).isEqualTo(UnitKind.DOCUMENT);
        assertThat(root.attributes()).isEmpty();
        assertThat(root.children()).singleElement().extracting(Unit::kind).isEqualTo(UnitKind.PARAGRAPH);
    }

    @Test
    void readsAnEmptyTextAsAnEmptyDocument() {
        for (String empty : List.of("", "\n\n", "   \n", "===\n====\n")) {
            NormalisedText body = MarkdownNormaliser.normalise(empty, 1);
            Unit root = Trees.analyze(body);
            assertThat(root.kind()).isEqualTo(UnitKind.DOCUMENT);
            assertThat(root.children()).isEmpty();
            assertThat(root.span()).isEqualTo(new Span(0, body.text().plain().length()));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Copy Secret Nº 4|Secret|4",
        "Copy № 3|UNSET|3",
        "Copy N° 3|UNSET|3",
        "Copy No. 3|UNSET|3",
        "Secret Nº \\_\\_|Secret|BLANK",
        "Top Secret|Top Secret|UNSET",
        "CONFIDENTIAL|Confidential|UNSET",
        "Strictly Secret|Strictly Secret|UNSET",
        "Sovershenno sekretno|Strictly Secret|UNSET"})
    void readsClassificationAndCopyMarkings(String marking, String classification, String copyNo) {
        Unit root = Trees.analyze(marking + "\n\nThe text of the letter.");
        assertThat(root.attribute("classification")).isEqualTo(classification.equals("UNSET") ? null : classification);
        assertThat(root.attribute("copyNo")).isEqualTo(copyNo.equals("UNSET") ? null : copyNo);
        assertThat(root.children().get(0).kind()).isEqualTo(UnitKind.OPENER);
    }

    @Test
    void neverTakesASentenceThatMentionsSecrecyForAMarking() {
        Unit root = Trees.analyze("Secret talks were held in Moscow.\n\nNothing came of them.");
        assertThat(root.attributes()).isEmpty();
        assertThat(root.children()).extracting(Unit::kind).containsOnly(UnitKind.PARAGRAPH);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The conversation lasted two hours.|PT2H",
        "The talk lasted 45 minutes.|PT45M",
        "The meeting lasted one and a half hours.|PT1H30M",
        "It lasted about an hour.|PT1H",
        "which lasted 1 hour and 90 minutes.|PT2H30M"})
    void readsDurationsInDigitsOrWords(String sentence, String duration) {
        assertThat(Conversation.duration(sentence)).contains(duration);
    }

    @Test
    void readsEveryoneSaidToBePresent() {
        assertThat(Conversation.present("Cde. V. I. Ivanov and Pak Chang-ok were present at the conversation."))
                .containsExactly("V. I. Ivanov", "Pak Chang-ok");
        assertThat(Conversation.present("Present at the conversation were Kim Tu-bong, Choe Yong-geon and Nam Il."))
                .containsExactly("Kim Tu-bong", "Choe Yong-geon", "Nam Il");
        assertThat(Conversation.present("Nobody was told.")).isEmpty();
    }

    @Test
    void readsOtherEnumeratorStylesAsSeparateLists() {
        Unit root = Trees.analyze("The plan has two parts:\n\nI. Industry.\n\nII. Agriculture.\n\n"
                + "We propose:\n\n1) to build;\n\n2) to sow.\n\nV. Molotov reported on this.");
        assertThat(root.children()).extracting(Unit::kind).containsExactly(UnitKind.PARAGRAPH, UnitKind.LIST,
                UnitKind.PARAGRAPH, UnitKind.LIST, UnitKind.PARAGRAPH);
        assertThat(Trees.find(root, "list-1").children()).extracting(Unit::label).containsExactly("I.", "II.");
        assertThat(Trees.find(root, "list-2").children()).extracting(Unit::label).containsExactly("1)", "2)");
        assertThat(Trees.find(root, "list-2").attribute("style")).isEqualTo("arabic_paren");
    }

    @Test
    void usesApparatusAnnotationsWhenTheyAreGiven() {
        NormalisedText body = MarkdownNormaliser.normalise(
                "Copy Nº 2\n\nRGANI, fond 5, opis 30, delo 1\n\nThe text.\n", 1);
        String plain = body.text().plain();
        int start = plain.indexOf("RGANI");
        Span note = new Span(start, plain.indexOf("\n\nThe text"));
        Annotation sourceNote = new Annotation.EditorialSourceNote(note, note.of(plain), Set.of(),
                Provenance.of("test", "fixture"));

        Unit without = Trees.analyze(body);
        assertThat(without.flatten()).noneMatch(u -> u.kind() == UnitKind.EDITORIAL_SOURCE_NOTE);
        Unit with = Trees.analyze(body, List.of(sourceNote));
        assertThat(Trees.find(with, "opener").children()).extracting(Unit::kind)
                .containsExactly(UnitKind.PARAGRAPH, UnitKind.EDITORIAL_SOURCE_NOTE);
        UnitInvariants.check(with, body.text());
    }
}
