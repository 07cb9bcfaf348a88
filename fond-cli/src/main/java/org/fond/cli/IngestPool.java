package org.fond.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The threads an ingest reads and indexes on, as many as the cores: reading threads (parse, analyse,
 * find names, write the catalog JSON) and indexing threads, each taking work of its own kind while
 * there is any and of the other kind only when there is none, so each core mostly keeps one kind of
 * work in its caches and no core waits while there is work. The ingesting thread only stores and
 * commits, a small part of the work.
 *
 * <p>Reading used to take a thread a core and indexing the ingesting thread and the common pool
 * besides, so a 2-core machine ran four busy threads, each kind of work in and out of both cores. At
 * 100k records, in five pairs of runs side by side, one thread that only read and one that only
 * indexed took 7–22% less CPU than that (median 15%); at a million records they took 817 CPU s against
 * 894 but 504 s against 468, as the one reading thread could not keep up with the rest (1.6 cores busy
 * of 2). Taking the other kind's work when idle, a million records took 784 CPU s and 417 s (one run
 * each, this machine). Reading costs about twice what indexing and storing do together (0.40 against
 * 0.19 + 0.07 ms a record at a million records), so about two fifths of the threads are indexing
 * threads: one of 2 or 3 cores, two of 4, three of 8.
 *
 * <p>Written here rather than taken from {@code java.util.concurrent}: none of its executors has threads
 * that prefer one queue and take from another only when it is empty (a {@code ForkJoinPool} steals from
 * every queue alike, two fixed pools leave a core idle while the other kind's work waits).
 *
 * <p>Each kind's tasks start in the order given. The CPU each kind's tasks take is counted, for the
 * benchmark's account of where an ingest's time goes.
 */
final class IngestPool {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final int reading;
    private final int indexing;
    private final ReentrantLock lock = new ReentrantLock();
    /** Waiting tasks of each kind, oldest first, and the idle threads of each kind; guarded by {@link #lock}. */
    private final Kind reads = new Kind();
    private final Kind indexes = new Kind();
    private final List<Thread> threads = new ArrayList<>();
    private final LongAdder readNanos = new LongAdder();
    private final LongAdder indexNanos = new LongAdder();
    private boolean stopped;

    /** One kind of work: its waiting tasks, its idle threads, and how many of those are woken already. */
    private final class Kind {
        final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
        final Condition idle = lock.newCondition();
        int idleThreads;
        int woken;

        /** Wakes one idle thread not woken already; false when there is none. */
        boolean wake() {
            if (idleThreads - woken <= 0) {
                return false;
            }
            woken++;
            idle.signal();
            return true;
        }
    }

    /** Threads for a machine of {@code cores} cores. */
    static IngestPool forCores(int cores) {
        int indexing = Math.max(1, Math.round(cores * 0.4f));
        return new IngestPool(Math.max(1, cores - indexing), indexing);
    }

    IngestPool(int reading, int indexing) {
        this.reading = reading;
        this.indexing = indexing;
        for (int i = 0; i < reading; i++) {
            threads.add(Thread.ofPlatform().daemon().name("fond-read-" + i).start(() -> work(reads, indexes)));
        }
        for (int i = 0; i < indexing; i++) {
            threads.add(Thread.ofPlatform().daemon().name("fond-index-" + i).start(() -> work(indexes, reads)));
        }
    }

    int readingThreads() {
        return reading;
    }

    int indexingThreads() {
        return indexing;
    }

    /** How many of the threads are waiting for work. */
    int idleThreads() {
        lock.lock();
        try {
            return reads.idleThreads + indexes.idleThreads;
        } finally {
            lock.unlock();
        }
    }

    /** Reads on a reading thread, or on an indexing thread that has nothing to index. */
    <T> Future<T> read(Callable<T> task) {
        FutureTask<T> f = new FutureTask<>(counted(task, readNanos));
        offer(reads, f);
        return f;
    }

    /**
     * Runs {@code tasks} on the indexing threads (and reading threads that have nothing to read) and
     * returns when all have run; a failure is thrown once all have ended.
     */
    void indexAll(List<Runnable> tasks) {
        List<Future<Void>> running = new ArrayList<>(tasks.size());
        for (Runnable t : tasks) {
            FutureTask<Void> f = new FutureTask<>(counted(() -> {
                t.run();
                return null;
            }, indexNanos));
            offer(indexes, f);
            running.add(f);
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

    /** CPU the tasks reading files took, on whichever threads, in nanoseconds. */
    long readCpuNanos() {
        return readNanos.sum();
    }

    /** CPU the indexing tasks took, on whichever threads, in nanoseconds. */
    long indexCpuNanos() {
        return indexNanos.sum();
    }

    /** Stops the threads: tasks not begun are dropped, those running are interrupted. */
    void shutdownNow() {
        lock.lock();
        try {
            stopped = true;
            reads.tasks.clear();
            indexes.tasks.clear();
            reads.idle.signalAll();
            indexes.idle.signalAll();
        } finally {
            lock.unlock();
        }
        threads.forEach(Thread::interrupt);
    }

    /** Queues a task and wakes an idle thread of its kind, else one of the other kind. */
    private void offer(Kind kind, Runnable task) {
        lock.lock();
        try {
            if (stopped) {
                throw new IllegalStateException("the ingest's threads are stopped");
            }
            kind.tasks.addLast(task);
            if (!kind.wake()) {
                (kind == reads ? indexes : reads).wake();
            }
        } finally {
            lock.unlock();
        }
    }

    /** A thread's loop: its own kind of task first, else the other kind, else wait. */
    private void work(Kind own, Kind other) {
        while (true) {
            Runnable task;
            lock.lock();
            try {
                while (!stopped && own.tasks.isEmpty() && other.tasks.isEmpty()) {
                    own.idleThreads++;
                    try {
                        own.idle.await();
                    } catch (InterruptedException e) {
                        // shutdownNow interrupts; stopped says whether to end
                    } finally {
                        own.idleThreads--;
                        own.woken = Math.max(0, Math.min(own.woken - 1, own.idleThreads));
                    }
                }
                if (stopped) {
                    return;
                }
                task = own.tasks.isEmpty() ? other.tasks.pollFirst() : own.tasks.pollFirst();
            } finally {
                lock.unlock();
            }
            task.run(); // a FutureTask: what it throws is its future's
        }
    }

    private static <T> Callable<T> counted(Callable<T> work, LongAdder cpu) {
        return () -> {
            long before = CPU.getCurrentThreadCpuTime();
            try {
                return work.call();
            } finally {
                cpu.add(CPU.getCurrentThreadCpuTime() - before);
            }
        };
    }
}
