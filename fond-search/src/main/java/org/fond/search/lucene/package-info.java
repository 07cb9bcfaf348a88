/**
 * The embedded Lucene implementation of {@link org.fond.search.SearchIndex}: one analysis chain for
 * Latin, Cyrillic, Hangul and Han text (ICU word breaks, ICU folding, CJK bigrams), the classic query
 * syntax read into Fond's own query tree and translated from it, text split by layer, highlights as
 * offsets into the record's text (read from the catalog), facet counts and filters from doc values,
 * more-like-this, and the archive tree (repository → fond → opis → delo) as path prefixes. Nothing here is visible to callers
 * beyond {@link org.fond.search.lucene.LuceneSearchIndex#open}.
 */
package org.fond.search.lucene;
