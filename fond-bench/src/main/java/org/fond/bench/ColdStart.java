package org.fond.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.fond.cli.LibraryAccess;
import org.fond.search.SearchRequest;

/**
 * Run in a fresh JVM to time a cold start: opens an archive (or the floor's index), answers one
 * query and prints {@code ready <total>}; the parent times the process from launch to that line.
 */
public final class ColdStart {
    private ColdStart() {
    }

    public static void main(String[] args) throws IOException, ParseException {
        String engine = args[0];
        Path dir = Path.of(args[1]);
        String query = args[2];
        if (engine.equals("fond")) {
            try (LibraryAccess library = LibraryAccess.open(dir)) {
                ready(library.search(SearchRequest.of(query)).total());
            }
        } else {
            try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                ready(searcher.search(Floor.parser(new StandardAnalyzer()).parse(query), 10).totalHits.value());
            }
        }
    }

    /** Said as soon as the first answer is there: closing is not part of a start. */
    private static void ready(long total) {
        System.out.println("ready " + total);
        System.out.flush();
    }
}
