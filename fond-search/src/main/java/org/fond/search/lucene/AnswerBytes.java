package org.fond.search.lucene;

import java.util.List;
import java.util.Map;
import org.fond.search.FacetCount;
import org.fond.search.Hit;
import org.fond.search.SearchResult;
import org.fond.search.Snippet;

/**
 * About how many bytes of heap an answer holds, for bounding the answer caches by memory: strings
 * at two bytes a character plus their headers, and a fixed overhead per object. An estimate on the
 * high side (Latin text takes one byte a character), which only makes the caches hold a little less.
 */
final class AnswerBytes {
    private static final long OBJECT = 32;
    private static final long STRING = 48;

    private AnswerBytes() {
    }

    static long of(SearchResult result) {
        long n = OBJECT * 2 + of(result.hits()) + text(result.nextCursor());
        for (Map.Entry<String, List<FacetCount>> e : result.facets().entrySet()) {
            n += OBJECT + text(e.getKey());
            for (FacetCount c : e.getValue()) {
                // the label is often the value itself: counted twice, on the safe side
                n += OBJECT + text(c.value()) + text(c.label());
            }
        }
        return n;
    }

    static long of(List<Hit> hits) {
        long n = OBJECT;
        for (Hit h : hits) {
            n += OBJECT * 2 + text(h.recordId()) + text(h.title()) + text(h.date());
            for (Snippet s : h.snippets()) {
                n += OBJECT * 2 + text(s.field()) + text(s.text()) + (long) s.highlights().size() * OBJECT;
            }
        }
        return n;
    }

    private static long text(String s) {
        return s == null ? 0 : STRING + 2L * s.length();
    }
}
