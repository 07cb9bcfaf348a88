package org.fond.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.fond.search.CacheStats;

/**
 * Rendered record pages, kept until what they were made from changes. A record page is made from
 * the catalog (the record), the index (records of the same file and day, related records) and the
 * authority (the labels of its mentions); {@link Holdings#state()} names that state, and a page is
 * kept only under the state it was rendered in: when the index commits a new catalog generation or
 * the authority is replaced, every page is dropped at the next look-up. Holdings that name no state
 * get no caching. Bounded in bytes (a FRUS document's page is some tens of kilobytes), as the index's
 * own answer caches are, so a visit that recurs is a hash look-up rather than a render; a first visit
 * renders as before.
 */
final class PageCache {
    /** 64 MB of pages, kept as UTF-8 as they are sent: some 2,500 FRUS document pages, more of shorter records. */
    static final long DEFAULT_BYTES = 64L << 20;
    static final String NAME = "record pages";

    private record Key(String id, String view) {
    }

    private final long maxBytes;
    private final Cache<Key, byte[]> pages;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder invalidations = new LongAdder();
    /** The state the kept pages were rendered in; compared by identity and equality, never hashed alone. */
    private Object state;

    PageCache(long maxBytes) {
        this.maxBytes = maxBytes;
        this.pages = maxBytes <= 0 ? null : Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .<Key, byte[]>weigher((k, v) -> 96 + 2 * (k.id().length() + k.view().length()) + v.length)
                .executor(Runnable::run)
                .build();
    }

    /**
     * The page of record {@code id} in {@code view} under {@code state}, as UTF-8: kept, or rendered now
     * and kept. The bytes are shared: callers send them and never change them.
     */
    byte[] page(String id, String view, Object state, Supplier<String> render) {
        if (pages == null || state == null) {
            return utf8(render.get());
        }
        synchronized (this) {
            if (!state.equals(this.state)) {
                if (this.state != null) {
                    invalidations.increment();
                }
                pages.invalidateAll();
                this.state = state;
            }
        }
        Key key = new Key(id, view);
        byte[] page = pages.getIfPresent(key);
        if (page != null) {
            hits.increment();
            return page;
        }
        misses.increment();
        page = utf8(render.get());
        synchronized (this) {
            // a page rendered while the state moved on belongs to the old state: not kept
            if (state.equals(this.state)) {
                pages.put(key, page);
            }
        }
        return page;
    }

    private static byte[] utf8(String page) {
        return page.getBytes(StandardCharsets.UTF_8);
    }

    CacheStats stats() {
        long entries = pages == null ? 0 : pages.estimatedSize();
        long bytes = pages == null ? 0 : pages.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
        return new CacheStats(NAME, hits.sum(), misses.sum(), entries, bytes, 0, Math.max(0, maxBytes),
                invalidations.sum());
    }
}
