package org.fond.web;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.fond.enrich.authority.Authority;
import org.fond.enrich.mentions.MentionFinder;
import org.fond.search.Browse;
import org.fond.search.CacheStats;
import org.fond.search.Hit;
import org.fond.search.SearchIndex;
import org.fond.search.SearchRequest;
import org.fond.search.SearchResult;
import org.fond.store.Archive;
import org.fond.store.CatalogStats;
import org.fond.store.StoredRecord;

/**
 * Holdings read from an open {@link Archive} and its {@link SearchIndex}; the caller keeps both open
 * (and in step) for as long as the server runs. Read-only: {@link #ingest} is refused.
 */
public class ArchiveHoldings implements Holdings {
    private final Archive archive;
    private final SearchIndex index;
    private final Supplier<Authority> authority;
    private volatile MentionFinder finder;

    public ArchiveHoldings(Archive archive, SearchIndex index) {
        this(archive, index, () -> NO_ENTITIES);
    }

    /** {@code authority} is asked on first use (loading a large one takes a while) and on each use after. */
    public ArchiveHoldings(Archive archive, SearchIndex index, Supplier<Authority> authority) {
        this.archive = archive;
        this.index = index;
        this.authority = authority;
    }

    @Override
    public Authority authority() {
        return authority.get();
    }

    /** The default finder, built once: a dictionary over a large authority is costly to build. */
    @Override
    public MentionFinder mentionFinder() {
        MentionFinder f = finder;
        if (f == null) {
            f = Holdings.super.mentionFinder();
            finder = f;
        }
        return f;
    }

    @Override
    public Optional<String> recordJson(String id) {
        return archive.record(id).map(StoredRecord::json);
    }

    @Override
    public SearchResult search(SearchRequest request) {
        return index.search(request);
    }

    @Override
    public Browse browse(List<String> path) {
        return index.browse(path);
    }

    @Override
    public List<Hit> sameFile(String recordId) {
        return index.sameFile(recordId);
    }

    @Override
    public List<Hit> moreLikeThis(String recordId, int limit) {
        return index.moreLikeThis(recordId, limit);
    }

    @Override
    public CatalogStats catalog() {
        return archive.stats();
    }

    @Override
    public long indexed() {
        return index.count();
    }

    /** The committed catalog generation the index reflects, and the authority (compared as the same object). */
    record State(long generation, Authority authority) {
    }

    @Override
    public Object state() {
        return new State(index.catalogGeneration(), authority.get());
    }

    @Override
    public List<CacheStats> caches() {
        return index.caches();
    }
}
