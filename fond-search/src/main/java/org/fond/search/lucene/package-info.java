/**
 * The embedded Lucene implementation of {@link org.fond.search.SearchIndex}: one analysis chain for
 * Latin, Cyrillic, Hangul and Han text (ICU word breaks, ICU folding, CJK bigrams), the classic query
 * syntax with errors a reader can act on, highlights as offsets into the stored text, facet counts
 * from doc values, and the archive tree (repository → fond → opis → delo) as path prefixes. Nothing
 * here is visible to callers beyond {@link org.fond.search.lucene.LuceneSearchIndex#open}.
 */
package org.fond.search.lucene;
