package org.fond.enrich.mentions.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.fond.core.model.Record;
import org.fond.core.reference.ReferenceScheme;
import org.fond.core.testing.Shared;
import org.fond.ingest.Readers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The DAFP reference and date measures on two real volumes (the bench main runs all eighteen). */
class DafpEvalTest {
    /** Floors at or just under what was measured on volumes 14 and 21 (references 0.995 of 192 held and
     * 0.387 of 493 overall, dates 0.9905 of 526); the date floor is the target. */
    private static final double HELD_FLOOR = 0.99;
    private static final double OVERALL_FLOOR = 0.38;
    private static final double DATE_FLOOR = 0.99;
    private static final List<Record> RECORDS = new ArrayList<>();

    @BeforeAll
    static void read() {
        for (int volume : List.of(14, 21)) {
            RECORDS.addAll(Readers.standard().readAll(Shared.path("corpus/dafp/dafp-volume-" + volume + ".tar.gz"))
                    .records());
        }
    }

    @Test
    void parsesTheCatalogueReferencesTheTextHolds() {
        var report = DafpReferenceEval.run(RECORDS);
        System.out.printf("DAFP 14+21 references: %.4f of %d overall, %.4f of %d held%n", report.rate(),
                report.gold(), report.heldRate(), report.held());
        assertThat(report.gold()).isGreaterThan(450);
        assertThat(report.held()).isLessThanOrEqualTo(report.gold()).isGreaterThan(report.gold() / 10);
        assertThat(report.heldRate()).isGreaterThanOrEqualTo(HELD_FLOOR);
        assertThat(report.rate()).isGreaterThanOrEqualTo(OVERALL_FLOOR);
        assertThat(report.misses()).allSatisfy(m -> assertThat(m.found()).isFalse());
    }

    @Test
    void readsTheDocumentDateFromTheDateline() {
        var report = DafpDateEval.run(RECORDS);
        System.out.printf("DAFP 14+21 dates: %.4f of %d%n", report.rate(), report.dated());
        assertThat(report.dated()).isGreaterThan(500);
        assertThat(report.rate()).isGreaterThanOrEqualTo(DATE_FLOOR);
    }

    @Test
    void readsCatalogueEntriesInTheOrderTheFrontMatterGivesThem() {
        Record r = RECORDS.stream().filter(x -> x.id().equals("dafp:14/278")).findFirst().orElseThrow();
        assertThat(DafpReferenceEval.catalogue(r))
                .containsExactly(new ReferenceScheme.NaaItem("A3318", "L1949/3/1/22", null));
        // the document cites L49/3/1/22: the catalogue's form is not in the text, so it is not held
        assertThat(DafpReferenceEval.held(r.text().plain(), DafpReferenceEval.catalogue(r).getFirst())).isFalse();
        assertThat(DafpReferenceEval.held(r.text().plain(), new ReferenceScheme.NaaItem("A3318", "L49/3/1/22", null)))
                .isTrue();
    }

    @Test
    void matchesASeriesCitedWithItsAccessionButNotAnotherSeries() {
        assertThat(DafpReferenceEval.sameSeries("A1838/2", "A1838")).isTrue();
        assertThat(DafpReferenceEval.sameSeries("A1838 T189", "A1838")).isTrue();
        assertThat(DafpReferenceEval.sameSeries("A.1068", "A1068")).isTrue();
        // a catalogue series with a slash part of its own is not met by a citation that lacks it
        assertThat(DafpReferenceEval.sameSeries("CP290", "CP290/6")).isFalse();
        assertThat(DafpReferenceEval.sameSeries("CP290/6/1", "CP290/6")).isFalse();
        assertThat(DafpReferenceEval.sameSeries("A18382", "A1838")).isFalse();
        assertThat(DafpReferenceEval.sameSeries("A1838/2", "A1068")).isFalse();
    }
}
