package org.fond.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fond.core.model.Record;
import org.fond.ingest.ReadResult;
import org.fond.ingest.Readers;
import org.fond.ingest.SourceFile;
import org.fond.core.testing.Shared;
import org.junit.jupiter.api.Test;

/** Copies of real files read as the same records under new ids. */
class ReplicatorTest {
    private final Readers readers = Readers.standard();

    @Test
    void frusCopyKeepsTheTextAndGivesNewIdsAndMovedDates() {
        List<SourceFile> files = readers.expand(Shared.path("corpus/frus-tei/frus1894Nicaragua.xml.gz")).files();
        SourceFile original = files.get(0);
        ReadResult base = readers.read(original);
        ReadResult copy = readers.read(new SourceFile("copy.xml", Replicator.FRUS_TEI.copy(original.bytes(), 3)));

        assertThat(copy.rejections()).isEmpty();
        assertThat(copy.records()).hasSameSizeAs(base.records());
        Record a = base.records().get(5);
        Record b = copy.records().get(5);
        assertThat(b.id()).isNotEqualTo(a.id()).contains("-r3");
        assertThat(b.text().plain()).isEqualTo(a.text().plain());
        long moved = copy.records().stream().filter(r -> r.date() != null).map(r -> r.date().edtf())
                .filter(e -> base.records().stream().noneMatch(o -> o.date() != null && e.equals(o.date().edtf())))
                .count();
        assertThat(moved).as("dates moved by " + Replicator.FRUS_TEI.yearShift(3) + " years").isPositive();
    }

    @Test
    void wcdaCopiesReadUnderNewRecordNumbers() {
        for (String p : List.of("corpus/wcda/wilson_archive_sample.csv", "corpus/wcda/digitalarchive_transcript_33548.json",
                "seeds/000_5143e979d6764e61.txt")) {
            SourceFile original = readers.expand(Shared.path(p)).files().get(0);
            ReadResult base = readers.read(original);
            Replicator replicator = Replicator.of(base.records().get(0).source().format());
            ReadResult copy = readers.read(new SourceFile(original.path(), replicator.copy(original.bytes(), 2)));
            assertThat(copy.records()).as(p).hasSameSizeAs(base.records());
            assertThat(copy.records()).extracting(Record::id).as(p)
                    .doesNotContainAnyElementsOf(base.records().stream().map(Record::id).toList());
        }
    }
}
