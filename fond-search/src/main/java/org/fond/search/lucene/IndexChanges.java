package org.fond.search.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;

/**
 * The writing side of the index: one {@link IndexWriter}, the commits that stamp a catalog
 * generation, and the merges Lucene runs in the background.
 *
 * <p>The writer is opened with {@code commitOnClose=false}: what the caller did not commit must not
 * be committed under an old generation. But Lucene merges in the background, after a commit and
 * also when a reader is opened (it joins small segments on refresh), and a merge finishing after
 * the last commit was then thrown away at close, so the next open started it again, for nothing:
 * a server opened on such an index merged at every start. So a finished merge is committed here
 * when no document change is waiting (the commit carries the last generation unchanged). Document
 * changes and these commits exclude each other, so a merge commit never takes a change along with it.
 */
final class IndexChanges implements Closeable {
    static final String GENERATION_KEY = "fond.catalogGeneration";
    static final String FORMAT_KEY = "fond.indexFormat";
    /** Memory for documents not yet flushed to a segment, shared by the indexing threads. */
    static final double RAM_BUFFER_MB = 64;

    private final String format;
    private final IndexWriter writer;
    /** Changes hold it shared, commits exclusively: a merge commit never runs beside a change. */
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ExecutorService committer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fond-index-merge-commit");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean pending;
    private boolean closed;
    private volatile long generation;
    private volatile IoAction afterCommit = () -> { };
    private volatile long mergeCommits;

    /** Something to do with the index that may fail on I/O. */
    @FunctionalInterface
    interface IoAction {
        void run() throws IOException;
    }

    IndexChanges(Directory directory, Analyzer analyzer, String format) throws IOException {
        this.format = format;
        this.writer = openWriter(directory, analyzer);
        this.generation = readGeneration(writer, format);
    }

    private IndexWriter openWriter(Directory directory, Analyzer analyzer) throws IOException {
        try {
            return new IndexWriter(directory, config(analyzer, IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        } catch (IndexFormatTooOldException | IndexFormatTooNewException e) {
            // the index is derived from the catalog: start afresh and let generation -1 ask for a rebuild
            return new IndexWriter(directory, config(analyzer, IndexWriterConfig.OpenMode.CREATE));
        }
    }

    private IndexWriterConfig config(Analyzer analyzer, IndexWriterConfig.OpenMode mode) {
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(mode);
        // what was not committed is not part of the index: close() must not commit it under an old generation
        config.setCommitOnClose(false);
        // Lucene's 16 MB default flushes a batch of FRUS volumes as many small segments, merged again at
        // once; a larger buffer writes fewer, larger ones (fewer merges) at a bounded cost in heap
        config.setRAMBufferSizeMB(RAM_BUFFER_MB);
        config.setMergeScheduler(new ConcurrentMergeScheduler() {
            @Override
            protected void doMerge(MergeSource source, MergePolicy.OneMerge merge) throws IOException {
                super.doMerge(source, merge);
                mergeFinished();
            }
        });
        return config;
    }

    private static long readGeneration(IndexWriter writer, String format) {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        if (!format.equals(data.get(FORMAT_KEY)) || data.get(GENERATION_KEY) == null) {
            return -1;
        }
        try {
            return Long.parseLong(data.get(GENERATION_KEY));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    IndexWriter writer() {
        return writer;
    }

    long generation() {
        return generation;
    }

    /** How many commits of merges alone this index has made since it was opened. */
    long mergeCommits() {
        return mergeCommits;
    }

    /** Runs {@code action} after every commit (the caller's or a merge's), to show the new state to searches. */
    void afterCommit(IoAction action) {
        this.afterCommit = action;
    }

    void update(Term id, Document doc) throws IOException {
        change(() -> writer.updateDocument(id, doc));
    }

    void delete(Term id) throws IOException {
        change(() -> writer.deleteDocuments(id));
    }

    void deleteAll() throws IOException {
        change(writer::deleteAll);
    }

    private void change(IoAction action) throws IOException {
        lock.readLock().lock();
        try {
            pending = true;
            action.run();
        } finally {
            lock.readLock().unlock();
        }
    }

    void commit(long catalogGeneration) throws IOException {
        lock.writeLock().lock();
        try {
            writer.setLiveCommitData(Map.of(GENERATION_KEY, Long.toString(catalogGeneration), FORMAT_KEY, format)
                    .entrySet());
            writer.commit();
            pending = false;
            generation = catalogGeneration;
            afterCommit.run();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Called on a merge thread: the commit is left to the committer, so the merge thread is free at once. */
    private void mergeFinished() {
        try {
            committer.execute(this::commitMerges);
        } catch (RejectedExecutionException e) {
            // closing: the merge is not kept, as before, and is found again at the next open
        }
    }

    /** Commits what merges changed, under the last commit's data, unless a document change is waiting. */
    void commitMerges() {
        lock.writeLock().lock();
        try {
            if (closed || pending || !writer.hasUncommittedChanges()) {
                return; // a waiting change: its own commit will carry the merges
            }
            writer.commit();
            mergeCommits++;
            afterCommit.run();
        } catch (IOException | RuntimeException e) {
            // a merge that cannot be committed now stays uncommitted, as before: the index is still whole
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Stops committing merges (one under way finishes first), so the searchers may be closed. */
    void stop() {
        lock.writeLock().lock();
        try {
            closed = true;
        } finally {
            lock.writeLock().unlock();
        }
        committer.shutdown();
        try {
            committer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Closes the writer without committing: running merges are abandoned, and found again at the next open. */
    @Override
    public void close() throws IOException {
        stop();
        writer.close();
    }
}
