package org.fond.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.fond.ingest.collection.NumberedCollectionReader;
import org.fond.ingest.dafp.DafpReader;
import org.fond.ingest.frus.FrusTeiReader;
import org.fond.ingest.frustext.FrusTextReader;
import org.fond.ingest.tika.TikaReader;
import org.fond.ingest.wcda.WcdaCsvReader;
import org.fond.ingest.wcda.WcdaExportReader;
import org.fond.ingest.wcda.WcdaJsonReader;

/**
 * The front door of ingest: finds files (folders recursively, archives unpacked under
 * {@link Limits}), picks the {@link Reader} that accepts each, and reads it. Never throws for bad
 * input: an empty file, binary data, an unknown format, a limit exceeded or a reader that fails
 * all come back as {@link Rejection}s naming the path, the line where one applies, and the reason.
 */
public final class Readers {
    private final List<Reader> readers;
    private final Limits limits;

    public Readers(List<Reader> readers, Limits limits) {
        this.readers = List.copyOf(readers);
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** Every format Fond reads, under the default limits; Tika last, for what no reader of Fond's own takes. */
    public static Readers standard() {
        return new Readers(List.of(new DafpReader(), new WcdaExportReader(), new WcdaCsvReader(), new WcdaJsonReader(),
                new FrusTeiReader(), new NumberedCollectionReader(), new FrusTextReader(), new TikaReader()),
                Limits.defaults());
    }

    public Readers withLimits(Limits newLimits) {
        return new Readers(readers, newLimits);
    }

    public List<Reader> readers() {
        return readers;
    }

    public Limits limits() {
        return limits;
    }

    /** The reader of a format by name ({@code --format wcda-export}), if Fond has one. */
    public Optional<Reader> reader(String format) {
        return readers.stream().filter(r -> r.format().equals(format)).findFirst();
    }

    /** The first reader that accepts {@code file}, if any. */
    public Optional<Reader> detect(SourceFile file) {
        return readers.stream().filter(r -> r.accepts(file)).findFirst();
    }

    /** Reads {@code file} with the reader that accepts it; "unknown format" when none does. */
    public ReadResult read(SourceFile file) {
        Optional<Rejection> unfit = checkSize(file);
        if (unfit.isPresent()) {
            return ReadResult.rejected(unfit.get());
        }
        Optional<Reader> reader = detect(file);
        if (reader.isEmpty()) {
            return ReadResult.rejected(unknownFormat(file));
        }
        return readWith(reader.get(), file);
    }

    /** Reads {@code file} as {@code format}, without detection. */
    public ReadResult read(SourceFile file, String format) {
        Optional<Reader> reader = reader(format);
        if (reader.isEmpty()) {
            return ReadResult.rejected(file.path(), 0, "unknown format '" + format + "' (formats: " + formats() + ")");
        }
        return checkSize(file).map(ReadResult::rejected).orElseGet(() -> readWith(reader.get(), file));
    }

    /** Every file under {@code path}, archives unpacked, collected in memory; see {@link #expand(Path, Consumer)}. */
    public Expansion expand(Path path) {
        List<SourceFile> files = new ArrayList<>();
        List<Rejection> rejections = expand(path, files::add);
        return new Expansion(files, rejections);
    }

    /**
     * Streams every file under {@code path} (a file or a folder, walked recursively in path order)
     * to {@code sink}, unpacking {@code .gz}, {@code .tar}, {@code .tar.gz}/{@code .tgz} and
     * {@code .zip}. Returns what could not be unpacked: a missing path, a file over the size
     * limit, a damaged archive, a suspected zip bomb.
     */
    public List<Rejection> expand(Path path, Consumer<SourceFile> sink) {
        return new Unpacker(limits).expand(path, sink);
    }

    /** Expands and reads every path: all records found and every rejection, in path order. */
    public ReadResult readAll(Path... paths) {
        List<org.fond.core.model.Record> records = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        for (Path path : paths) {
            rejections.addAll(expand(path, file -> {
                ReadResult result = read(file);
                records.addAll(result.records());
                rejections.addAll(result.rejections());
            }));
        }
        return new ReadResult(records, rejections);
    }

    private ReadResult readWith(Reader reader, SourceFile file) {
        if (file.size() == 0) {
            return ReadResult.rejected(file.path(), 0, "empty file");
        }
        try {
            return reader.read(file);
        } catch (RuntimeException | StackOverflowError e) {
            // a reader must not throw; if one does, the batch goes on and the file is reported
            return ReadResult.rejected(file.path(), 0, reader.format() + " reader failed: " + e);
        }
    }

    /** Says why no reader took {@code file}: binary data at which byte, or text in no known format. */
    private Rejection unknownFormat(SourceFile file) {
        var invalid = TextDecoding.firstInvalidByte(file.bytes(), 64 * 1024);
        if (invalid.isPresent()) {
            int at = invalid.getAsInt();
            return new Rejection(file.path(), TextDecoding.lineAt(file.bytes(), at),
                    "unknown format: binary data, not UTF-8 text at byte " + at);
        }
        if (TextDecoding.looksBinary(file.bytes())) {
            return new Rejection(file.path(), 0, "unknown format: binary data, not text");
        }
        return new Rejection(file.path(), 0, "unknown format: no reader recognises this file (formats: "
                + formats() + ")");
    }

    private Optional<Rejection> checkSize(SourceFile file) {
        if (file.size() == 0) {
            return Optional.of(new Rejection(file.path(), 0, "empty file"));
        }
        if (file.size() > limits.maxFileBytes()) {
            return Optional.of(new Rejection(file.path(), 0, "file is " + file.size() + " bytes, over the limit of "
                    + Limits.bytes(limits.maxFileBytes())));
        }
        return Optional.empty();
    }

    private String formats() {
        return String.join(", ", readers.stream().map(Reader::format).toList());
    }

    /** The files found under a path and what could not be unpacked. */
    public record Expansion(List<SourceFile> files, List<Rejection> rejections) {
        public Expansion {
            files = List.copyOf(files);
            rejections = List.copyOf(rejections);
        }
    }
}
