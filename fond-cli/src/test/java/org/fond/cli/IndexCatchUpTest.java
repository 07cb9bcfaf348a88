package org.fond.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fond.core.testing.Shared;
import org.fond.ingest.ReadResult;
import org.fond.ingest.Readers;
import org.fond.ingest.SourceFile;
import org.fond.search.SearchRequest;
import org.fond.store.Archive;
import org.fond.store.Batch;
import org.fond.store.CatalogEntry;
import org.fond.store.Original;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index behind its catalog (an ingest killed after a catalog commit, before the index's) takes
 * only the records stored after its stamp when the library opens, not the whole archive again.
 */
class IndexCatchUpTest {
    @TempDir
    Path tmp;

    @Test
    void anIndexBehindTheCatalogTakesOnlyTheRecordsStoredAfterItsStamp() throws Exception {
        Path dir = tmp.resolve("archive");
        try (Library library = Library.open(dir)) {
            Library.IngestReport first = library.ingest(List.of(Shared.seed115956()), null, 10, new Progress(null, false));
            assertThat(first.added()).isEqualTo(1);
        }
        // the second seed reaches the catalog and not the index, as when an ingest dies between the two
        Path second = Shared.seed115797();
        SourceFile file = new SourceFile(second.getFileName().toString(), Files.readAllBytes(second));
        ReadResult read = Readers.standard().read(file);
        try (Archive archive = Archive.open(dir); Batch batch = archive.begin()) {
            batch.add(new Original(file.path(), file.bytes(), read.records().get(0).source().format()),
                    read.records().stream().map(CatalogEntry::of).toList());
            batch.commit();
        }
        try (Library library = Library.open(dir)) {
            assertThat(library.caughtUpOnOpen).isEqualTo(1);
            assertThat(library.stats().indexDocuments()).isEqualTo(2);
            assertThat(library.search(new SearchRequest("Suslov", 10)).total()).isEqualTo(1);
            assertThat(library.search(new SearchRequest("Puzanov", 10)).total()).isEqualTo(1);
        }
        try (Library library = Library.open(dir)) {
            assertThat(library.caughtUpOnOpen).as("in step now").isZero();
        }
    }

    @Test
    void anIndexOfUnknownStateIsRebuiltWhole() throws Exception {
        Path dir = tmp.resolve("archive");
        try (Library library = Library.open(dir)) {
            library.ingest(List.of(Shared.seed115956(), Shared.seed115797()), null, 1, new Progress(null, false));
        }
        try (var files = Files.walk(dir.resolve("index"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        try (Library library = Library.open(dir)) {
            assertThat(library.caughtUpOnOpen).isEqualTo(2);
            assertThat(library.stats().indexDocuments()).isEqualTo(2);
        }
    }
}
