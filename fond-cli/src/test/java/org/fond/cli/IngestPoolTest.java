package org.fond.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
    void readingAndIndexingKeepToTheirOwnThreadsAndIndexAllWaitsForEveryTask() throws Exception {
        IngestPool pool = new IngestPool(1, 2);
        try {
            String reader = pool.read(() -> Thread.currentThread().getName()).get();
            assertThat(reader).startsWith("fond-read-");
            List<String> indexers = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger done = new AtomicInteger();
            List<Runnable> tasks = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                tasks.add(() -> {
                    indexers.add(Thread.currentThread().getName());
                    sleep(2);
                    done.incrementAndGet();
                });
            }
            pool.indexAll(tasks);
            assertThat(done).as("every task ran before indexAll returned").hasValue(50);
            assertThat(indexers).allSatisfy(n -> assertThat(n).startsWith("fond-index-"));
        } finally {
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

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
