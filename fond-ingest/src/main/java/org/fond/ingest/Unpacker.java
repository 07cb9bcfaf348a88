package org.fond.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Walks files and folders and unpacks {@code .gz}, {@code .tar}, {@code .tar.gz}/{@code .tgz} and
 * {@code .zip}, streaming, under {@link Limits}. Entry names are only used as labels
 * ({@code archive.zip!/inner/file.txt}); nothing is ever written to disk, so names such as
 * {@code ../x} are harmless. A limit that trips rejects the rest of that archive with the reason.
 */
final class Unpacker {
    private static final int CHUNK = 64 * 1024;

    private final Limits limits;

    Unpacker(Limits limits) {
        this.limits = limits;
    }

    /** Sends every file under {@code root} to {@code sink}, in path order; returns what was rejected. */
    List<Rejection> expand(Path root, Consumer<SourceFile> sink) {
        List<Rejection> rejections = new ArrayList<>();
        if (!Files.exists(root)) {
            rejections.add(new Rejection(root.toString(), 0, "no such file or folder"));
            return rejections;
        }
        if (Files.isDirectory(root)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            } catch (IOException | java.io.UncheckedIOException e) {
                rejections.add(new Rejection(root.toString(), 0, "cannot list folder: " + e.getMessage()));
                return rejections;
            }
            for (Path file : files) {
                readFile(file, sink, rejections);
            }
        } else {
            readFile(root, sink, rejections);
        }
        return rejections;
    }

    private void readFile(Path file, Consumer<SourceFile> sink, List<Rejection> rejections) {
        String path = file.toString();
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                rejections.add(new Rejection(path, 0, "file is " + size + " bytes, over the limit of "
                        + Limits.bytes(limits.maxFileBytes())));
                return;
            }
            unpack(new SourceFile(path, Files.readAllBytes(file)), 0, sink, rejections);
        } catch (IOException e) {
            rejections.add(new Rejection(path, 0, "cannot read file: " + e.getMessage()));
        }
    }

    /** Sends {@code file} to the sink, or, if it is an archive, what it holds. */
    void unpack(SourceFile file, int depth, Consumer<SourceFile> sink, List<Rejection> rejections) {
        ArchiveKind kind = ArchiveKind.of(file.name());
        if (kind == ArchiveKind.NONE) {
            sink.accept(file);
            return;
        }
        if (depth >= limits.maxDepth()) {
            rejections.add(new Rejection(file.path(), 0, "archive nested more than " + limits.maxDepth()
                    + " levels deep"));
            return;
        }
        Budget budget = new Budget(file.size());
        String entry = null;
        try {
            switch (kind) {
                case GZIP -> {
                    entry = kind.inner(file.name());
                    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(file.bytes()))) {
                        byte[] bytes = budget.read(in);
                        unpack(new SourceFile(file.path() + "!/" + entry, bytes), depth + 1, sink, rejections);
                    }
                }
                case TAR, TAR_GZ -> {
                    InputStream raw = new ByteArrayInputStream(file.bytes());
                    try (TarArchiveInputStream tar = new TarArchiveInputStream(
                            kind == ArchiveKind.TAR_GZ ? new GZIPInputStream(raw) : raw)) {
                        TarArchiveEntry e;
                        while ((e = tar.getNextEntry()) != null) {
                            if (!e.isFile()) {
                                continue;
                            }
                            entry = e.getName();
                            budget.entry();
                            byte[] bytes = budget.read(tar);
                            unpack(new SourceFile(file.path() + "!/" + entry, bytes), depth + 1, sink, rejections);
                        }
                    }
                }
                case ZIP -> {
                    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file.bytes()))) {
                        ZipEntry e;
                        while ((e = zip.getNextEntry()) != null) {
                            if (e.isDirectory()) {
                                continue;
                            }
                            entry = e.getName();
                            budget.entry();
                            byte[] bytes = budget.read(zip);
                            unpack(new SourceFile(file.path() + "!/" + entry, bytes), depth + 1, sink, rejections);
                        }
                    }
                }
                case NONE -> throw new IllegalStateException("unreachable");
            }
        } catch (LimitExceeded e) {
            rejections.add(new Rejection(entry == null ? file.path() : file.path() + "!/" + entry, 0, e.getMessage()));
        } catch (IOException | RuntimeException e) {
            // a damaged archive: report it, keep what was already unpacked
            rejections.add(new Rejection(file.path(), 0, "cannot unpack " + kind.label + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
        }
    }

    /** What one archive may still expand to. */
    private final class Budget {
        private final long compressed;
        private long expanded;
        private int entries;

        Budget(long compressed) {
            this.compressed = Math.max(1, compressed);
        }

        void entry() throws LimitExceeded {
            if (++entries > limits.maxEntries()) {
                throw new LimitExceeded("archive has more than " + limits.maxEntries() + " entries");
            }
        }

        /** Reads one entry, checking every limit after each chunk so a bomb never fully expands. */
        byte[] read(InputStream in) throws IOException, LimitExceeded {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] chunk = new byte[CHUNK];
            long size = 0;
            int n;
            while ((n = in.read(chunk)) > 0) {
                size += n;
                expanded += n;
                if (size > limits.maxFileBytes()) {
                    throw new LimitExceeded("entry expands to more than " + Limits.bytes(limits.maxFileBytes()));
                }
                if (expanded > limits.maxExpandedBytes()) {
                    throw new LimitExceeded("archive expands to more than "
                            + Limits.bytes(limits.maxExpandedBytes()));
                }
                if (expanded > limits.ratioFloorBytes() && expanded > compressed * limits.maxCompressionRatio()) {
                    throw new LimitExceeded("zip bomb suspected: " + compressed + " compressed bytes expand to more than "
                            + expanded + " (over " + limits.maxCompressionRatio() + " times)");
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        }
    }

    /** A limit tripped; the message is the rejection's reason. */
    private static final class LimitExceeded extends Exception {
        LimitExceeded(String reason) {
            super(reason, null, false, false);
        }
    }

    enum ArchiveKind {
        TAR_GZ("tar.gz archive"), TAR("tar archive"), GZIP("gzip file"), ZIP("zip archive"), NONE("file");

        final String label;

        ArchiveKind(String label) {
            this.label = label;
        }

        static ArchiveKind of(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.endsWith(".tar.gz") || n.endsWith(".tgz")) {
                return TAR_GZ;
            }
            if (n.endsWith(".tar")) {
                return TAR;
            }
            if (n.endsWith(".gz")) {
                return GZIP;
            }
            if (n.endsWith(".zip")) {
                return ZIP;
            }
            return NONE;
        }

        /** The name of what a plain {@code .gz} holds: its own name less the suffix. */
        String inner(String name) {
            return name.substring(0, name.length() - 3);
        }
    }
}
