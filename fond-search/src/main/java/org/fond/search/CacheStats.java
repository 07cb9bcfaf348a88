package org.fond.search;

/**
 * What one of an index's answer caches has done since the index was opened: lookups answered from
 * the cache ({@code hits}) or computed ({@code misses}), how many entries and about how many bytes it
 * holds now, its bounds, and how often a commit emptied it ({@code invalidations}).
 */
public record CacheStats(String name, long hits, long misses, long entries, long bytes, long maxEntries, long maxBytes,
                         long invalidations) {

    /** Hits over lookups, 0 before any lookup. */
    public double hitRate() {
        long lookups = hits + misses;
        return lookups == 0 ? 0 : (double) hits / lookups;
    }
}
