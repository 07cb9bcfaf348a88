package org.fond.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fond.core.model.Record;
import org.fond.core.reference.ArchivalReference;
import org.fond.core.testing.Shared;
import org.fond.enrich.authority.Authority;
import org.fond.enrich.authority.SeedAuthority;
import org.fond.ingest.ReadResult;
import org.fond.ingest.Readers;
import org.fond.ingest.Rejection;
import org.fond.ingest.SourceFile;
import org.fond.search.SearchIndex;
import org.fond.search.lucene.LuceneSearchIndex;
import org.fond.store.Archive;
import org.fond.store.Batch;
import org.fond.store.CatalogEntry;
import org.fond.store.FileOutcome;
import org.fond.store.Original;
import org.fond.store.json.RecordJson;

/**
 * A small archive for the web tests, built as {@code fond ingest} builds one: the standard readers,
 * a catalog batch per file, then the index committed with the catalog generation. Holds the two
 * real seeds and the hostile fixture (markup in every field), and ingests more through the API.
 * Records get their person, organization and place mentions from the seed authority's names.
 */
final class TestArchive extends ArchiveHoldings implements AutoCloseable {
    static final String S1 = "wcda:115956";
    static final String S2 = "wcda:115797";
    static final String HOSTILE = "wcda:999001";

    private final Archive archive;
    private final SearchIndex index;
    private final Readers readers = Readers.standard();

    private TestArchive(Archive archive, SearchIndex index, Authority authority) {
        super(archive, index, () -> authority);
        this.archive = archive;
        this.index = index;
    }

    /** The seeds and the hostile fixture, in a fresh archive under {@code dir}. */
    static TestArchive withSeeds(Path dir) {
        // the seed authority, as a new archive of fond ingest has: names expand to their other forms
        Authority authority = SeedAuthority.authority();
        Archive archive = Archive.open(dir);
        TestArchive t = new TestArchive(archive,
                LuceneSearchIndex.open(dir.resolve("index"), new CatalogTexts(archive), authority), authority);
        try {
            for (Path seed : List.of(Shared.seed115956(), Shared.seed115797())) {
                t.ingest(seed.getFileName().toString(), Files.readAllBytes(seed));
            }
            try (var in = TestArchive.class.getResourceAsStream("/fixtures/hostile.txt")) {
                t.ingest("hostile.txt", in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return t;
    }

    @Override
    public synchronized IngestOutcome ingest(String fileName, byte[] bytes) {
        SourceFile file = new SourceFile(fileName, bytes);
        ReadResult read = readers.read(file);
        List<String> rejections = new ArrayList<>(read.rejections().stream().map(Rejection::message).toList());
        int added = 0;
        int changed = 0;
        if (!read.records().isEmpty()) {
            // names linked to the authority, as fond ingest finds them
            List<Record> records = read.records().stream().map(r -> mentionFinder().enrich(r, List.of())).toList();
            try (Batch batch = archive.begin()) {
                FileOutcome outcome = batch.add(new Original(fileName, bytes, records.get(0).source().format()),
                        records.stream().map(TestArchive::entry).toList());
                batch.commit();
                for (FileOutcome.RecordOutcome r : outcome.records()) {
                    switch (r.change()) {
                        case NEW -> added++;
                        case NEW_VERSION -> changed++;
                        case UNCHANGED -> { }
                    }
                }
            }
            records.forEach(index::index);
            index.commit(archive.generation());
        }
        return new IngestOutcome(read.records().size(), added, changed, rejections);
    }

    private static CatalogEntry entry(Record r) {
        ArchivalReference first = r.references().isEmpty() ? null : r.references().get(0);
        String repository = first == null || first.repository() == null ? null : first.repository().code();
        return new CatalogEntry(r.id(), r.title(), r.date() == null ? null : r.date().edtf(), r.source().format(),
                repository, first == null ? null : first.fileKey(), RecordJson.write(r));
    }

    @Override
    public void close() {
        try {
            index.close();
        } finally {
            archive.close();
        }
    }
}
