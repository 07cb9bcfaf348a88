package org.fond.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Finds the real documents tests read: {@code ../shared} beside the checkout (the build passes it
 * as the system property {@code fond.shared}; {@code FOND_SHARED} overrides). Fails loudly when it
 * is missing: a test that needs real documents must never pass without them.
 */
public final class Shared {
    private Shared() {
    }

    public static Path root() {
        String configured = System.getProperty("fond.shared", System.getenv("FOND_SHARED"));
        if (configured != null && Files.isDirectory(Path.of(configured, "seeds"))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("seeds"))) {
                return candidate.normalize();
            }
        }
        throw new IllegalStateException("../shared (seeds and corpus) is missing: tests read real documents from "
                + "../shared beside the checkout; set -Dfond.shared or FOND_SHARED to its path");
    }

    public static Path path(String relative) {
        Path p = root().resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("missing shared test data: " + p);
        }
        return p;
    }

    /** Seed S1, WCDA record 115956 (Puzanov's journal, 17 December 1957). */
    public static Path seed115956() {
        return path("seeds/000_5143e979d6764e61.txt");
    }

    /** Seed S2, WCDA record 115797 (Molotov and Suslov, 17 January 1955). */
    public static Path seed115797() {
        return path("seeds/004_0a6ed9221f530529.txt");
    }

    public static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a gzipped file of the shared folder ({@code corpus/frus-tei/….xml.gz}), as UTF-8. */
    public static String gunzip(String relative) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(path(relative)))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
