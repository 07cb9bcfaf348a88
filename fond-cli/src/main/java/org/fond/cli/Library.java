package org.fond.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;
import org.fond.core.model.Record;
import org.fond.enrich.authority.Authority;
import org.fond.enrich.mentions.MentionFinder;
import org.fond.ingest.ReadResult;
import org.fond.ingest.Readers;
import org.fond.ingest.Rejection;
import org.fond.ingest.SourceFile;
import org.fond.search.SearchIndex;
import org.fond.search.SearchRequest;
import org.fond.search.SearchResult;
import org.fond.search.lucene.LuceneSearchIndex;
import org.fond.store.Archive;
import org.fond.store.Batch;
import org.fond.store.CatalogEntry;
import org.fond.store.CatalogStats;
import org.fond.store.FileOutcome;
import org.fond.store.Original;
import org.fond.store.StoredRecord;
import org.fond.web.CatalogTexts;

/**
 * An archive directory as the CLI uses it: the catalog and originals ({@link Archive}) and the
 * search index beside them, kept in step. The catalog is committed batch by batch; the index takes
 * each batch's records after its catalog commit and is committed, stamped with the catalog generation
 * it holds, every {@link #INDEX_COMMIT_SECONDS} seconds of an ingest and at its end, as Solr commits
 * on a timer: a commit per batch flushed small segments that Lucene then merged and merged again
 * (at 100k records the timer takes ingest from 211 to 166 s of CPU). An index that is behind (a
 * process killed before its commit) catches up when the library opens, from the originals of the
 * records stored after its stamp; one of unknown state (deleted, of an older format) is rebuilt.
 */
final class Library implements AutoCloseable {
    static final int DEFAULT_BATCH = 200;
    /**
     * A batch also ends once its files hold this many bytes: what a batch reads stays in memory until
     * it is stored and indexed, two batches at a time, and a FRUS volume of 3 MB reads as 300 records;
     * 200 of them in one batch would not fit the 1 GB heap {@code bin/fond} gives. At 100k records of
     * the bench, batches of 8 volumes held a live heap of 501 MiB, of 2 volumes 304 MiB, at the same speed.
     */
    static final long BATCH_BYTES = 4L << 20;
    /** How long an ingest lets the index go uncommitted: what a killed ingest's next open indexes again, at most. */
    static final long INDEX_COMMIT_SECONDS = 30;
    /** Records an indexing task of an ingest takes: enough to make a task's overhead nothing, few enough to share a batch out. */
    static final int INDEX_TASK = 32;
    /** This thread's CPU clock, for what an ingest spends storing. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private final Archive archive;
    private final SearchIndex index;
    private final ArchiveAuthority.Lazy authority;
    private final Readers readers = Readers.standard();
    private volatile MentionFinder finder;
    /** How many records the index took from the catalog when this library opened (0: it was in step). */
    long caughtUpOnOpen;
    /** Records longer than this (whole flat volumes) are stored and indexed without name finding. */
    static final int MAX_ENRICHED_CHARS = 1_000_000;

    private Library(Archive archive, SearchIndex index, ArchiveAuthority.Lazy authority) {
        this.archive = archive;
        this.index = index;
        this.authority = authority;
    }

    /** Opens (creating if needed) the archive in {@code dir}. */
    static Library open(Path dir) {
        return open(dir, LuceneSearchIndex.CacheSizes.DEFAULT);
    }

    /** Opens the archive in {@code dir} with the index's answer caches sized as given ({@code NONE}: off). */
    static Library open(Path dir, LuceneSearchIndex.CacheSizes caches) {
        Archive archive = Archive.open(dir);
        try {
            ArchiveAuthority.Lazy authority = new ArchiveAuthority.Lazy(dir);
            Library library = new Library(archive,
                    LuceneSearchIndex.open(dir.resolve("index"), new CatalogTexts(archive), authority, caches), authority);
            library.caughtUpOnOpen = library.catchUpIndex(null);
            return library;
        } catch (RuntimeException e) {
            archive.close();
            throw e;
        }
    }

