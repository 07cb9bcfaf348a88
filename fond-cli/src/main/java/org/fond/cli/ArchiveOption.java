package org.fond.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --archive DIR}, else {@code $FOND_ARCHIVE}, else {@code ./fond-archive} (ARCHITECTURE §3). */
final class ArchiveOption {
    @Option(names = "--archive", paramLabel = "DIR",
            description = "Archive directory (default: $FOND_ARCHIVE, else ./fond-archive).")
    Path archive;

    Path directory() {
        if (archive != null) {
            return archive;
        }
        String env = System.getenv("FOND_ARCHIVE");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of("fond-archive");
    }
}
