package org.fond.web;

import java.util.List;
import java.util.Optional;
import org.fond.search.Browse;
import org.fond.search.Hit;
import org.fond.search.SearchRequest;
import org.fond.search.SearchResult;
import org.fond.store.CatalogStats;

/**
 * What the web layer reads (and, with a token, writes): an archive's catalog and its search index
 * seen together. The CLI's library and the tests both provide one, so the server never needs to know
 * how an archive is opened or kept in step with its index.
 */
public interface Holdings {

    /** The record JSON of the current version of a record, as the catalog stores it. */
    Optional<String> recordJson(String id);

    SearchResult search(SearchRequest request);

    Browse browse(List<String> path);

    CatalogStats catalog();

    /** Every record of the same archival file as {@code recordId}, itself included, by date and folio. */
    List<Hit> sameFile(String recordId);

    /** The records most like {@code recordId}, best first, without itself. */
    List<Hit> moreLikeThis(String recordId, int limit);

    /** The number of records the index can find. */
    long indexed();

    /**
     * Ingests one file (the bytes of a seed export, a CSV, a TEI volume…) as {@code fond ingest}
     * would. Holdings that cannot write say so by throwing {@link UnsupportedOperationException}.
     */
    default IngestOutcome ingest(String fileName, byte[] bytes) {
        throw new UnsupportedOperationException("this server cannot ingest");
    }

    /** What one ingest through the API did: records read and, of those, new or changed; rejections. */
    record IngestOutcome(int records, int added, int changed, List<String> rejections) {
        public IngestOutcome {
            rejections = List.copyOf(rejections);
        }
    }
}
