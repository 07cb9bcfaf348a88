package org.fond.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
    /** 32 MB of pages: some 1,000 FRUS document pages, more of shorter records. */
    static final long DEFAULT_BYTES = 32L << 20;
    static final String NAME = "record pages";

    private record Key(String id, String view) {
    }

    private final long maxBytes;
    private final Cache<Key, String> pages;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder invalidations = new LongAdder();
    /** The state the kept pages were rendered in; compared by identity and equality, never hashed alone. */
    private Object state;

    PageCache(long maxBytes) {
        this.maxBytes = maxBytes;
        this.pages = maxBytes <= 0 ? null : Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .<Key, String>weigher((k, v) -> 96 + 2 * (k.id().length() + k.view().length() + v.length()))
                .executor(Runnable::run)
                .build();
    }

    /** The page of record {@code id} in {@code view} under {@code state}: kept, or rendered now and kept. */
    String page(String id, String view, Object state, Supplier<String> render) {
        if (pages == null || state == null) {
            return render.get();
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
        String page = pages.getIfPresent(key);
        if (page != null) {
            hits.increment();
            return page;
        }
        misses.increment();
        page = render.get();
        synchronized (this) {
            // a page rendered while the state moved on belongs to the old state: not kept
            if (state.equals(this.state)) {
                pages.put(key, page);
            }
        }
        return page;
    }

    CacheStats stats() {
        long entries = pages == null ? 0 : pages.estimatedSize();
        long bytes = pages == null ? 0 : pages.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
        return new CacheStats(NAME, hits.sum(), misses.sum(), entries, bytes, 0, Math.max(0, maxBytes),
                invalidations.sum());
    }
}
