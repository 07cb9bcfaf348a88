package org.fond.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.fond.core.model.Record;

/**
 * The texts of the records a test indexed, every version kept as a catalog keeps them: what the
 * archive's catalog is to an index in production. {@link #indexing} hands records to both.
 */
public final class MemoryTexts implements RecordTexts {
    private final Map<String, List<String>> versions = new ConcurrentHashMap<>();

    /** Keeps the record's text as its newest version. */
    public void add(Record record) {
        add(record.id(), record.text().plain());
    }

    /** Keeps {@code text} as the newest version of record {@code id}. */
    public void add(String id, String text) {
        versions.computeIfAbsent(id, k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(text);
    }

    @Override
    public Map<String, String> current(Collection<String> recordIds) {
        Map<String, String> found = new HashMap<>();
        for (String id : recordIds) {
            List<String> all = versions.get(id);
            if (all != null) {
                found.put(id, all.get(all.size() - 1));
            }
        }
        return found;
    }

    @Override
    public List<String> versions(String recordId) {
        List<String> newestFirst = new ArrayList<>(versions.getOrDefault(recordId, List.of()));
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** {@code index}, each record it is given kept here as well, as an ingest stores it in the catalog. */
    public SearchIndex indexing(SearchIndex index) {
        return new SearchIndex() {
            @Override
            public void index(Record record) {
                add(record);
                index.index(record);
            }

            @Override
            public void delete(String recordId) {
                index.delete(recordId);
            }

            @Override
            public void deleteAll() {
                index.deleteAll();
            }

            @Override
            public void commit(long catalogGeneration) {
                index.commit(catalogGeneration);
            }

            @Override
            public long catalogGeneration() {
                return index.catalogGeneration();
            }

            @Override
            public long count() {
                return index.count();
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
            public List<Hit> moreLikeThis(String recordId, int limit) {
                return index.moreLikeThis(recordId, limit);
            }

            @Override
            public List<Hit> sameFile(String recordId) {
                return index.sameFile(recordId);
            }

            @Override
            public List<CacheStats> caches() {
                return index.caches();
            }

            @Override
            public void close() {
                index.close();
            }
        };
    }
}
