package org.fond.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.fond.core.authority.NameAuthority;
import org.fond.core.model.Record;
import org.fond.search.Browse;
import org.fond.search.CacheStats;
import org.fond.search.FacetCount;
import org.fond.search.Hit;
import org.fond.search.RecordTexts;
import org.fond.search.SearchIndex;
import org.fond.search.SearchRequest;
import org.fond.search.SearchResult;
import org.fond.search.Snippet;
import org.fond.search.query.NameExpansion;
import org.fond.search.query.SearchQuery;

/**
 * The embedded search index: one Lucene index in a folder. Writes go through one
 * {@link IndexWriter} ({@link IndexChanges}); searches through a {@link SearcherManager} refreshed at
 * each commit, so changes become visible exactly when they are committed, as the {@link SearchIndex}
 * contract says. The commit's user data records the catalog generation and the index format; an
 * index of another format, or one Lucene can no longer read, reports generation -1 so the caller
 * rebuilds it. Answers (searches, records like a record, records of its file) are cached per
 * committed state of the index, as Solr caches per searcher: a commit starts the caches afresh. The
 * records' texts are indexed, not stored: snippets and "more like this" read them from
 * {@link RecordTexts}, the catalog.
 */
public final class LuceneSearchIndex implements SearchIndex {
    /** Bump when analysis or fields change: older indexes then report generation -1 and get rebuilt. */
    static final String FORMAT = "fond-search-6";
    private static final Set<String> HIT_FIELDS = Set.of(RecordDocument.ID, RecordDocument.TITLE, RecordDocument.DATE);

    /**
     * How much the index keeps of its answers (see {@link AnswerCache}): search answers (a page of
     * hits with snippets and facet counts: the query-result cache) and the side panels of a record
     * page (records like it, records of its file), each bounded in entries and in bytes; and the
     * number of records holding each word, which "more like this" weighs words by ({@link DocFreqs}).
     */
    public record CacheSizes(int searches, long searchBytes, int panels, long panelBytes, int words) {
        /** 2,000 answers in 64 MB; 20,000 panels of each kind in 16 MB each; 200,000 word counts (about 25 MB). */
        public static final CacheSizes DEFAULT = new CacheSizes(2_000, 64L << 20, 20_000, 16L << 20, 200_000);
        /** Nothing kept: every answer computed when asked. */
        public static final CacheSizes NONE = new CacheSizes(0, 0, 0, 0, 0);
    }

