/**
 * The search index as callers see it: {@link org.fond.search.SearchIndex}, a small query model
 * ({@link org.fond.search.SearchRequest}) and results with highlight offsets into the stored text.
 * No engine types appear here, so the embedded Lucene index and a SolrCloud index are interchangeable
 * and are held to the same contract tests. The index is derived from the catalog and always rebuildable.
 */
package org.fond.search;