    /** Opens an archive that must already exist: reading commands never create one by accident. */
    static Library openExisting(Path dir) {
        if (!Files.isRegularFile(dir.resolve("catalog.sqlite"))) {
            throw new UserError("no archive at " + dir.toAbsolutePath()
                    + " (create one with: fond ingest PATH --archive " + dir + ")", Fond.USAGE);
        }
        return open(dir);
    }

    Path directory() {
        return archive.directory();
    }

    /** The archive's authority: the stored one, else the seed authority (see {@link ArchiveAuthority}). */
    Authority authority() {
        return authority.get();
    }

    /**
     * What one ingest run did. {@code storeCpuNanos}: the CPU the ingesting thread spent storing
     * (catalog rows, originals, commits), apart from reading and indexing; {@code readCpuNanos} and
     * {@code indexCpuNanos}: the CPU its reading of files and its indexing took, on whichever threads.
     */
    record IngestReport(int files, int records, int added, int unchanged, int newVersions, List<Rejection> rejections,
                        long bytes, long nanos, long storeCpuNanos, long readCpuNanos, long indexCpuNanos) {
    }

    /**
     * Reads every file under {@code inputs}, streaming: files are read, stored and indexed
     * {@code batchSize} at a time (fewer when they reach {@link #BATCH_BYTES}), the catalog committed
     * before the index.
     */
    IngestReport ingest(List<Path> inputs, String format, int batchSize, Progress progress) {
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new UserError("no such file or folder: " + input, Fond.USAGE);
            }
        }
        return ingest(sink -> {
            List<Rejection> unpacked = new ArrayList<>();
            for (Path input : inputs) {
                unpacked.addAll(readers.expand(input, sink));
            }
            return unpacked;
        }, format, batchSize, progress);
    }

    /** Where an ingest's files come from: pushes each to the sink, returns what could not be unpacked. */
    @FunctionalInterface
    interface FileSource {
        List<Rejection> feed(java.util.function.Consumer<SourceFile> sink);
    }

    /** Ingests the files {@code source} pushes, in order, exactly as {@link #ingest(List, String, int, Progress)}. */
    IngestReport ingest(FileSource source, String format, int batchSize, Progress progress) {
        IngestRun run = new IngestRun(format, batchSize, progress);
        try {
            run.rejections.addAll(source.feed(run::accept));
            run.finish();
        } catch (RuntimeException e) {
            run.salvage(e);
            throw e;
        } finally {
            run.pool.shutdownNow();
        }
        progress.done();
        return new IngestReport(run.files, run.records, run.added, run.unchanged, run.newVersions,
                List.copyOf(run.rejections), run.bytes, System.nanoTime() - run.started, run.storeCpuNanos,
                run.pool.readCpuNanos(), run.pool.indexCpuNanos());
    }

    /** A file read and its catalog entries made: the pure part of ingest, done on the reading threads. */
    private record Prepared(SourceFile file, ReadResult read, List<CatalogEntry> entries) {
    }

    /**
     * The state of one ingest: the batches in flight and the running counts. Files are read (parsed,
     * analysed, turned into catalog entries) on reading threads as they arrive, while this thread
     * stores the batch before, in file order, and indexing threads index it ({@link IngestPool}): the
     * catalog is the same as if everything were done one file after the other, only sooner.
     */
    private final class IngestRun {
        final long started = System.nanoTime();
        final String format;
        final int batchSize;
        final Progress progress;
        final IngestPool pool = IngestPool.forCores(Runtime.getRuntime().availableProcessors());
        /** The batch being filled; its files are being read already. */
        List<Future<Prepared>> filling = new ArrayList<>();
        /** The bytes of the files in {@link #filling}. */
        long fillingBytes;
        /** The batch filled before it, stored when the next one is full: reading goes on meanwhile. */
        List<Future<Prepared>> full = List.of();
        final List<Rejection> rejections = new ArrayList<>();
        /** The catalog generation whose records are all in the index, committed or not; -1 before the first. */
        long indexed = -1;
        long lastIndexCommit = System.nanoTime();
        int files;
        int records;
        int added;
        int unchanged;
        int newVersions;
        long bytes;
        long storeCpuNanos;

        IngestRun(String format, int batchSize, Progress progress) {
            this.format = format;
            this.batchSize = batchSize;
            this.progress = progress;
            // the name finder (authority and model) takes seconds to build: start it now, beside the
            // reading of the first files, rather than when the first read record needs it (one reading
            // thread building it while the other waits on it)
            Thread.ofPlatform().daemon().name("fond-names").start(() -> {
                try {
                    finder();
                } catch (RuntimeException e) {
                    // the first record to need it builds it again and reports the failure
                }
            });
        }

        void accept(SourceFile file) {
            filling.add(pool.read(() -> prepare(file)));
            fillingBytes += file.size();
            if (filling.size() >= batchSize || fillingBytes >= BATCH_BYTES) {
                storeFull();
                full = filling;
                filling = new ArrayList<>();
                fillingBytes = 0;
            }
        }

        /** Stores what is left, the full batch and then the one being filled, and commits the index. */
        void finish() {
            storeFull();
            full = filling;
            filling = new ArrayList<>();
            storeFull();
            if (index.catalogGeneration() != archive.generation()) {
                index.commit(archive.generation());
            }
        }

        /**
         * After a failure: the index is committed under the last generation it holds whole, so the next
         * open indexes only what came after (a batch half indexed is indexed again, which changes nothing).
         */
        void salvage(RuntimeException failure) {
            if (indexed > index.catalogGeneration()) {
                try {
                    index.commit(indexed);
                } catch (RuntimeException again) {
                    failure.addSuppressed(again);
                }
            }
        }

        private Prepared prepare(SourceFile file) {
            ReadResult read = Library.this.read(file, format);
            return new Prepared(file, read, read.records().stream().map(CatalogEntry::of).toList());
        }

        /** Stores and indexes the full batch, in file order: catalog committed first, then the index. */
        private void storeFull() {
            if (full.isEmpty()) {
                return;
            }
            List<Record> changed = new ArrayList<>();
            long cpu = CPU.getCurrentThreadCpuTime();
            try (Batch batch = archive.begin()) {
                for (Future<Prepared> f : full) {
                    Prepared p = IngestPool.join(f);
                    files++;
                    bytes += p.file().size();
                    progress.update(files, -1, p.file().path());
                    rejections.addAll(p.read().rejections());
                    if (!p.read().records().isEmpty()) {
                        store(batch, p, changed);
                    }
                }
                batch.commit();
            }
            storeCpuNanos += CPU.getCurrentThreadCpuTime() - cpu;
            full = List.of();
            if (!changed.isEmpty()) {
                indexAll(changed);
                indexed = archive.generation();
                if (System.nanoTime() - lastIndexCommit >= INDEX_COMMIT_SECONDS * 1_000_000_000L) {
                    index.commit(indexed);
                    lastIndexCommit = System.nanoTime();
                }
            }
        }

        /**
         * Indexes the batch's new records on the indexing threads, {@link #INDEX_TASK} records a task
         * (Lucene's writer takes documents from many threads at once). When one id occurs twice (two
         * versions in one batch) the order decides which version the index keeps, so then they go
         * one by one, in one task.
         */
        private void indexAll(List<Record> changed) {
            Set<String> ids = new HashSet<>();
            boolean distinct = changed.stream().allMatch(r -> ids.add(r.id()));
            int size = distinct ? INDEX_TASK : changed.size();
            List<Runnable> tasks = new ArrayList<>();
            for (int from = 0; from < changed.size(); from += size) {
                List<Record> part = changed.subList(from, Math.min(changed.size(), from + size));
                tasks.add(() -> part.forEach(index::index));
            }
            pool.indexAll(tasks);
        }

        private void store(Batch batch, Prepared prepared, List<Record> changed) {
            List<Record> read = prepared.read().records();
            SourceFile file = prepared.file();
            String fileFormat = read.get(0).source().format();
            // a source file's bytes are never changed once read (SourceFile's contract): stored without a copy
            FileOutcome outcome = batch.add(Original.ofUnchanging(file.path(), file.bytes(), fileFormat),
                    prepared.entries());
            Map<String, Record> byId = new HashMap<>();
            read.forEach(r -> byId.put(r.id(), r));
            for (FileOutcome.RecordOutcome r : outcome.records()) {
                records++;
                switch (r.change()) {
                    case NEW -> { added++; changed.add(byId.get(r.recordId())); }
                    case UNCHANGED -> unchanged++;
                    case NEW_VERSION -> { newVersions++; changed.add(byId.get(r.recordId())); }
                }
            }
        }
    }

    /** Rebuilds the index from the originals of the current records; returns the number indexed. */
    long reindex(Progress progress) {
        index.deleteAll();
        long n = indexFromOriginals(progress, -1);
        index.commit(archive.generation());
        return n;
    }

    /**
     * Brings the index up to the catalog when they differ: an index stamped with an earlier generation
     * takes the records stored after it; any other (none, another format, one ahead of a catalog put
     * back from a copy) is rebuilt. Returns the number of records indexed.
     */
    private long catchUpIndex(Progress progress) {
        long at = index.catalogGeneration();
        long catalog = archive.generation();
        if (at == catalog) {
            return 0;
        }
        Progress shown = progress == null ? new Progress(null, false) : progress;
        if (at < 0 || at > catalog) {
            return reindex(shown);
        }
        long n = indexFromOriginals(shown, at);
        index.commit(catalog);
        return n;
    }

    /**
     * Re-derives the records stored after generation {@code after} (all: -1) from the originals the
     * catalog keeps (each original read once, however many records it holds) so the index reflects
     * the analysis code as it is now.
     */
    private long indexFromOriginals(Progress progress, long after) {
        Map<String, Set<String>> wantedByOriginal = new LinkedHashMap<>();
        Map<String, String> formatByOriginal = new HashMap<>();
        Map<String, String> pathByOriginal = new HashMap<>();
        try (var records = archive.recordsAfter(after)) {
            records.forEach(r -> {
                wantedByOriginal.computeIfAbsent(r.originalSha256(), k -> new java.util.HashSet<>()).add(r.recordId());
                formatByOriginal.put(r.originalSha256(), r.sourceFormat());
                pathByOriginal.put(r.originalSha256(), r.originalPath());
            });
        }
        long n = 0;
        int done = 0;
        for (var e : wantedByOriginal.entrySet()) {
            progress.update(done++, wantedByOriginal.size(), pathByOriginal.get(e.getKey()));
            SourceFile file = new SourceFile(pathByOriginal.get(e.getKey()), archive.original(e.getKey()));
            ReadResult read = read(file, formatByOriginal.get(e.getKey()));
            for (Record r : read.records()) {
                if (e.getValue().contains(r.id())) {
                    index.index(r);
                    n++;
                }
            }
        }
        progress.done();
        return n;
    }

    /**
     * Reads a file ({@code format} null: detected) and finds the names in its records: the one read path
     * of ingest and reindex, so that an index rebuilt from the originals has the mentions ingest gave.
     */
    private ReadResult read(SourceFile file, String format) {
        return withNames(format == null ? readers.read(file) : readers.read(file, format));
    }

    /** The records read with the names found in them. */
    private ReadResult withNames(ReadResult read) {
        if (read.records().isEmpty()) {
            return read;
        }
        MentionFinder finder = finder();
        List<Record> enriched = new ArrayList<>(read.records().size());
        for (Record r : read.records()) {
            // A flat FRUS volume is one multi-megabyte record kept for full-text search only: the reader
            // does not analyse it, and names are not looked for in it either.
            enriched.add(r.text().plain().length() > MAX_ENRICHED_CHARS ? r : Enrichment.enrich(finder, r));
        }
        return new ReadResult(enriched, read.rejections());
    }

    /**
     * Takes each file through ingest's stages one after the other on this thread, timing each on the
     * thread's CPU clock: reading and analysis, names, the catalog entry (its JSON), indexing (into
     * this library's index, committed at the end, not timed). The catalog itself is not written.
     */
    LibraryAccess.StageTimes timeStages(List<SourceFile> files) {
        var clock = java.lang.management.ManagementFactory.getThreadMXBean();
        long records = 0;
        long read = 0;
        long names = 0;
        long entries = 0;
        long indexing = 0;
        for (SourceFile file : files) {
            long t0 = clock.getCurrentThreadCpuTime();
            ReadResult raw = readers.read(file);
            long t1 = clock.getCurrentThreadCpuTime();
            ReadResult named = withNames(raw);
            long t2 = clock.getCurrentThreadCpuTime();
            for (Record r : named.records()) {
                CatalogEntry.of(r);
            }
            long t3 = clock.getCurrentThreadCpuTime();
            for (Record r : named.records()) {
                index.index(r);
            }
            long t4 = clock.getCurrentThreadCpuTime();
            records += named.records().size();
            read += t1 - t0;
            names += t2 - t1;
            entries += t3 - t2;
            indexing += t4 - t3;
        }
        index.commit(archive.generation());
        return new LibraryAccess.StageTimes(records, read, names, entries, indexing);
    }

    /** The archive's name finder (its authority and model), built on first use and shared. */
    MentionFinder finder() {
        MentionFinder f = finder;
        if (f == null) {
            synchronized (this) {
                f = finder;
                if (f == null) {
                    f = Enrichment.finder(authority.get(), directory().resolve(Enrichment.MODEL_FILE));
                    finder = f;
                }
            }
        }
        return f;
    }

    /** What the web server reads: this library's catalog and index, and its ingest for token-holding writers. */
    org.fond.web.Holdings holdings() {
        return new LibraryHoldings(this, archive, index);
    }

    /** Every record's current stored JSON, streamed from the catalog; close the stream. */
    java.util.stream.Stream<StoredRecord> storedRecords() {
        return archive.records();
    }

    Optional<String> recordJson(String id) {
        return archive.record(id).map(StoredRecord::json);
    }

    org.fond.search.Browse browse(List<String> path) {
        return index.browse(path);
    }

    SearchResult search(SearchRequest request) {
        return index.search(request);
    }

    List<org.fond.search.Hit> moreLikeThis(String recordId, int limit) {
        return index.moreLikeThis(recordId, limit);
    }

    List<org.fond.search.Hit> sameFile(String recordId) {
        return index.sameFile(recordId);
    }

    ArchiveStats stats() {
        CatalogStats catalog = archive.stats();
        Map<String, Long> indexByFormat = new java.util.TreeMap<>();
        for (String format : catalog.recordsBySourceFormat().keySet()) {
            indexByFormat.put(format, countInIndex("sourceFormat", format));
        }
        Map<String, Long> indexByRepository = new java.util.TreeMap<>();
        long withRepository = 0;
        for (String repository : catalog.recordsByRepository().keySet()) {
            if (!repository.isEmpty()) {
                long c = countInIndex("repository", repository);
                indexByRepository.put(repository, c);
                withRepository += c;
            }
        }
        if (catalog.recordsByRepository().containsKey("")) {
            indexByRepository.put("", index.count() - withRepository);
        }
        return new ArchiveStats(catalog, index.count(), indexByFormat, indexByRepository);
    }

    private long countInIndex(String field, String value) {
        return index.search(new SearchRequest(field + ":\"" + value.replace("\"", "\\\"") + "\"", 0)).total();
    }

    @Override
    public void close() {
        try {
            index.close();
        } finally {
            archive.close();
        }
    }
}
