package org.fond.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fond.ingest.Rejection;
import org.fond.search.SearchIndex;
import org.fond.store.Archive;
import org.fond.web.ArchiveHoldings;

/**
 * The library as the web server sees it: reads from its archive and index, and an ingest through
 * the API that goes the way of {@code fond ingest} (catalog first, then the index). One ingest at
 * a time: the archive's write lock allows no more. The authority is the library's, loaded on first use.
 */
final class LibraryHoldings extends ArchiveHoldings {
    private final Library library;

    LibraryHoldings(Library library, Archive archive, SearchIndex index) {
        super(archive, index, library::authority);
        this.library = library;
    }

    /** The finder of ingest and {@code fond annotate}, the library's own: one dictionary in memory. */
    @Override
    public org.fond.enrich.mentions.MentionFinder mentionFinder() {
        return library.finder();
    }

    @Override
    public synchronized IngestOutcome ingest(String fileName, byte[] bytes) {
        String name = Path.of(fileName).getFileName().toString();
        try {
            Path dir = Files.createTempDirectory("fond-upload");
            Path file = dir.resolve(name.isBlank() || name.startsWith(".") ? "upload" : name);
            try {
                Files.write(file, bytes);
                Library.IngestReport report = library.ingest(List.of(file), null, Library.DEFAULT_BATCH,
                        new Progress(null, false));
                return new IngestOutcome(report.records(), report.added(), report.newVersions(),
                        report.rejections().stream().map(Rejection::message).toList());
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
