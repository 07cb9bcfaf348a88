package org.fond.search.lucene;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.fond.core.model.Span;
import org.fond.search.RecordTexts;
import org.fond.search.Snippet;

/**
 * Lucene's unified highlighter, answering with {@link Snippet}s (plain text and offsets) instead of
 * HTML, so that no markup is ever mixed into archival text and a UI can map every highlight back to
 * the field's text. Offsets come from the postings, which were indexed with offsets, so no text is
 * analysed again: only the sentences around the matches are looked at ({@link NearSentences}: at
 * most a few hundred characters either side), in a value read whole (Lucene stops at 10,000
 * characters by default, which would leave the end of a long document unhighlighted), and a field
 * without a match gives no snippet. The title and summary are stored in the index; the text is read
 * from the catalog, the version indexed ({@link IndexedTexts}). Matches in the original layer are
 * matches in {@code text} (outside its marked apparatus), shown there like any other.
 *
 * <p>Lucene's highlighter finds the matches of each document and field by rewriting the query and
 * weighing it again against that document's segment alone; for a name expanded into many spellings
 * over three fields that was most of a search's time. Here the query is weighed once per search and
 * each shown hit's matches are asked of that one weight, once for all its fields ({@link SharedMatches}).
 */
final class SnippetHighlighter extends UnifiedHighlighter {
    private static final String[] FIELDS = RecordDocument.FREE_TEXT.toArray(String[]::new);
    /** Passages per field: one for the title, two for the summary, three for the text. */
    private static final int[] PASSAGES = {1, 2, 3};
    private static final Set<String> FREE_FIELDS = Set.copyOf(RecordDocument.FREE_TEXT);
    /** Lucene's passage scores without a hash per passage; it keeps no state, so one serves every search. */
    private static final PassageScorer SCORER = new PassageScores();

    private final RecordTexts texts;
    private SharedMatches matches;

    /**
     * A highlighter for one search. {@code fieldInfos} are the reader's merged field infos, which the
     * unified highlighter would otherwise merge again for every search (it keeps them per highlighter;
     * this one lives for one search): 9% of a search's allocation at 100k records.
     */
    SnippetHighlighter(IndexSearcher searcher, Analyzer indexAnalyzer, FieldInfos fieldInfos, RecordTexts texts) {
        super(builder(searcher, indexAnalyzer)
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withMaxNoHighlightPassages(0)
                .withScorer(SCORER));
        this.fieldInfos = fieldInfos;
        this.texts = texts;
    }

