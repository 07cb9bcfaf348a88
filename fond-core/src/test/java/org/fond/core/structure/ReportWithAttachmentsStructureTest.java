package org.fond.core.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.fond.core.model.Annotation;
import org.fond.core.model.Provenance;
import org.fond.core.model.Span;
import org.fond.core.model.Unit;
import org.fond.core.model.UnitKind;
import org.fond.core.testing.Shared;
import org.fond.core.text.NormalisedText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The unit tree of seed S2 (record 115797, MODEL.md §4.2): a report with two attachments. */
class ReportWithAttachmentsStructureTest {
    private static NormalisedText body;
    private static Unit root;

    @BeforeAll
    static void read() {
        body = Trees.seedBody(Shared.seed115797());
        root = Trees.analyze(body);
    }

    private static String text(Unit unit) {
        return unit.span().of(body.text().plain());
    }

    private static List<UnitKind> kinds(Unit unit) {
        return unit.children().stream().map(Unit::kind).toList();
    }

    @Test
    void splitsAtSeparatorsIntoThreeSubDocuments() {
        assertThat(root.kind()).isEqualTo(UnitKind.DOCUMENT);
        assertThat(root.children()).extracting(Unit::id).containsExactly("A", "B", "C");
        assertThat(root.children()).extracting(Unit::kind).containsOnly(UnitKind.SUB_DOCUMENT);
        assertThat(root.children()).extracting(u -> u.provenance().sourceLine()).containsExactly(25, 60, 71);
    }

    @Test
    void chainsAttachmentsFromTheCoveringReport() {
        assertThat(Trees.find(root, "A").attributes()).doesNotContainKey("attachmentOf");
        assertThat(Trees.find(root, "B").attributes().get("attachmentOf")).containsExactly("A");
        assertThat(Trees.find(root, "C").attributes().get("attachmentOf")).containsExactly("B");
    }

    @Test
    void readsTheCoveringReportOpenerWithStampSourceNoteHandwritingAndAddress() {
        Unit a = Trees.find(root, "A");
        assertThat(kinds(a).get(0)).isEqualTo(UnitKind.OPENER);
        Unit opener = Trees.find(root, "A/opener");
        assertThat(kinds(opener)).containsExactly(UnitKind.PARAGRAPH, UnitKind.STAMP,
                UnitKind.EDITORIAL_SOURCE_NOTE, UnitKind.ANNOTATION, UnitKind.ADDRESS);
        assertThat(text(opener.children().get(0))).isEqualTo("Copy Secret Nº 4");
        assertThat(text(opener.children().get(3))).startsWith("[handwriting: Mao Zedong");
        assertThat(opener.children().get(3).attribute("apparatus")).isEqualTo("handwritten");
        assertThat(a.attributes().get("classification")).containsExactly("Secret");
        assertThat(a.attributes().get("copyNo")).containsExactly("4");
        assertThat(a.attributes().get("addressees")).containsExactly("CPSU CC");
        assertThat(a.attributes().get("registryNos")).containsExactly("incoming:367vn", "outgoing:83/M");
    }

    @Test
    void readsEightBodyParagraphsAndTheCloserOfTheReport() {
        Unit a = Trees.find(root, "A");
        List<Unit> paragraphs = a.children().stream().filter(u -> u.kind() == UnitKind.PARAGRAPH).toList();
        assertThat(paragraphs).hasSize(8);
        assertThat(paragraphs).extracting(u -> u.provenance().sourceLine())
                .containsExactly(35, 37, 39, 41, 43, 45, 47, 49);
        assertThat(text(paragraphs.get(7))).isEqualTo("A draft CPSU CC resolution is attached.");
        assertThat(Trees.find(root, "A/p3").provenance().sourceLine()).isEqualTo(39);

        Unit closer = a.children().get(a.children().size() - 1);
        assertThat(closer.id()).isEqualTo("A/closer");
        assertThat(closer.kind()).isEqualTo(UnitKind.CLOSER);
        assertThat(closer.provenance().sourceLine()).isEqualTo(51);
        assertThat(closer.attributes().get("signatories")).containsExactly("V. Molotov", "M. Suslov");
        assertThat(closer.attribute("dateline")).isEqualTo("17 January 1955");
        assertThat(closer.attributes().get("registryNos")).containsExactly("outgoing:83/M");
        assertThat(closer.attribute("authentication")).isEqualTo("[illegible signature]");
        assertThat(text(closer)).startsWith("V. Molotov").endsWith("[illegible signature]");
    }

