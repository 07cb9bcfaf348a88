/**
 * Fond's own query model: a small sealed tree ({@link org.fond.search.query.SearchQuery}) that the query
 * language is read into, that name expansion rewrites, and that each engine translates (Lucene now, Solr
 * later). It holds what the reader typed, with fields already checked and dates and references already
 * validated, but no engine analysis, so every engine analyses the words its own way.
 */
package org.fond.search.query;
