package org.fond.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The threads an ingest reads and indexes on, as many as the cores: some only read files (parse,
 * analyse, find names, write the catalog JSON), the others only index, so each core keeps one kind
 * of work in its caches, and the ingesting thread only stores and commits, a small part of the work.
 *
 * <p>Reading used to take a thread a core and indexing the ingesting thread and the common pool
 * besides, so a 2-core machine ran four busy threads, each kind of work in and out of both cores.
 * At 100k records, in five pairs of runs side by side, one reading thread and one indexing took
 * 7–22% less CPU than that (median 15%) in about the same time (2 cores). Reading costs about twice
 * what indexing and storing do together (0.40 against 0.21 + 0.08 ms a record at a million records),
 * so about two fifths of the cores index: one of 2 or 3 cores, two of 4, three of 8.
 *
 * <p>Each kind's tasks run in the order given.
 */
final class IngestPool {
    private final int reading;
    private final int indexing;
    private final ExecutorService readers;
    private final ExecutorService indexers;

    /** Threads for a machine of {@code cores} cores. */
    static IngestPool forCores(int cores) {
        int indexing = Math.max(1, Math.round(cores * 0.4f));
        return new IngestPool(Math.max(1, cores - indexing), indexing);
    }

    IngestPool(int reading, int indexing) {
        this.reading = reading;
        this.indexing = indexing;
        readers = Executors.newFixedThreadPool(reading, Thread.ofPlatform().daemon().name("fond-read-", 0).factory());
        indexers = Executors.newFixedThreadPool(indexing, Thread.ofPlatform().daemon().name("fond-index-", 0).factory());
    }

    int readingThreads() {
        return reading;
    }

    int indexingThreads() {
        return indexing;
    }

    /** Reads on a reading thread. */
    <T> Future<T> read(Callable<T> task) {
        return readers.submit(task);
    }

    /** Runs {@code tasks} on the indexing threads and returns when all have run; a failure is thrown once all have ended. */
    void indexAll(List<Runnable> tasks) {
        List<Future<Void>> running = new ArrayList<>(tasks.size());
        for (Runnable t : tasks) {
            running.add(indexers.submit(t, null));
        }
        RuntimeException failure = null;
        for (Future<Void> f : running) {
            try {
                join(f);
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** The result of a task, its own exception thrown as it was. */
    static <T> T join(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Stops the threads; tasks not begun are dropped. */
    void shutdownNow() {
        readers.shutdownNow();
        indexers.shutdownNow();
    }
}
