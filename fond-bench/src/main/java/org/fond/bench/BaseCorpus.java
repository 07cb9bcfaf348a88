package org.fond.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.fond.core.model.Record;
import org.fond.ingest.ReadResult;
import org.fond.ingest.Readers;
import org.fond.ingest.SourceFile;

/**
 * The real documents a benchmark archive is made of: the FRUS TEI volumes, the WCDA files and the
 * two seeds under {@code shared/}, each read once through Fond's readers so that the floor gets
 * the very plain text Fond indexes, and the number of records each file yields is known.
 */
final class BaseCorpus {
    /** One source file, what Fond reads from it, and how to make copies of it under new ids. */
    record BaseFile(SourceFile file, Replicator replicator, List<FloorDoc> docs) {
    }

    /**
     * What the floor indexes of one record: its id, title, plain text, date (yyyymmdd, 0: undated)
     * and the UTF-8 size of title and text.
     */
    record FloorDoc(String id, String title, String text, int date, int bytes) {
    }

    private final List<BaseFile> files;

    private BaseCorpus(List<BaseFile> files) {
        this.files = List.copyOf(files);
    }

    List<BaseFile> files() {
        return files;
    }

    int records() {
        return files.stream().mapToInt(f -> f.docs().size()).sum();
    }

    /** Reads {@code shared/corpus/frus-tei}, {@code shared/corpus/wcda} and {@code shared/seeds}. */
    static BaseCorpus load(Path shared) {
        Readers readers = Readers.standard();
        List<BaseFile> files = new ArrayList<>();
        for (String folder : List.of("corpus/frus-tei", "corpus/wcda", "seeds")) {
            for (Path p : list(shared.resolve(folder))) {
                readers.expand(p, file -> {
                    ReadResult read = readers.read(file);
                    if (read.records().isEmpty()) {
                        return; // a collection listing and the like: no record, nothing to replicate
                    }
                    Replicator replicator = Replicator.of(read.records().get(0).source().format());
                    List<FloorDoc> docs = read.records().stream().map(BaseCorpus::floorDoc).toList();
                    files.add(new BaseFile(file, replicator, docs));
                });
            }
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no documents under " + shared);
        }
        return new BaseCorpus(files);
    }

    private static FloorDoc floorDoc(Record r) {
        int date = 0;
        if (r.date() != null && r.date().edtf() != null) {
            date = DateKey.of(r.date().edtf());
        }
        String title = r.title() == null ? "" : r.title();
        String text = r.text() == null ? "" : r.text().plain();
        int bytes = title.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                + text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        return new FloorDoc(r.id(), title, text, date, bytes);
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".md"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
