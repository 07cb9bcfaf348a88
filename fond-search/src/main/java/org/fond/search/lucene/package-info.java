/**
 * The embedded Lucene implementation of {@link org.fond.search.SearchIndex}: one analysis chain for
 * Latin, Cyrillic, Hangul and Han text (ICU word breaks, ICU folding, CJK bigrams), the classic query
 * syntax with errors a reader can act on, and highlights as offsets into the stored text. Nothing
 * here is visible to callers beyond {@link org.fond.search.lucene.LuceneSearchIndex#open}.
 */
package org.fond.search.lucene;
