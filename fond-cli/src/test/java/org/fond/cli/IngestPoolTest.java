package org.fond.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IngestPoolTest {
    @Test
    void theBusyThreadsAreAsManyAsTheCoresAboutTwoFifthsOfThemIndexing() {
        int[][] expected = {{1, 1, 1}, {2, 1, 1}, {3, 2, 1}, {4, 2, 2}, {8, 5, 3}, {16, 10, 6}};
        for (int[] e : expected) {
            IngestPool pool = IngestPool.forCores(e[0]);
            try {
                assertThat(new int[] {pool.readingThreads(), pool.indexingThreads()}).as(e[0] + " cores")
                        .containsExactly(e[1], e[2]);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void indexingGoesToTheIndexingThreadsWhileTheReadingThreadsAreBusy() throws Exception {
        IngestPool pool = new IngestPool(1, 2);
        CountDownLatch release = new CountDownLatch(1);
        try {
            Future<String> reading = holdReadingThread(pool, 3, release);
            List<String> indexers = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger done = new AtomicInteger();
            List<Runnable> tasks = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                tasks.add(() -> {
                    indexers.add(Thread.currentThread().getName());
                    sleep(1);
                    done.incrementAndGet();
                });
            }
            pool.indexAll(tasks);
            assertThat(done).as("every task ran before indexAll returned").hasValue(50);
            assertThat(indexers).allSatisfy(n -> assertThat(n).startsWith("fond-index-"));
            release.countDown();
            assertThat(reading.get(10, TimeUnit.SECONDS)).startsWith("fond-read-");
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void anIdleThreadTakesTheOtherKindsWorkRatherThanLeaveItWaiting() throws Exception {
        IngestPool pool = new IngestPool(1, 1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            Future<String> first = holdReadingThread(pool, 2, release);
            // the reading thread is held: the second read goes to the idle indexing thread
            Future<String> second = pool.read(() -> Thread.currentThread().getName());
            assertThat(second.get(10, TimeUnit.SECONDS)).startsWith("fond-index-");
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).startsWith("fond-read-");
            // and with nothing to read, the reading thread indexes beside the indexing thread
            Set<String> names = ConcurrentHashMap.newKeySet();
            CountDownLatch both = new CountDownLatch(2);
            List<Runnable> tasks = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                tasks.add(() -> {
                    names.add(Thread.currentThread().getName().replaceAll("-\\d+$", ""));
                    both.countDown();
                    try {
                        both.await(10, TimeUnit.SECONDS); // each task waits for the other: two threads at once
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
            pool.indexAll(tasks);
            assertThat(names).containsExactlyInAnyOrder("fond-read", "fond-index");
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedIndexingTaskIsThrownOnceEveryTaskHasEndedWithTheOthersSuppressed() {
        IngestPool pool = new IngestPool(1, 2);
        try {
            AtomicInteger ran = new AtomicInteger();
            List<Runnable> tasks = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                int n = i;
                tasks.add(() -> {
                    sleep(5);
                    ran.incrementAndGet();
                    if (n == 1 || n == 4) {
                        throw new IllegalStateException("index of task " + n + " failed");
                    }
                });
            }
            assertThatThrownBy(() -> pool.indexAll(tasks)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("index of task 1 failed")
                    .satisfies(e -> assertThat(e.getSuppressed()).extracting(Throwable::getMessage)
                            .containsExactly("index of task 4 failed"));
            assertThat(ran).as("the tasks after the failures ran too").hasValue(6);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Once all {@code threads} of the pool wait for work (so the task goes to a thread of its own kind),
     * a read that holds its thread until {@code release}; returns when it has begun. Its result: the
     * name of the thread that ran it.
     */
    private static Future<String> holdReadingThread(IngestPool pool, int threads, CountDownLatch release)
            throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (pool.idleThreads() < threads) {
            assertThat(System.nanoTime()).as("the pool's threads start").isLessThan(deadline);
            Thread.sleep(1);
        }
        CountDownLatch started = new CountDownLatch(1);
        Future<String> held = pool.read(() -> {
            started.countDown();
            release.await();
            return Thread.currentThread().getName();
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).as("the held read began").isTrue();
        return held;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