    private final Path folder;
    private final RecordTexts texts;
    private final Directory directory;
    private final Analyzer indexAnalyzer;
    private final Analyzer queryAnalyzer;
    private final IndexChanges changes;
    private final SearcherManager searchers;
    /**
     * Searches one query's segments on every core (Lucene's slices, each counted and ranked apart and
     * merged) when it is the only search running: a reader alone gets a large query answered sooner
     * (p99 −23% at a million records on two cores), while under many concurrent searches each keeps to
     * its own thread, as splitting them only added overhead (50 web clients: 5,541 → 4,774 req/s).
     * The calling thread takes part, so a search never waits on a busy pool.
     */
    private final ExecutorService slices = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
            Thread.ofPlatform().daemon().name("fond-search-", 0).factory());
    private final java.util.concurrent.atomic.AtomicInteger searching = new java.util.concurrent.atomic.AtomicInteger();
    /** What is made once for the current reader; replaced when the reader is. */
    private volatile PerReader perReader;
    private final FacetCounter facetCounter;
    private final NameExpansion names;
    private final AnswerCache<SearchRequest, SearchResult> answers;
    private final AnswerCache<Related, List<Hit>> related;
    private final AnswerCache<String, List<Hit>> files;
    private final DocFreqs docFreqs;

    /** The records like one record, as many as asked. */
    private record Related(String recordId, int limit) {
    }

    private LuceneSearchIndex(Path folder, RecordTexts texts, NameAuthority authority, CacheSizes sizes)
            throws IOException {
        this.folder = folder;
        this.texts = texts;
        this.facetCounter = new FacetCounter(authority);
        this.names = new NameExpansion(authority);
        this.answers = new AnswerCache<>("search", sizes.searches(), sizes.searchBytes(), AnswerBytes::of);
        this.related = new AnswerCache<>("related", sizes.panels(), sizes.panelBytes(), AnswerBytes::of);
        this.files = new AnswerCache<>("sameFile", sizes.panels(), sizes.panelBytes(), AnswerBytes::of);
        this.docFreqs = new DocFreqs(sizes.words());
        this.directory = FSDirectory.open(folder);
        this.indexAnalyzer = analyzer(FondAnalyzer.forIndexing());
        this.queryAnalyzer = analyzer(FondAnalyzer.forQueries());
        this.changes = new IndexChanges(directory, indexAnalyzer, FORMAT);
        this.searchers = new SearcherManager(changes.writer(), true, false, null);
        changes.afterCommit(searchers::maybeRefreshBlocking);
    }

    /**
     * Opens the index in {@code folder}, creating it if there is none, reading the records' texts
     * from {@code texts} (the index keeps none: see {@link RecordTexts}); names are not expanded.
     */
    public static LuceneSearchIndex open(Path folder, RecordTexts texts) {
        return open(folder, texts, NameAuthority.NONE);
    }

    /**
     * As {@link #open(Path, RecordTexts)}, names in queries expanded to every form {@code authority}
     * knows, and person, organization and place facets labelled by it; the authority is asked per
     * query, never scanned, so it may be as large as it needs to be. Answers are cached within
     * {@link CacheSizes#DEFAULT}.
     */
    public static LuceneSearchIndex open(Path folder, RecordTexts texts, NameAuthority authority) {
        return open(folder, texts, authority, CacheSizes.DEFAULT);
    }

    /**
     * As {@link #open(Path, RecordTexts, NameAuthority)}, keeping answers within {@code sizes}. Cached
     * answers depend on the authority as well as on the index: it is fixed for as long as the index is open.
     */
    public static LuceneSearchIndex open(Path folder, RecordTexts texts, NameAuthority authority, CacheSizes sizes) {
        Objects.requireNonNull(texts, "texts (where the records' texts are read: the archive's catalog)");
        Objects.requireNonNull(authority, "authority (NameAuthority.NONE for none)");
        Objects.requireNonNull(sizes, "sizes (CacheSizes.NONE for none)");
        try {
            return new LuceneSearchIndex(folder, texts, authority, sizes);
        } catch (LockObtainFailedException e) {
            throw new IllegalStateException("the search index in " + folder + " is open in another process", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + folder, e);
        }
    }

    /** Free text through {@code text}; keys as one folded token; ids exact. */
    private static Analyzer analyzer(FondAnalyzer text) {
        Map<String, Analyzer> perField = new HashMap<>();
        KeyAnalyzer keys = new KeyAnalyzer();
        RecordDocument.KEYS.forEach(k -> perField.put(k, keys));
        perField.put(RecordDocument.ID, new KeywordAnalyzer());
        return new PerFieldAnalyzerWrapper(text, perField);
    }

    @Override
    public void index(Record record) {
        Document doc = RecordDocument.of(record);
        io(() -> changes.update(new Term(RecordDocument.ID, record.id()), doc));
    }

    @Override
    public void delete(String recordId) {
        io(() -> changes.delete(new Term(RecordDocument.ID, recordId)));
    }

    @Override
    public void deleteAll() {
        io(changes::deleteAll);
    }

    @Override
    public void commit(long catalogGeneration) {
        io(() -> changes.commit(catalogGeneration));
    }

    @Override
    public long catalogGeneration() {
        return changes.generation();
    }

    /** How many commits of background merges alone this index made since it was opened. */
    long mergeCommits() {
        return changes.mergeCommits();
    }

    IndexChanges changes() {
        return changes;
    }

    @Override
    public List<CacheStats> caches() {
        return List.of(answers.stats(), related.stats(), files.stats(), docFreqs.stats());
    }

    @Override
    public long count() {
        return withSearcher(s -> (long) s.getIndexReader().numDocs());
    }

    /**
     * Answers from the cache of the searcher's index state when it holds the answer; the time taken
     * is always this call's own.
     */
    @Override
    public SearchResult search(SearchRequest request) {
        long began = System.nanoTime();
        return withSearcher(searcher -> {
            SearchResult answer = answers.get(version(searcher), request, () -> compute(searcher, request));
            return new SearchResult(answer.total(), answer.hits(), micros(began), answer.facets(), answer.nextCursor());
        });
    }

    private SearchResult compute(IndexSearcher searcher, SearchRequest request) throws IOException {
        long began = System.nanoTime();
        SearchQuery tree = request.matchesAll() ? new SearchQuery.MatchAll()
                : new FondQueryParser(request.query()).read();
        if (!request.exact()) {
            tree = names.expand(tree);
        }
        boolean listing = tree instanceof SearchQuery.MatchAll;
        HitOrder order = HitOrder.of(request.sort(), listing);
        FieldDoc after = request.cursor() == null ? null : Cursor.read(request.cursor(), order);
        try {
            Query query = new LuceneQueries(queryAnalyzer).translate(tree);
            return search(searcher, request, query, order, after, listing, began);
        } catch (IndexSearcher.TooManyClauses e) {
            throw QueryErrors.tooLarge(request.query());
        }
    }

    /** The version of the committed index state a searcher reads: what cached answers belong to. */
    private static long version(IndexSearcher searcher) {
        return ((DirectoryReader) searcher.getIndexReader()).getVersion();
    }

    private SearchResult search(IndexSearcher searcher, SearchRequest request, Query query, HitOrder order,
                                FieldDoc after, boolean listing, long began) throws IOException {
        Query filtered = Filters.apply(query, request.filters(), null);
        // exact totals: a historian counts documents, so no early termination of the count
        TopFieldCollectorManager top = request.limit() == 0 ? null
                : new TopFieldCollectorManager(order.sort, request.limit(), after, Integer.MAX_VALUE);
        FacetsCollectorManager facets = request.facets().isEmpty() ? null : new FacetsCollectorManager();
        TopDocs docs = null;
        FacetsCollector matched = null;
        if (top != null && facets != null) {
            Object[] both = searcher.search(filtered, new MultiCollectorManager(top, facets));
            docs = (TopDocs) both[0];
            matched = (FacetsCollector) both[1];
        } else if (top != null) {
            docs = searcher.search(filtered, top);
        } else if (facets != null) {
            matched = searcher.search(filtered, facets);
        }
        long total = docs != null ? docs.totalHits.value() : searcher.count(filtered);
        Map<String, List<FacetCount>> counts = matched == null ? Map.of()
                : facetCounts(searcher, request, query, matched);
        if (docs == null) {
            return new SearchResult(total, List.of(), micros(began), counts, null);
        }
        List<List<Snippet>> snippets = listing ? null
                : new SnippetHighlighter(searcher, indexAnalyzer, perReader(searcher.getIndexReader()).fieldInfos(), texts)
                        .snippets(searcher, query, docIds(docs));
        String next = docs.scoreDocs.length < request.limit() ? null
                : Cursor.after(order, (FieldDoc) docs.scoreDocs[docs.scoreDocs.length - 1]);
        return new SearchResult(total, hits(searcher, docs, order, listing, snippets), micros(began), counts, next);
    }

    /**
     * The counts of each requested facet. A field that is filtered is counted as if its own filter
     * were absent (drill sideways: the reader sees the values they could add), with one more search
     * per such field; every other field over the hits, under all filters. Each field is one task of
     * the searcher's executor: a search running alone counts its fields on every core (each field is
     * a pass over the doc values of all the hits, so six facets of a common word were most of a
     * faceted query's time), one among many counts them on its own thread.
     */
    private Map<String, List<FacetCount>> facetCounts(IndexSearcher searcher, SearchRequest request, Query query,
                                                      FacetsCollector matched) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        List<String> fields = request.facets();
        List<Callable<List<FacetCount>>> tasks = new ArrayList<>(fields.size());
        for (String field : fields) {
            tasks.add(() -> {
                FacetsCollector over = matched;
                if (request.filters().containsKey(field)) {
                    over = searcher.search(Filters.apply(query, request.filters(), field), new FacetsCollectorManager());
                }
                return facetCounter.count(reader, over, field);
            });
        }
        List<List<FacetCount>> counted = searcher.getTaskExecutor().invokeAll(tasks);
        Map<String, List<FacetCount>> counts = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            counts.put(fields.get(i), counted.get(i));
        }
        return counts;
    }

    @Override
    public List<Hit> moreLikeThis(String recordId, int limit) {
        if (limit < 0 || limit > SearchRequest.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 0 and " + SearchRequest.MAX_LIMIT + ", was "
                    + limit);
        }
        return withSearcher(searcher -> related.get(version(searcher), new Related(recordId, limit), () -> {
            int doc = docOf(searcher, recordId);
            if (doc < 0 || limit == 0) {
                return List.of();
            }
            Query like = Similar.query(searcher.getIndexReader(), version(searcher), indexAnalyzer, docFreqs, texts,
                    doc);
            // one more than asked, the record itself left out after: the words' disjunction alone scores
            // fastest; only the best few are shown, never a count, so scoring may skip what cannot reach them
            TopDocs top = searcher.search(like, new TopScoreDocCollectorManager(limit + 1, null, limit + 1));
            ScoreDoc[] others = Arrays.stream(top.scoreDocs).filter(sd -> sd.doc != doc).limit(limit)
                    .toArray(ScoreDoc[]::new);
            return plainHits(searcher, others, true);
        }));
    }

    @Override
    public List<Hit> sameFile(String recordId) {
        return withSearcher(searcher -> files.get(version(searcher), recordId, () -> {
            int doc = docOf(searcher, recordId);
            if (doc < 0) {
                return List.of();
            }
            String[] keys = searcher.storedFields().document(doc, Set.of(RecordDocument.FILE_KEY))
                    .getValues(RecordDocument.FILE_KEY);
            if (keys.length == 0) {
                return List.of();
            }
            Query file = Filters.exact(RecordDocument.FILE_KEY, List.of(keys));
            int n = Math.max(1, searcher.count(file));
            return plainHits(searcher, searcher.search(file, n, HitOrder.IN_FILE.sort).scoreDocs, false);
        }));
    }

    /** The Lucene doc id of a record, or -1. */
    private static int docOf(IndexSearcher searcher, String recordId) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(RecordDocument.ID, recordId)), 1);
        return top.scoreDocs.length == 0 ? -1 : top.scoreDocs[0].doc;
    }

    private static List<Hit> plainHits(IndexSearcher searcher, ScoreDoc[] docs, boolean scored) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<Hit> hits = new ArrayList<>(docs.length);
        for (ScoreDoc sd : docs) {
            Document doc = stored.document(sd.doc, HIT_FIELDS);
            hits.add(new Hit(doc.get(RecordDocument.ID), doc.get(RecordDocument.TITLE), doc.get(RecordDocument.DATE),
                    scored ? sd.score : 0f, List.of()));
        }
        return hits;
    }

    @Override
    public Browse browse(List<String> path) {
        return withSearcher(searcher -> ArchiveBrowser.browse(searcher, List.copyOf(path)));
    }

    private static List<Hit> hits(IndexSearcher searcher, TopDocs top, HitOrder order, boolean listing,
                                  List<List<Snippet>> snippets) throws IOException {
        StoredFields stored = searcher.storedFields();
        Hit[] hits = new Hit[top.scoreDocs.length];
        for (int i = 0; i < hits.length; i++) {
            FieldDoc fd = (FieldDoc) top.scoreDocs[i];
            Document doc = stored.document(fd.doc, HIT_FIELDS);
            float score = order.byScore() ? (Float) fd.fields[0] : 0f;
            hits[i] = new Hit(doc.get(RecordDocument.ID), doc.get(RecordDocument.TITLE), doc.get(RecordDocument.DATE),
                    score, listing ? List.of() : snippets.get(i));
        }
        return List.of(hits);
    }

    private static int[] docIds(TopDocs top) {
        int[] ids = new int[top.scoreDocs.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = top.scoreDocs[i].doc;
        }
        return ids;
    }

    private static long micros(long began) {
        return (System.nanoTime() - began) / 1_000;
    }

    @Override
    public void close() {
        io(() -> {
            try {
                changes.stop();
                searchers.close();
                changes.close();
            } finally {
                slices.shutdown();
                directory.close();
            }
        });
    }

    @Override
    public String toString() {
        return "LuceneSearchIndex[" + folder + "]";
    }

    private <T> T withSearcher(SearcherCall<T> call) {
        try {
            IndexSearcher searcher = searchers.acquire();
            boolean alone = searching.incrementAndGet() == 1;
            try {
                return call.apply(alone ? perReader(searcher.getIndexReader()).parallel() : searcher);
            } finally {
                searching.decrementAndGet();
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search index " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * The searcher of {@code reader} that searches its slices on {@link #slices}, and the reader's merged
     * field infos, which the highlighter asks for: both made once a reader (i.e. until the next commit).
     */
    private record PerReader(IndexSearcher parallel, FieldInfos fieldInfos) {
    }

    private PerReader perReader(IndexReader reader) {
        PerReader p = perReader;
        if (p == null || p.parallel().getIndexReader() != reader) {
            p = new PerReader(new IndexSearcher(reader, slices), FieldInfos.getMergedFieldInfos(reader));
            perReader = p;
        }
        return p;
    }

    private void io(IndexChanges.IoAction call) {
        try {
            call.run();
        } catch (IOException e) {
            throw new UncheckedIOException("search index " + folder + ": " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface SearcherCall<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
