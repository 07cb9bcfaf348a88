package org.fond.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds {@code shared/} (corpus and seeds): {@code FOND_SHARED}, else beside the checkout ({@code fond.home}), else above the working folder. */
final class Shared {
    private Shared() {
    }

    static Path find() {
        String env = System.getenv("FOND_SHARED");
        if (env != null && Files.isDirectory(Path.of(env, "corpus"))) {
            return Path.of(env);
        }
        String home = System.getProperty("fond.home");
        Path start = home != null ? Path.of(home) : Path.of("").toAbsolutePath();
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("corpus"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("../shared (the corpus) is missing; pass --shared DIR or set FOND_SHARED");
    }
}
