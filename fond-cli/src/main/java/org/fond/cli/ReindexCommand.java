package org.fond.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code fond reindex}: rebuilds the search index from the archive's originals. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuilds the search index from the archive (the catalog is the source of truth).")
final class ReindexCommand implements Callable<Integer> {
    @Mixin
    ArchiveOption archive;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Library library = Library.openExisting(archive.directory())) {
            long started = System.nanoTime();
            long n = library.reindex(Progress.forTerminal(spec.commandLine().getErr()));
            spec.commandLine().getOut().printf("Reindexed %d records in %.1f s.%n", n,
                    (System.nanoTime() - started) / 1e9);
            return Fond.OK;
        }
    }
}
