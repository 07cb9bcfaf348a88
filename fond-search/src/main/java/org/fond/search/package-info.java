/**
 * The search index as callers see it: {@link org.fond.search.SearchIndex}, a request model
 * ({@link org.fond.search.SearchRequest}: query, facets, filters, exact names) and results with
 * highlight offsets into the record's text ({@link org.fond.search.RecordTexts}: the catalog's, read
 * back by the index); the query tree lives in {@code org.fond.search.query}. No
 * engine types appear here, so the embedded Lucene index and a SolrCloud index are interchangeable
 * and are held to the same contract tests. The index is derived from the catalog and always rebuildable.
 */
package org.fond.search;
