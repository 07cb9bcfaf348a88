package org.fond.web;

import java.util.List;
import java.util.Optional;
import org.fond.enrich.authority.Authority;
import org.fond.enrich.mentions.MentionFinder;
import org.fond.search.Browse;
import org.fond.search.CacheStats;
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
     * What every page is made from, as a value that changes whenever a page could (the index's catalog
     * generation and the authority in use), so rendered pages can be kept under it; null, the default,
     * when the holdings cannot say, and then nothing is kept.
     */
    default Object state() {
        return null;
    }

    /** The index's answer caches and what they have done (none by default). */
    default List<CacheStats> caches() {
        return List.of();
    }

    /**
     * The archive's name authority: the persons, organizations and places whose ids the index's
     * person, organization and place facets hold. An archive without one knows no entities.
     */
    default Authority authority() {
        return NO_ENTITIES;
    }

    /**
     * The mention finder {@code POST /api/annotate} uses: the one ingest and {@code fond annotate} use,
     * built on {@link #authority()}. By default the authority's names and the rules, without a model.
     */
    default MentionFinder mentionFinder() {
        return new org.fond.enrich.mentions.MentionModel(
                org.fond.enrich.mentions.NameDictionary.entries(authority().records()), java.util.Map.of(), null).finder();
    }

    /** An authority with no records. */
    Authority NO_ENTITIES = Authority.of(List.of());

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
