package org.fond.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fond.cli.LibraryAccess;
import org.fond.ingest.SourceFile;

/**
 * One build's side of {@code fond bench stages --against JAR --interleaved}: the corpus read and an
 * archive to measure with, and one round of ingest's stages at a call. Public and reached by
 * reflection only, through the class loader of its own build: {@link StageInterleave} loads this class
 * from each of two builds and calls both in turn in one JVM, so both see the machine as it is in the
 * same seconds. Its constructor and {@link #round()} are the contract between builds; change them and
 * builds before the change cannot be compared with this one this way.
 */
public final class StageRounds implements AutoCloseable {
    private final List<SourceFile> files;
    private final long records;
    private final Path dir;
    private final LibraryAccess library;

    public StageRounds(Path shared) throws IOException {
        BaseCorpus corpus = BaseCorpus.load(shared);
        this.files = corpus.files().stream().map(BaseCorpus.BaseFile::file).toList();
        this.records = corpus.records();
        this.dir = Files.createTempDirectory("fond-bench-stages");
        this.library = LibraryAccess.open(dir);
    }

    /** The records a round reads. */
    public long records() {
        return records;
    }

    /** One pass over the corpus: records, then CPU nanoseconds of read and analysis, names, catalog entry, indexing. */
    public long[] round() {
        LibraryAccess.StageTimes t = library.timeStages(files);
        return new long[] {t.records(), t.read(), t.names(), t.entries(), t.index()};
    }

    @Override
    public void close() throws IOException {
        try {
            library.close();
        } finally {
            Cleanup.delete(dir);
        }
    }
}
