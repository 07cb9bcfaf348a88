package org.fond.core.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fond.core.model.Unit;
import org.fond.core.model.UnitKind;
import org.fond.core.testing.Shared;
import org.fond.core.text.NormalisedText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The unit tree of seed S1 (record 115956, MODEL.md §4.3): an excerpt of an ambassador's journal. */
class JournalStructureTest {
    private static NormalisedText body;
    private static Unit root;

    @BeforeAll
    static void read() {
        body = Trees.seedBody(Shared.seed115956());
        root = Trees.analyze(body);
    }

    private static String text(Unit unit) {
        return unit.span().of(body.text().plain());
    }

    @Test
    void hasNoSubDocumentsButHeadingAnnotationOmissionAndOneEntry() {
        assertThat(root.kind()).isEqualTo(UnitKind.DOCUMENT);
        assertThat(root.children()).extracting(Unit::kind).containsExactly(UnitKind.HEADING, UnitKind.ANNOTATION,
                UnitKind.ANNOTATION, UnitKind.JOURNAL_ENTRY);
        assertThat(root.attributes()).isEmpty();
    }

    @Test
    void takesTheRunOnTitleLinesIntoTheHeading() {
        Unit heading = root.children().get(0);
        assertThat(heading.provenance().sourceLine()).isEqualTo(30);
        assertThat(heading.attribute("title")).startsWith("JOURNAL of Soviet Ambassador")
                .contains("A. M. PUZANOV").endsWith("for the period 14 through 20 December 1957");
    }

    @Test
    void keepsTheHandwrittenRoutingNoteAndTheEditorialOmissionApart() {
        Unit note = root.children().get(1);
        assertThat(note.attribute("apparatus")).isEqualTo("handwritten");
        assertThat(text(note)).startsWith("[handwritten: To Cde. Torbenkov").endsWith("[illegible initials]]");
        Unit omission = root.children().get(2);
        assertThat(text(omission)).isEqualTo("...");
        assertThat(omission.attribute("reason")).isEqualTo("editorial-omission");
        assertThat(omission.provenance().sourceLine()).isEqualTo(38);
    }

    @Test
    void startsTheEntryAtItsDateline() {
        Unit entry = Trees.find(root, "entry");
        assertThat(entry.attribute("dateline")).isEqualTo("17 December 1957");
        assertThat(text(entry)).startsWith("17 December 1957\n\nI visited Kim Il Sung");
        assertThat(entry.span().end()).isEqualTo(body.text().plain().length());
    }

    @Test
    void readsSixOrdinalTopicsInOrder() {
        List<Unit> topics = Trees.find(root, "entry").children().stream()
                .filter(u -> u.kind() == UnitKind.TOPIC).toList();
        assertThat(topics).extracting(Unit::label)
                .containsExactly("First.", "Second.", "Third.", "Fourth.", "Fifth.", "Sixth.");
        assertThat(topics).extracting(Unit::id).containsExactly("entry/topic-1", "entry/topic-2", "entry/topic-3",
                "entry/topic-4", "entry/topic-5", "entry/topic-6");
        assertThat(topics).extracting(u -> u.provenance().sourceLine()).containsExactly(42, 44, 46, 73, 85, 87);
    }

    @Test
    void runsATopicUntilTheNextOrdinalTakingTheExchangesWithIt() {
        Unit third = Trees.find(root, "entry/topic-3");
        assertThat(third.children()).extracting(Unit::kind).startsWith(UnitKind.PARAGRAPH, UnitKind.LIST);
        assertThat(text(third)).contains("Kim Il Sung, continuing my idea, said")
                .endsWith("but sometimes without enthusiasm.");
        Unit agenda = Trees.find(root, "entry/topic-3/list-1");
        assertThat(agenda.children()).extracting(Unit::label).containsExactly("a)", "b)");
        assertThat(text(agenda.children().get(1))).isEqualTo("b) an intra-Party issue.");
        assertThat(text(Trees.find(root, "entry/topic-4"))).endsWith("their agricultural cooperatives.");
    }

    @Test
    void endsTheLastTopicBeforeTheReciprocalInformation() {
        Unit sixth = Trees.find(root, "entry/topic-6");
        assertThat(text(sixth)).startsWith("Sixth.").endsWith("discussed at the congress.");
        assertThat(sixth.children()).isEmpty();
        Unit intro = Trees.find(root, "entry/p2");
        assertThat(text(intro)).startsWith("I thanked Kim Il Sun").endsWith("the following issues:");
    }

    @Test
    void readsTheReciprocalInformationAsItsOwnListWithLabelsScopedPerList() {
        Unit list = Trees.find(root, "entry/list-1");
        assertThat(list.children()).extracting(Unit::label).containsExactly("a)", "b)", "c)");
        Unit a = list.children().get(0);
        assertThat(a.children()).extracting(u -> u.provenance().sourceLine()).containsExactly(91, 93, 97);
        assertThat(text(a)).endsWith("Kim Il Sung thanked [me] for the report.");
        assertThat(list.children().get(2).children()).isEmpty();
        // the same label in two lists names two items: identity is (unit path, label)
        Unit agendaA = Trees.find(root, "entry/topic-3/list-1/a");
        assertThat(agendaA.label()).isEqualTo(a.label());
        assertThat(agendaA.id()).isNotEqualTo(a.id());
    }

    @Test
    void readsPresenceAndDurationFromTheClosingFormula() {
        Unit entry = Trees.find(root, "entry");
        Unit closing = entry.children().get(entry.children().size() - 1);
        assertThat(closing.kind()).isEqualTo(UnitKind.PARAGRAPH);
        assertThat(closing.provenance().sourceLine()).isEqualTo(103);
        assertThat(closing.attributes().get("present")).containsExactly("Ri Dong-geon");
        assertThat(closing.attributes().get("duration")).containsExactly("PT1H30M");
        assertThat(closing.provenance().rule()).isEqualTo("closing-formula");
    }

    @Test
    void spansNestAndPointBackToTheirSourceLines() {
        UnitInvariants.check(root, body.text(), Shared.read(Shared.seed115956()));
    }
}
