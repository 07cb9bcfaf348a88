package org.fond.search;

/**
 * What every {@link SearchIndex} must do, whatever engine is behind it: the embedded Lucene index
 * and a SolrCloud index subclass this and run the same tests, {@link QueryContract}'s and
 * {@link DiscoveryContract}'s.
 */
public abstract class SearchIndexContract extends DiscoveryContract {
}