    @Test
    void readsTheDraftResolutionWithBlankCopyNumberHeadingAndNumberedList() {
        Unit b = Trees.find(root, "B");
        assertThat(kinds(b)).containsExactly(UnitKind.OPENER, UnitKind.HEADING, UnitKind.LIST, UnitKind.PARAGRAPH);
        assertThat(b.attributes().get("classification")).containsExactly("Secret");
        assertThat(b.attributes().get("copyNo")).containsExactly("BLANK");
        assertThat(b.attributes()).doesNotContainKey("status");
        Unit heading = Trees.find(root, "B/heading");
        assertThat(heading.attribute("title")).isEqualTo("CPSU CC RESOLUTION");
        assertThat(heading.provenance().sourceLine()).isEqualTo(62);
        Unit list = Trees.find(root, "B/list-1");
        assertThat(list.children()).extracting(Unit::label).containsExactly("1.", "2.");
        assertThat(list.children()).extracting(Unit::kind).containsOnly(UnitKind.LIST_ITEM);
        assertThat(text(list.children().get(1))).startsWith("2. Recognize it advisable");
        assertThat(text(Trees.find(root, "B/p1"))).startsWith("Approve the attached draft instructions");
    }

    @Test
    void readsTheDraftTelegramWithStatusAndTelegramAddress() {
        Unit c = Trees.find(root, "C");
        assertThat(c.attributes().get("status")).containsExactly("draft");
        assertThat(c.attributes().get("classification")).containsExactly("Secret");
        assertThat(c.attributes().get("copyNo")).containsExactly("BLANK");
        assertThat(c.attributes().get("addressees")).containsExactly("PEKING", "TO THE SOVIET AMBASSADOR");
        assertThat(kinds(Trees.find(root, "C/opener")))
                .containsExactly(UnitKind.PARAGRAPH, UnitKind.PARAGRAPH, UnitKind.ADDRESS, UnitKind.ADDRESS);
        List<Unit> body = c.children().subList(1, c.children().size());
        assertThat(body).extracting(Unit::kind).containsOnly(UnitKind.PARAGRAPH);
        assertThat(body).hasSize(9);
        assertThat(text(body.get(0))).startsWith("Visit Zhou Enlai");
        // the page-break split paragraph is one unit
        assertThat(text(body.get(5))).contains("lives of the broad popular masses");
        assertThat(text(body.get(8))).isEqualTo("Reports results by telegraph.");
        assertThat(kinds(c)).doesNotContain(UnitKind.CLOSER);
    }

    @Test
    void readsTheSameTreeWithTheApparatusParsersAnnotations() {
        String plain = body.text().plain();
        int stamp = plain.indexOf("[Stamp:");
        int restored = plain.indexOf("[[Kuz]]");
        int handwriting = plain.indexOf("[handwriting:");
        int sourceNote = plain.indexOf("AVPRF");
        Provenance p = Provenance.of("apparatus", "fixture");
        List<Annotation> annotations = List.of(
                new Annotation.Supplied(span(restored, "[[Kuz]]"), "[[Kuz]]", "Kuz", "restored", Set.of(), p),
                new Annotation.HandwrittenAddition(span(handwriting, "[handwriting: Mao Zedong [[the remainder is "
                        + "illegible]]"), "", "handwriting", "Mao Zedong", Set.of("unclosed-bracket"), p),
                new Annotation.Stamp(new Span(stamp, plain.indexOf(']', plain.indexOf("367vn")) + 1), "", "Stamp",
                        null, "", Set.of(), p),
                new Annotation.EditorialSourceNote(span(sourceNote, "AVPRF F. 0102 Op. 11 P. 65 D. 45"), "",
                        Set.of(), p));
        Unit annotated = Trees.analyze(body, annotations);
        assertThat(kinds(Trees.find(annotated, "A/opener"))).containsExactly(UnitKind.PARAGRAPH, UnitKind.STAMP,
                UnitKind.EDITORIAL_SOURCE_NOTE, UnitKind.ANNOTATION, UnitKind.ADDRESS);
        assertThat(Trees.find(annotated, "A/opener/annotation-1").attribute("apparatus")).isEqualTo("handwritten");
        assertThat(annotated.flatten().map(Unit::id).toList()).isEqualTo(root.flatten().map(Unit::id).toList());
    }

    private static Span span(int start, String surface) {
        assertThat(body.text().plain().startsWith(surface, start)).isTrue();
        return new Span(start, start + surface.length());
    }

    @Test
    void spansNestAndPointBackToTheirSourceLines() {
        UnitInvariants.check(root, body.text(), Shared.read(Shared.seed115797()));
    }
}
