package org.fond.core.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fond.core.model.Annotation;
import org.fond.core.model.QualityFlag;
import org.fond.core.testing.Shared;
import org.fond.core.text.MarkdownNormaliser;
import org.junit.jupiter.api.Test;

/** The apparatus of the two real seeds (MODEL.md §3.1), found on their normalised text. */
class SeedApparatusTest {
    private static final String S1 = plain(Shared.read(Shared.seed115956()));
    private static final String S2 = plain(Shared.read(Shared.seed115797()));

    private static String plain(String file) {
        return MarkdownNormaliser.normalise(file, 1).text().plain();
    }

    private static <T extends Annotation> List<T> of(List<Annotation> all, Class<T> kind) {
        return all.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    private static <T extends Annotation> T only(List<Annotation> all, Class<T> kind, String surface) {
        List<T> found = of(all, kind).stream().filter(a -> a.surface().equals(surface)).toList();
        assertThat(found).as("%s %s", kind.getSimpleName(), surface).hasSize(1);
        return found.get(0);
    }

    @Test
    void findsEveryBracketOfTheJournalInOrderWithItsKind() {
        assertThat(ApparatusParser.parse(S1)).extracting(Annotation::kind).containsExactly(
                "handwritten", "gap", "gap", "original-wording", "supplied", "supplied", "supplied",
                "original-wording", "supplied", "supplied", "sic");
    }

    @Test
    void extendsTheHandwrittenNoteOverTheIllegibleInitialsOnTheNextLine() {
        List<Annotation> all = ApparatusParser.parse(S1);
        Annotation.HandwrittenAddition note = of(all, Annotation.HandwrittenAddition.class).get(0);
        assertThat(note.surface()).startsWith("[handwritten: To Cde. Torbenkov").endsWith("CC]\n[illegible initials]]");
        assertThat(note.label()).isEqualTo("handwritten");
        assertThat(note.content()).startsWith("To Cde. Torbenkov, N. Ye. This copy needed to be sent to the CC")
                .endsWith("[illegible initials]").doesNotContain("CC]");
        assertThat(note.flags()).contains("bracket-imbalance");
        assertThat(note.provenance().agent()).isEqualTo("apparatus");
        assertThat(note.provenance().rule()).isEqualTo("handwritten-label");

        Annotation.Gap initials = only(all, Annotation.Gap.class, "[illegible initials]");
        assertThat(initials.reason()).isEqualTo("illegible");
        assertThat(initials.unit()).isEqualTo("initials");
        assertThat(initials.flags()).contains("bracket-imbalance");
        assertThat(note.span().contains(initials.span())).isTrue();
        assertThat(ApparatusParser.analyse(S1).flags()).extracting(QualityFlag::code).doesNotContain("stray-bracket");
    }

    @Test
    void marksOnlyTheLeadingEllipsisAsAnEditorialOmission() {
        List<Annotation.Gap> omissions = of(ApparatusParser.parse(S1), Annotation.Gap.class).stream()
                .filter(g -> g.reason().equals("editorial-omission")).toList();
        assertThat(omissions).hasSize(1);
        Annotation.Gap dots = omissions.get(0);
        assertThat(dots.surface()).isEqualTo("...");
        assertThat(S1.substring(dots.span().end())).startsWith("17 December 1957");
        assertThat(dots.provenance().rule()).isEqualTo("leading-ellipsis");
        // the broken-off "and..." and the quoted "....and" are the document's own punctuation
        assertThat(S1).contains("and...").contains("\"....and");
    }

    @Test
    void readsTransliteratedRussianAsOriginalWordingAndEnglishAsSupplied() {
        List<Annotation> all = ApparatusParser.parse(S1);
        assertThat(of(all, Annotation.OriginalWording.class))
                .extracting(Annotation.OriginalWording::content, Annotation.OriginalWording::language)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("berut plokho", "ru-Latn"),
                        org.assertj.core.groups.Tuple.tuple("artel'", "ru-Latn"));
        assertThat(of(all, Annotation.Supplied.class))
                .extracting(Annotation.Supplied::content)
                .containsExactly("material", "economists", "material", "me", "him");
        assertThat(of(all, Annotation.Supplied.class)).allSatisfy(s -> {
            assertThat(s.reason()).isEqualTo("clarification");
            assertThat(s.surface()).isEqualTo("[" + s.content() + "]");
        });
    }