    /**
     * The values of {@code fields} of every document left in {@code docs}: the title and summary as
     * stored, the text from the catalog ({@link IndexedTexts}: the version indexed, or none). All of a
     * page's documents at once, so that their texts are one read of the catalog; Lucene would stop at
     * half a million characters and come back for the rest.
     */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
            throws IOException {
        int[] docIds = new int[Math.toIntExact(Math.max(1, docs.cost()))];
        int n = 0;
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            docIds = n == docIds.length ? Arrays.copyOf(docIds, n * 2) : docIds;
            docIds[n++] = doc;
        }
        docIds = Arrays.copyOf(docIds, n);
        Set<String> storedFields = new HashSet<>(Arrays.asList(fields));
        storedFields.remove(RecordDocument.TEXT);
        storedFields.add(RecordDocument.ID);
        StoredFields stored = getIndexSearcher().storedFields();
        String[] ids = new String[n];
        List<CharSequence[]> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Document doc = stored.document(docIds[i], storedFields);
            ids[i] = doc.get(RecordDocument.ID);
            CharSequence[] perField = new CharSequence[fields.length];
            for (int f = 0; f < fields.length; f++) {
                perField[f] = doc.get(fields[f]);
            }
            values.add(perField);
        }
        int textField = Arrays.asList(fields).indexOf(RecordDocument.TEXT);
        if (textField >= 0) {
            String[] indexed = IndexedTexts.of(getIndexSearcher().getIndexReader(), docIds, ids, texts);
            for (int i = 0; i < n; i++) {
                values.get(i)[textField] = indexed[i];
            }
        }
        return values;
    }

    /** Passages are the sentences around matches, looked for near the matches only. */
    @Override
    protected BreakIterator getBreakIterator(String field) {
        return new NearSentences();
    }

    /** Matches from the postings come from the one weight of this search; other sources as Lucene decides. */
    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
        if (source == OffsetSource.POSTINGS && matches != null) {
            return matches.strategy(components);
        }
        return super.getOffsetStrategy(source, components);
    }

    /**
     * The snippets of each document in {@code docIds}, in that order. A query that asks nothing of the
     * text fields (a date, a year, a reference, a facet) can highlight nothing there, so it costs no
     * highlighting; otherwise the query is rewritten once here rather than once per document and field
     * (the highlighter rewrites what it is given for each, which for a name expanded into many spellings
     * is most of the work).
     */
    List<List<Snippet>> snippets(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
        if (!touchesText(query)) {
            List<List<Snippet>> none = new ArrayList<>(docIds.length);
            for (int i = 0; i < docIds.length; i++) {
                none.add(List.of());
            }
            return none;
        }
        Query rewritten = searcher.rewrite(query);
        matches = new SharedMatches(searcher, rewritten);
        Map<String, Object[]> byField = highlightFieldsAsObjects(FIELDS, rewritten, docIds, PASSAGES);
        List<List<Snippet>> result = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            List<Snippet> snippets = new ArrayList<>();
            for (String field : FIELDS) {
                Object[] perDoc = byField.get(field);
                if (perDoc != null && perDoc[i] instanceof List<?> list) {
                    list.forEach(s -> snippets.add((Snippet) s));
                }
            }
            result.add(snippets);
        }
        return result;
    }

    /**
     * True unless every field the query reads is known not to be text: a query kind that does not say
     * its field counts as text, so the doubt costs only time, never a snippet.
     */
    static boolean touchesText(Query query) {
        boolean[] text = {false};
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                if (FREE_FIELDS.contains(field) || field.startsWith(RecordDocument.LAYER_PREFIX)) {
                    text[0] = true;
                }
                return false;
            }

            @Override
            public void visitLeaf(Query leaf) {
                text[0] = true;
            }

            @Override
            public void consumeTerms(Query q, org.apache.lucene.index.Term... terms) {
                text[0] = true;
            }
        });
        return text[0];
    }

    @Override
    protected PassageFormatter getFormatter(String field) {
        return new PassageFormatter() {
            @Override
            public Object format(Passage[] passages, String content) {
                List<Snippet> snippets = new ArrayList<>(passages.length);
                for (Passage p : passages) {
                    Snippet s = snippet(field, p, content);
                    if (s != null) {
                        snippets.add(s);
                    }
                }
                return snippets;
            }
        };
    }

    /** One passage as a snippet, trimmed of the blank lines a sentence break leaves at its edges. */
    static Snippet snippet(String field, Passage p, String content) {
        int start = p.getStartOffset();
        int end = Math.min(p.getEndOffset(), content.length());
        while (start < end && Character.isWhitespace(content.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
            end--;
        }
        List<Span> highlights = new ArrayList<>();
        int[] starts = Arrays.copyOf(p.getMatchStarts(), p.getNumMatches());
        int[] ends = Arrays.copyOf(p.getMatchEnds(), p.getNumMatches());
        for (int i = 0; i < starts.length; i++) {
            int from = Math.max(starts[i], start) - start;
            int to = Math.min(ends[i], end) - start;
            if (from < to) {
                highlights.add(new Span(from, to));
            }
        }
        if (highlights.isEmpty()) {
            return null;
        }
        return new Snippet(field, content.substring(start, end), merge(highlights), start, end);
    }

    /** Overlapping matches (the bigrams of one Han or Hangul word) become one highlight. */
    private static List<Span> merge(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(null);
        List<Span> merged = new ArrayList<>();
        for (Span s : sorted) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s.start() < last.end()) {
                merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }
}
