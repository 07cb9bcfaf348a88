package org.fond.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.fond.core.testing.Shared;
import org.fond.ingest.Readers;
import org.fond.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch ends at {@link Library#BATCH_BYTES} of files as well as at its number of files, so that
 * 200 FRUS volumes are not held in memory at once: the seven volumes of the corpus (19 MB read)
 * go in several transactions, as many as the bound gives, and every record is stored and found.
 */
class BatchBoundsTest {
    @TempDir
    Path tmp;

    @Test
    void theFrusVolumesGoInAsManyBatchesAsTheByteBoundGivesAndAllAreStored() throws Exception {
        List<Path> volumes;
        try (Stream<Path> s = Files.list(Shared.path("corpus/frus-tei"))) {
            volumes = s.filter(p -> p.toString().endsWith(".xml.gz")).sorted().toList();
        }
        assertThat(volumes).hasSize(7);
        // the expected batches, from the sizes of the files as read (decompressed)
        List<Long> sizes = new ArrayList<>();
        int records = 0;
        Readers readers = Readers.standard();
        for (Path v : volumes) {
            List<Integer> counts = new ArrayList<>();
            readers.expand(v, file -> {
                sizes.add((long) file.size());
                counts.add(readers.read(file).records().size());
            });
            records += counts.stream().mapToInt(Integer::intValue).sum();
        }
        int expectedBatches = 0;
        long bytes = 0;
        for (int i = 0; i < sizes.size(); i++) {
            bytes += sizes.get(i);
            if (bytes >= Library.BATCH_BYTES || i == sizes.size() - 1) {
                expectedBatches++;
                bytes = 0;
            }
        }
        assertThat(sizes.stream().mapToLong(Long::longValue).sum()).isGreaterThan(2 * Library.BATCH_BYTES);
        assertThat(expectedBatches).isBetween(2, 6);

        try (Library library = Library.open(tmp.resolve("archive"))) {
            Library.IngestReport report = library.ingest(volumes, null, Library.DEFAULT_BATCH, new Progress(null, false));
            assertThat(report.added()).isEqualTo(records).isGreaterThan(2000);
            assertThat(report.rejections()).isEmpty();
            // each committed batch that changed something is one catalog generation
            assertThat(library.stats().catalog().generation()).isEqualTo(expectedBatches);
            assertThat(library.stats().indexDocuments()).isEqualTo(records);
            assertThat(library.search(new SearchRequest("Nicaragua", 10)).total()).isPositive();
        }
    }
}
