package org.fond.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;
import org.fond.search.Browse;
import org.fond.search.FacetCount;

/**
 * Walks the archive tree kept in the {@code refPath} terms: the children of a path are the terms
 * one level deeper that start with it, found by seeking in the term dictionary (skipping each
 * child's own subtree), and counted with a term query so deleted records are not counted.
 */
final class ArchiveBrowser {
    private ArchiveBrowser() {
    }

    static Browse browse(IndexSearcher searcher, List<String> path) throws IOException {
        for (String level : path) {
            if (level == null || level.isBlank()) {
                throw new IllegalArgumentException("a browse path has no blank levels: " + path);
            }
        }
        String prefix = path.isEmpty() ? "" : ArchivePath.key(path) + "/";
        List<FacetCount> children = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), RecordDocument.REF_PATH);
        if (terms != null) {
            TermsEnum te = terms.iterator();
            BytesRef term = te.seekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END ? null : te.term();
            while (term != null) {
                String key = term.utf8ToString();
                if (!key.startsWith(prefix)) {
                    break;
                }
                int slash = key.indexOf('/', prefix.length());
                if (slash < 0) {
                    long count = searcher.count(new TermQuery(new Term(RecordDocument.REF_PATH, key)));
                    if (count > 0) {
                        children.add(new FacetCount(ArchivePath.lastLevel(key), count));
                    }
                    term = te.next();
                } else {
                    // a grandchild: jump past every key under its child ('0' is the character after '/')
                    String past = key.substring(0, slash) + "0";
                    term = te.seekCeil(new BytesRef(past)) == TermsEnum.SeekStatus.END ? null : te.term();
                }
            }
        }
        return new Browse(path, children, path.isEmpty() ? List.of() : recordsAt(searcher, ArchivePath.key(path)));
    }

    private static List<String> recordsAt(IndexSearcher searcher, String key) throws IOException {
        TermQuery here = new TermQuery(new Term(RecordDocument.REF_LEAF, key));
        int n = searcher.count(here);
        if (n == 0) {
            return List.of();
        }
        TopFieldDocs top = searcher.search(here, n, HitOrder.DATE_ASCENDING.sort);
        StoredFields stored = searcher.storedFields();
        List<String> ids = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            ids.add(stored.document(sd.doc, java.util.Set.of(RecordDocument.ID)).get(RecordDocument.ID));
        }
        return ids;
    }
}
