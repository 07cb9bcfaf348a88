package org.fond.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fond stats}: records, originals and index documents by source format and repository. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Counts records, original files and index documents by source format and repository; "
                + "the three must agree.")
final class StatsCommand implements Callable<Integer> {
    @Mixin
    ArchiveOption archive;

    @Option(names = "--format", defaultValue = "text", description = "json or text (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Library library = Library.openExisting(archive.directory())) {
            ArchiveStats stats = library.stats();
            if (format == OutputFormat.json) {
                spec.commandLine().getOut().println(stats.toJson());
            } else {
                stats.print(spec.commandLine().getOut());
            }
            return stats.consistent() ? Fond.OK : Fond.PARTIAL;
        }
    }
}