    @Test
    void keepsSicWithoutCorrectionAfterTheQuestionedName() {
        Annotation.Sic sic = only(ApparatusParser.parse(S1), Annotation.Sic.class, "[sic]");
        assertThat(sic.correction()).isNull();
        assertThat(S1.substring(0, sic.span().start())).endsWith("Ri Dong-geon ");
    }

    @Test
    void findsEveryApparatusItemOfTheReportInOrderWithItsKind() {
        assertThat(ApparatusParser.parse(S2)).extracting(Annotation::kind).containsExactly(
                "stamp", "supplied", "handwritten", "gap", "gap", "blank", "blank");
    }

    @Test
    void readsTheIncomingStampWithTheRestoredLettersOfKuznetsov() {
        List<Annotation> all = ApparatusParser.parse(S2);
        Annotation.Stamp stamp = of(all, Annotation.Stamp.class).get(0);
        assertThat(stamp.surface()).startsWith("[Stamp: 27/449").endsWith("17 January 1955]");
        assertThat(stamp.stampType()).isEqualTo("Stamp");
        assertThat(stamp.condition()).isNull();
        assertThat(stamp.content()).startsWith("27/449 Secretariat of [[Kuz]]netsov").contains("Incoming Nº 367vn");
        assertThat(stamp.flags()).isEmpty();

        Annotation.Supplied kuz = only(all, Annotation.Supplied.class, "[[Kuz]]");
        assertThat(kuz.content()).isEqualTo("Kuz");
        assertThat(kuz.reason()).isEqualTo("restored");
        assertThat(S2.substring(kuz.span().end())).startsWith("netsov");
        assertThat(stamp.span().contains(kuz.span())).isTrue();
    }

    @Test
    void closesTheUnclosedHandwritingAtTheParagraphEndAroundItsIllegibleRemainder() {
        List<Annotation> all = ApparatusParser.parse(S2);
        Annotation.HandwrittenAddition hand = of(all, Annotation.HandwrittenAddition.class).get(0);
        assertThat(hand.surface()).isEqualTo("[handwriting: Mao Zedong [[the remainder is illegible]]");
        assertThat(hand.label()).isEqualTo("handwriting");
        assertThat(hand.content()).isEqualTo("Mao Zedong [[the remainder is illegible]]");
        assertThat(hand.flags()).containsExactly("unclosed-bracket");

        Annotation.Gap remainder = only(all, Annotation.Gap.class, "[[the remainder is illegible]]");
        assertThat(remainder.reason()).isEqualTo("illegible");
        assertThat(remainder.unit()).isEqualTo("remainder");
        assertThat(remainder.flags()).isEmpty();
        assertThat(hand.span().contains(remainder.span())).isTrue();
        assertThat(S2.substring(hand.span().end())).startsWith("\n\nto the CPSU CC");
        assertThat(ApparatusParser.analyse(S2).flags()).extracting(QualityFlag::code)
                .containsExactly("unclosed-bracket");
    }

    @Test
    void readsTheAuthenticationSignatureAsIllegible() {
        Annotation.Gap signature = only(ApparatusParser.parse(S2), Annotation.Gap.class, "[illegible signature]");
        assertThat(signature.reason()).isEqualTo("illegible");
        assertThat(signature.unit()).isEqualTo("signature");
        assertThat(S2.substring(0, signature.span().start())).endsWith("Authenticated: ");
    }

    @Test
    void marksBothBlankCopyNumbersAsBlankNumberFields() {
        List<Annotation.Blank> blanks = of(ApparatusParser.parse(S2), Annotation.Blank.class);
        assertThat(blanks).hasSize(2).allSatisfy(b -> {
            assertThat(b.surface()).isEqualTo("__");
            assertThat(b.field()).isEqualTo("number");
            assertThat(S2.substring(0, b.span().start())).endsWith("Secret Nº ");
            assertThat(b.provenance().rule()).isEqualTo("blank-number-field");
        });
    }

    @Test
    void everyAnnotationOfBothSeedsRoundTripsToItsSurface() {
        for (String plain : List.of(S1, S2)) {
            assertThat(ApparatusParser.parse(plain)).isNotEmpty().allSatisfy(a -> {
                assertThat(plain.substring(a.span().start(), a.span().end())).isEqualTo(a.surface());
                assertThat(a.provenance().agent()).isEqualTo("apparatus");
                assertThat(a.provenance().rule()).isNotBlank();
            });
        }
    }
}
