package org.fond.search.lucene;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The matches of one search's query in the documents it shows, from one {@link Weight} made for the
 * whole index: each document's matches are asked once and read per field. Lucene's highlighter would
 * instead rewrite and weigh the query again for every document and field, against that document's
 * segment alone, looking up every term of the query each time. The offsets are those of the
 * postings, as Lucene's postings strategy gives them; one instance serves one search on one thread.
 */
final class SharedMatches {
    private final List<LeafReaderContext> leaves;
    private final Weight weight;
    private final Map<Integer, Matches> byDoc = new HashMap<>();

    SharedMatches(IndexSearcher searcher, Query rewritten) throws IOException {
        this.leaves = searcher.getIndexReader().leaves();
        IndexSearcher plain = new IndexSearcher(searcher.getIndexReader());
        plain.setQueryCache(null); // matches are asked of the query itself, not of cached filters
        this.weight = plain.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
    }

    /** The offsets of {@code components}' field, from this search's matches. */
    FieldOffsetStrategy strategy(UHComponents components) {
        return new FieldOffsetStrategy(components) {
            @Override
            public UnifiedHighlighter.OffsetSource getOffsetSource() {
                return UnifiedHighlighter.OffsetSource.POSTINGS;
            }

            @Override
            public OffsetsEnum getOffsetsEnum(LeafReader reader, int doc, String content) throws IOException {
                Matches found = matches(reader, doc);
                MatchesIterator in = found == null ? null : found.getMatches(getField());
                return in == null ? OffsetsEnum.EMPTY : new OffsetsEnum.OfMatchesIteratorWithSubs(in);
            }
        };
    }

    /** The document's matches in every field, asked once: the highlighter asks per field. */
    private Matches matches(LeafReader reader, int doc) throws IOException {
        LeafReaderContext leaf = leafOf(reader);
        int global = leaf.docBase + doc;
        if (!byDoc.containsKey(global)) {
            byDoc.put(global, weight.matches(leaf, doc));
        }
        return byDoc.get(global);
    }

    private LeafReaderContext leafOf(LeafReader reader) {
        for (LeafReaderContext leaf : leaves) {
            if (leaf.reader() == reader) {
                return leaf;
            }
        }
        throw new IllegalStateException("the highlighter read a segment its search did not: " + reader);
    }
}
