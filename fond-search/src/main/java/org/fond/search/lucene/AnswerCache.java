package org.fond.search.lucene;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.ToLongFunction;
import org.fond.search.CacheStats;

/**
 * A bounded cache of answers computed from one committed state of the index, as Solr keeps its
 * query-result and filter caches per searcher: every answer belongs to the reader version it was
 * computed from, and the first lookup through a newer reader (after a commit: an ingest, a reindex,
 * merges committed) starts an empty cache, so no answer outlives the index it came from. A lookup
 * through an older reader (a request that began just before the commit) is computed and not kept.
 *
 * <p>Bounded in entries and in estimated bytes at once: Caffeine bounds one weight, so each entry
 * weighs at least {@code maxBytes / maxEntries}, which caps the count too. Concurrent lookups of one
 * missing key compute it once and the others wait for that answer, so fifty readers asking the same
 * thing at the same moment run it once. A failure is handed to every waiter and never kept.
 * {@code maxEntries} 0 turns the cache off: every lookup is computed (and counted as a miss).
 */
final class AnswerCache<K, V> {
    private final String name;
    private final int maxEntries;
    private final long maxBytes;
    private final ToLongFunction<V> bytes;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder invalidations = new LongAdder();
    private final AtomicReference<Generation<K, V>> current = new AtomicReference<>();

    private record Generation<K, V>(long version, AsyncCache<K, Outcome<V>> answers) {
    }

    /**
     * An answer or the failure to compute it. A failure travels as a value rather than as a failed
     * future, which Caffeine would log as a warning (a query with a syntax error is no fault of the
     * server's); it is removed from the cache as soon as its waiters have it.
     */
    private record Outcome<V>(V answer, Throwable failure) {
    }

    /** How an answer is computed when the cache does not hold it. */
    @FunctionalInterface
    interface Computation<V> {
        V compute() throws IOException;
    }

    AnswerCache(String name, int maxEntries, long maxBytes, ToLongFunction<V> bytes) {
        if (maxEntries < 0 || maxBytes < 0 || (maxEntries > 0 && maxBytes < maxEntries)) {
            throw new IllegalArgumentException(name + ": bounds must be ≥ 0 and allow a byte per entry, were "
                    + maxEntries + " entries, " + maxBytes + " bytes");
        }
        this.name = name;
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
        this.bytes = bytes;
    }

    /** The answer for {@code key} from the index at reader {@code version}: kept, or computed now. */
    V get(long version, K key, Computation<V> computation) throws IOException {
        Generation<K, V> generation = maxEntries == 0 ? null : generation(version);
        if (generation == null) {
            misses.increment();
            return computation.compute();
        }
        CompletableFuture<Outcome<V>> mine = new CompletableFuture<>();
        CompletableFuture<Outcome<V>> kept = generation.answers().asMap().putIfAbsent(key, mine);
        if (kept != null) {
            hits.increment();
            return answer(kept.join());
        }
        misses.increment();
        try {
            V answer = computation.compute();
            mine.complete(new Outcome<>(answer, null));
            return answer;
        } catch (IOException | RuntimeException | Error e) {
            generation.answers().asMap().remove(key, mine);
            mine.complete(new Outcome<>(null, e)); // whoever waits gets the same failure
            throw e;
        }
    }

    /** The cache of {@code version}: the current one, a fresh one for a newer version, null for an older. */
    private Generation<K, V> generation(long version) {
        while (true) {
            Generation<K, V> g = current.get();
            if (g != null && g.version() == version) {
                return g;
            }
            if (g != null && g.version() > version) {
                return null;
            }
            Generation<K, V> next = new Generation<>(version, newCache());
            if (current.compareAndSet(g, next)) {
                if (g != null) {
                    invalidations.increment();
                }
                return next;
            }
        }
    }

    private AsyncCache<K, Outcome<V>> newCache() {
        long floor = Math.max(1, Math.ceilDiv(maxBytes, maxEntries));
        return Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .<K, Outcome<V>>weigher((k, v) -> (int) Math.min(Integer.MAX_VALUE,
                        Math.max(floor, v.answer() == null ? 0 : bytes.applyAsLong(v.answer()))))
                // upkeep (eviction, weighing) on the calling thread: no pool of its own to size or stop
                .executor(Runnable::run)
                .buildAsync();
    }

    private static <V> V answer(Outcome<V> outcome) throws IOException {
        return switch (outcome.failure()) {
            case null -> outcome.answer();
            case IOException io -> throw io;
            case RuntimeException r -> throw r;
            case Error error -> throw error;
            default -> throw new IllegalStateException(outcome.failure());
        };
    }

    CacheStats stats() {
        Generation<K, V> g = current.get();
        long entries = 0;
        long weight = 0;
        if (g != null) {
            var sync = g.answers().synchronous();
            sync.cleanUp();
            entries = sync.estimatedSize();
            weight = sync.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
        }
        return new CacheStats(name, hits.sum(), misses.sum(), entries, weight, maxEntries, maxBytes,
                invalidations.sum());
    }
}
