package org.fond.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.fond.ingest.Rejection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fond ingest PATH...}: reads files into the archive, idempotently, batch by batch. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads files or folders (recursively; .gz, .tar.gz and .zip too) into the archive.",
                "The same input twice gives no duplicates; a changed file gives a new version, the old kept.",
                "Exit 0: all ingested; 1: some inputs rejected (each listed with file, line and reason); 2: usage."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    ArchiveOption archive;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to ingest.")
    List<Path> paths;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Read every file as this format (e.g. wcda-export) instead of detecting it.")
    String format;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + Library.DEFAULT_BATCH,
            description = "Files per transaction at most; a transaction also ends at 4 MiB of files (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (batchSize < 1) {
            throw new UserError("--batch-size must be at least 1", Fond.USAGE);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Library library = Library.open(archive.directory())) {
            Library.IngestReport report = library.ingest(paths, format, batchSize, Progress.forTerminal(err));
            for (Rejection r : report.rejections()) {
                err.println("rejected: " + r.message());
            }
            double seconds = report.nanos() / 1e9;
            out.printf("Ingested %d records from %d files into %s: %d new, %d unchanged, %d new versions; "
                            + "%d rejected. %.1f s, %.0f records/s, %.2f MB/s.%n",
                    report.records(), report.files(), library.directory(), report.added(), report.unchanged(),
                    report.newVersions(), report.rejections().size(), seconds,
                    seconds > 0 ? report.records() / seconds : 0, seconds > 0 ? report.bytes() / 1e6 / seconds : 0);
            return report.rejections().isEmpty() ? Fond.OK : Fond.PARTIAL;
        }
    }
}
