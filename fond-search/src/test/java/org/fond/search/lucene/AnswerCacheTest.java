package org.fond.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.fond.search.CacheStats;
import org.junit.jupiter.api.Test;

/** The answer cache on its own: kept per index version, bounded, computed once, failures never kept. */
class AnswerCacheTest {
    private final AtomicInteger computed = new AtomicInteger();

    private AnswerCache<String, String> cache(int entries, long bytes) {
        return new AnswerCache<>("test", entries, bytes, String::length);
    }

    private String answer(AnswerCache<String, String> cache, long version, String key) throws Exception {
        return cache.get(version, key, () -> {
            computed.incrementAndGet();
            return key + "@" + version;
        });
    }

    @Test
    void keepsAnAnswerForAsLongAsTheIndexVersionIsTheSame() throws Exception {
        AnswerCache<String, String> cache = cache(10, 10_000);
        assertThat(answer(cache, 1, "treaty")).isEqualTo("treaty@1");
        assertThat(answer(cache, 1, "treaty")).isEqualTo("treaty@1");
        assertThat(computed).hasValue(1);
        CacheStats stats = cache.stats();
        assertThat(stats.hits()).isEqualTo(1);
        assertThat(stats.misses()).isEqualTo(1);
        assertThat(stats.entries()).isEqualTo(1);
        assertThat(stats.hitRate()).isEqualTo(0.5);
    }

    @Test
    void aNewerIndexVersionStartsAfreshAndAnOlderOneIsNotKept() throws Exception {
        AnswerCache<String, String> cache = cache(10, 10_000);
        answer(cache, 1, "treaty");
        assertThat(answer(cache, 2, "treaty")).isEqualTo("treaty@2");
        assertThat(cache.stats().invalidations()).isEqualTo(1);
        // a request still reading version 1 after the commit: answered, but its answer is not kept
        assertThat(answer(cache, 1, "Mao")).isEqualTo("Mao@1");
        assertThat(answer(cache, 2, "Mao")).isEqualTo("Mao@2");
        assertThat(answer(cache, 2, "treaty")).isEqualTo("treaty@2");
        assertThat(computed).hasValue(4);
        assertThat(cache.stats().entries()).isEqualTo(2);
    }

    @Test
    void concurrentLookupsOfOneMissingAnswerComputeItOnce() throws Exception {
        AnswerCache<String, String> cache = new AnswerCache<>("test", 10, 10_000, String::length);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<String> first = pool.submit(() -> cache.get(1, "Kim Il Sung", () -> {
                computed.incrementAndGet();
                started.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return "slow answer";
            }));
            started.await();
            List<Future<String>> others = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                others.add(pool.submit(() -> answer(cache, 1, "Kim Il Sung")));
            }
            Thread.sleep(100);
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("slow answer");
            for (Future<String> f : others) {
                assertThat(f.get(10, TimeUnit.SECONDS)).isEqualTo("slow answer");
            }
        }
        assertThat(computed).hasValue(1);
        assertThat(cache.stats().hits()).isEqualTo(20);
    }

    @Test
    void aFailureIsNeverKept() throws Exception {
        AnswerCache<String, String> cache = cache(10, 10_000);
        assertThatThrownBy(() -> cache.get(1, "title:(", () -> {
            throw new IllegalArgumentException("unclosed parenthesis");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("unclosed parenthesis");
        assertThat(answer(cache, 1, "title:(")).isEqualTo("title:(@1");
        assertThat(cache.stats().entries()).isEqualTo(1);
    }

    @Test
    void holdsNoMoreEntriesThanItsBound() throws Exception {
        AnswerCache<String, String> cache = cache(50, 1_000_000);
        for (int i = 0; i < 500; i++) {
            answer(cache, 1, "q" + i);
        }
        assertThat(cache.stats().entries()).isLessThanOrEqualTo(50).isPositive();
    }

    @Test
    void holdsNoMoreBytesThanItsBound() throws Exception {
        AnswerCache<String, String> cache = cache(1_000, 10_000);
        for (int i = 0; i < 200; i++) {
            answer(cache, 1, "x".repeat(1_000) + i);
        }
        CacheStats stats = cache.stats();
        assertThat(stats.bytes()).isLessThanOrEqualTo(10_000);
        assertThat(stats.entries()).isLessThanOrEqualTo(10).isPositive();
    }

    @Test
    void noEntriesMeansEveryAnswerIsComputed() throws Exception {
        AnswerCache<String, String> cache = cache(0, 0);
        answer(cache, 1, "treaty");
        answer(cache, 1, "treaty");
        assertThat(computed).hasValue(2);
        assertThat(cache.stats().hits()).isZero();
        assertThat(cache.stats().misses()).isEqualTo(2);
    }
}
