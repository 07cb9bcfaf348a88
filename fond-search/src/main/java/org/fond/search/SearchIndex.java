package org.fond.search;

import java.util.List;
import org.fond.core.model.Record;

/**
 * A full-text index derived from the catalog. Changes ({@link #index}, {@link #delete},
 * {@link #deleteAll}) become visible to {@link #search} and {@link #count} at the next
 * {@link #commit}, which also records the catalog generation the index now reflects, so that a
 * caller can tell whether the index is behind the catalog and rebuild it ({@code fond reindex}).
 */
public interface SearchIndex extends AutoCloseable {

    /** Adds the record, replacing any earlier version with the same id. */
    void index(Record record);

    void delete(String recordId);

    void deleteAll();

    /** Makes all changes durable and visible, stamped with the catalog generation they reflect. */
    void commit(long catalogGeneration);

    /**
     * The catalog generation of the last commit; -1 for a new index, or for one built by an
     * incompatible version of Fond, which must be rebuilt.
     */
    long catalogGeneration();

    /** The number of records visible to search. */
    long count();

    /**
     * Runs a query. A blank query or {@code *} lists every record by date.
     *
     * @throws QuerySyntaxException when the query cannot be read; its message names the problem and
     *     the column, and never carries an engine's stack trace
     */
    SearchResult search(SearchRequest request);

    /**
     * The archive tree below {@code path} ([] → repositories, [AVPRF] → its fonds, then opisi, then
     * dela), from the references of the committed records: each child with the number of records
     * filed at or under it, and the records whose reference ends exactly at {@code path}.
     */
    Browse browse(List<String> path);

    /**
     * The records most like {@code recordId} by the distinctive words of its title, summary and text,
     * best first, without the record itself; empty when no record has that id. Hits carry no snippets.
     */
    List<Hit> moreLikeThis(String recordId, int limit);

    /**
     * The records filed in the same archival file as {@code recordId} (sharing any reference file key),
     * the record itself included, by date, then by first folio, then by id; empty when the record is
     * unknown or has no file key. Hits carry no snippets and score 0.
     */
    List<Hit> sameFile(String recordId);

    /**
     * The index's answer caches, if it keeps any: answers are kept only for as long as the committed
     * index they were computed from is the one searched, so a cache never changes an answer.
     */
    default List<CacheStats> caches() {
        return List.of();
    }

    @Override
    void close();
}
