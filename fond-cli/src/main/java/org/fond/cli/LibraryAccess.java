package org.fond.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.fond.ingest.Rejection;
import org.fond.ingest.SourceFile;
import org.fond.search.SearchRequest;
import org.fond.search.SearchResult;
import org.fond.search.lucene.LuceneSearchIndex;

/**
 * The archive as the {@code fond} commands use it, opened for tools outside this package (the
 * benchmark), so that they measure the very path {@code fond ingest} and {@code fond search} take
 * rather than a copy of it. A thin door onto the package-private {@link Library}.
 */
public final class LibraryAccess implements AutoCloseable {
    private final Library library;

    private LibraryAccess(Library library) {
        this.library = library;
    }

    /** Opens (creating if needed) the archive in {@code dir}, catching its index up as the commands do. */
    public static LibraryAccess open(Path dir) {
        return new LibraryAccess(Library.open(dir));
    }

    /**
     * Opens the archive in {@code dir} with the index's answer caches off: every search is computed
     * when asked, so a benchmark that repeats its queries times the search, not a cache look-up.
     */
    public static LibraryAccess openUncached(Path dir) {
        return new LibraryAccess(Library.open(dir, LuceneSearchIndex.CacheSizes.NONE));
    }

    /**
     * What one ingest did: records stored, source bytes read, files rejected, elapsed time, the CPU
     * the ingesting thread spent storing (catalog and originals), and the CPU its reading of files and
     * its indexing took.
     */
    public record Ingested(int files, int records, int added, List<Rejection> rejections, long bytes, long nanos,
                           long storeCpuNanos, long readCpuNanos, long indexCpuNanos) {
    }

    /**
     * Ingests the files {@code source} pushes to its sink, {@code batchSize} files per transaction,
     * as {@code fond ingest} does for files found on disk; returns what could not be unpacked.
     */
    public Ingested ingest(java.util.function.Function<Consumer<SourceFile>, List<Rejection>> source, int batchSize) {
        Library.IngestReport r = library.ingest(source::apply, null, batchSize, new Progress(null, false));
        return new Ingested(r.files(), r.records(), r.added(), r.rejections(), r.bytes(), r.nanos(), r.storeCpuNanos(),
                r.readCpuNanos(), r.indexCpuNanos());
    }

    /** CPU time per stage of ingest (nanoseconds on one thread) over a number of records. */
    public record StageTimes(long records, long read, long names, long entries, long index) {
    }

    /**
     * Takes {@code files} through ingest's stages on the calling thread, timing each on its CPU clock:
     * read and analysis, names, the catalog entry's JSON, indexing. Records go into this archive's
     * index, not its catalog: an archive to measure with, not to keep.
     */
    public StageTimes timeStages(List<SourceFile> files) {
        return library.timeStages(files);
    }

    public SearchResult search(SearchRequest request) {
        return library.search(request);
    }

    @Override
    public void close() {
        library.close();
    }
}
