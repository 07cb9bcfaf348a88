package org.fond.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * The floor: raw Lucene, {@link StandardAnalyzer}, an {@link FSDirectory} as Fond uses, default
 * writer settings, the same plain text and titles Fond indexes (stored, as Fond stores them), a
 * date point for ranges, one commit at the end, and the same queries without facets, answered
 * with Lucene's defaults (top 10, totals counted lazily) and the hits' ids and titles read.
 */
final class Floor {
    static final String ID = "id";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String DATE = "date";
    private static final Set<String> HIT_FIELDS = Set.of(ID, TITLE);

    private Floor() {
    }

    /** Classic syntax over title and text, all words required, as Fond reads a query. */
    static QueryParser parser(Analyzer analyzer) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {TITLE, TEXT}, analyzer,
                Map.of(TITLE, 1f, TEXT, 1f));
        parser.setDefaultOperator(QueryParser.Operator.AND);
        return parser;
    }

    record Built(long nanos, long bytes, int records) {
    }

    /** Indexes every floor document of the plan with {@code threads} writer threads; one commit at the end. */
    static Built build(Plan plan, Path dir, int threads) throws IOException {
        long began = System.nanoTime();
        long[] bytes = new long[1];
        int[] records = new int[1];
        try (FSDirectory directory = FSDirectory.open(dir);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            Semaphore inFlight = new Semaphore(threads * 2);
            List<Future<?>> futures = new ArrayList<>();
            List<BaseCorpus.FloorDoc> batch = new ArrayList<>();
            try {
                plan.floorDocs(d -> {
                    bytes[0] += d.bytes();
                    records[0]++;
                    batch.add(d);
                    if (batch.size() == 500) {
                        futures.add(submit(pool, inFlight, writer, List.copyOf(batch)));
                        batch.clear();
                    }
                });
                futures.add(submit(pool, inFlight, writer, List.copyOf(batch)));
                for (Future<?> f : futures) {
                    f.get();
                }
            } catch (Exception e) {
                throw new IllegalStateException("floor indexing failed", e);
            } finally {
                pool.shutdown();
            }
            writer.commit();
        }
        return new Built(System.nanoTime() - began, bytes[0], records[0]);
    }

    private static Future<?> submit(ExecutorService pool, Semaphore inFlight, IndexWriter writer,
                                    List<BaseCorpus.FloorDoc> docs) {
        inFlight.acquireUninterruptibly();
        return pool.submit(() -> {
            try {
                for (BaseCorpus.FloorDoc d : docs) {
                    writer.addDocument(document(d));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                inFlight.release();
            }
        });
    }

    private static Document document(BaseCorpus.FloorDoc d) {
        Document doc = new Document();
        doc.add(new StringField(ID, d.id(), Field.Store.YES));
        doc.add(new TextField(TITLE, d.title(), Field.Store.YES));
        doc.add(new TextField(TEXT, d.text(), Field.Store.YES));
        if (d.date() != 0) {
            doc.add(new IntPoint(DATE, d.date()));
        }
        return doc;
    }

    /** Answers queries on an open index. */
    static final class Searcher implements AutoCloseable {
        private final FSDirectory directory;
        private final DirectoryReader reader;
        private final IndexSearcher searcher;
        private final QueryParser parser = parser(new StandardAnalyzer());

        Searcher(Path dir) throws IOException {
            directory = FSDirectory.open(dir);
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
        }

        /** Runs one query of the mix; returns the hits' ids (read from stored fields, as a result list needs). */
        List<String> search(QueryMix.Query q) throws IOException {
            Query query = query(q);
            TopDocs top = searcher.search(query, 10);
            StoredFields stored = searcher.storedFields();
            List<String> ids = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                Document doc = stored.document(sd.doc, HIT_FIELDS);
                ids.add(doc.get(ID) + " " + doc.get(TITLE));
            }
            return ids;
        }

        private Query query(QueryMix.Query q) {
            Query text;
            try {
                synchronized (parser) {
                    text = parser.parse(q.text());
                }
            } catch (ParseException e) {
                throw new IllegalArgumentException("floor cannot parse " + q.text(), e);
            }
            if (q.fromYear() == 0) {
                return text;
            }
            return new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST)
                    .add(IntPoint.newRangeQuery(DATE, q.fromYear() * 10_000 + 101, q.toYear() * 10_000 + 1231),
                            BooleanClause.Occur.FILTER)
                    .build();
        }

        @Override
        public void close() throws IOException {
            reader.close();
            directory.close();
        }
    }
}
