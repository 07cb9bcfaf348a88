package org.fond.search.lucene;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.fond.search.CacheStats;

/**
 * The number of records holding each word of a field, as "more like this" weighs a record's words
 * by it: looked up in every segment's terms dictionary, one cursor per segment walking the words in
 * index order, and kept per committed state of the index like the answer caches, since the records
 * of one archive share most of their words. Bounded in entries; {@code maxEntries} 0 keeps nothing.
 */
final class DocFreqs {
    /** About what one kept count costs: the key (field and word), the count, Caffeine's node. */
    private static final long ENTRY_BYTES = 128;

    private final int maxEntries;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder invalidations = new LongAdder();
    private final AtomicReference<Generation> current = new AtomicReference<>();

    private record Generation(long version, Cache<String, Integer> counts) {
    }

    DocFreqs(int maxEntries) {
        if (maxEntries < 0) {
            throw new IllegalArgumentException("docFreq: entries must be ≥ 0, was " + maxEntries);
        }
        this.maxEntries = maxEntries;
    }

    /** How many records of {@code reader} (at {@code version}) hold each of {@code words} in {@code field}. */
    Map<String, Integer> of(IndexReader reader, long version, String field, Set<String> words) throws IOException {
        Cache<String, Integer> kept = counts(version);
        Map<String, Integer> counts = new HashMap<>(words.size() * 2);
        List<String> missing = new ArrayList<>();
        for (String word : words) {
            Integer n = kept == null ? null : kept.getIfPresent(key(field, word));
            if (n == null) {
                missing.add(word);
            } else {
                counts.put(word, n);
            }
        }
        hits.add(counts.size());
        misses.add(missing.size());
        int[] found = lookUp(reader, field, missing);
        for (int i = 0; i < found.length; i++) {
            counts.put(missing.get(i), found[i]);
            if (kept != null) {
                kept.put(key(field, missing.get(i)), found[i]);
            }
        }
        return counts;
    }

    private static String key(String field, String word) {
        return field + '\u0000' + word;
    }

    /** The kept counts of {@code version}: a newer version starts afresh, an older one keeps nothing. */
    private Cache<String, Integer> counts(long version) {
        if (maxEntries == 0) {
            return null;
        }
        while (true) {
            Generation g = current.get();
            if (g != null && g.version() == version) {
                return g.counts();
            }
            if (g != null && g.version() > version) {
                return null;
            }
            Generation next = new Generation(version, Caffeine.newBuilder().maximumSize(maxEntries)
                    .executor(Runnable::run).build());
            if (current.compareAndSet(g, next)) {
                if (g != null) {
                    invalidations.increment();
                }
                return next.counts();
            }
        }
    }

    /** Each word's count summed over the segments, every segment's dictionary walked once in index order. */
    static int[] lookUp(IndexReader reader, String field, List<String> words) throws IOException {
        BytesRef[] bytes = new BytesRef[words.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = new BytesRef(words.get(i));
        }
        Integer[] order = new Integer[bytes.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> bytes[a].compareTo(bytes[b]));
        int[] docFreq = new int[bytes.length];
        if (bytes.length == 0) {
            return docFreq;
        }
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(field);
            if (terms == null) {
                continue;
            }
            TermsEnum cursor = terms.iterator();
            for (int i : order) {
                if (cursor.seekExact(bytes[i])) {
                    docFreq[i] += cursor.docFreq();
                }
            }
        }
        return docFreq;
    }

    CacheStats stats() {
        Generation g = current.get();
        long entries = 0;
        if (g != null) {
            g.counts().cleanUp();
            entries = g.counts().estimatedSize();
        }
        return new CacheStats("docFreq", hits.sum(), misses.sum(), entries, entries * ENTRY_BYTES, maxEntries,
                maxEntries * ENTRY_BYTES, invalidations.sum());
    }
}
