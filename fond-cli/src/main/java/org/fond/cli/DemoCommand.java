package org.fond.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.fond.ingest.Rejection;
import org.fond.search.Hit;
import org.fond.search.SearchRequest;
import org.fond.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code fond demo}: ingests the demo collection (the seeds and the Wilson Center sample beside the
 * checkout), shows what Fond does with it, then serves it on http://localhost:7070 (unless
 * {@code --no-serve}, for scripts and tests).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingests the demo collection (../shared/seeds and ../shared/corpus/wcda), runs sample searches, then serves it.")
final class DemoCommand implements Callable<Integer> {
    @Mixin
    ArchiveOption archive;

    @Option(names = "--shared", paramLabel = "DIR",
            description = "The folder holding seeds/ and corpus/ (default: ../shared beside the checkout).")
    Path shared;

    @Mixin
    ServeOptions serve;

    @Option(names = "--no-serve", description = "Stop after loading and the sample searches; do not start the web server.")
    boolean noServe;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!noServe) {
            serve.options();
        }
        Path root = shared != null ? shared
                : Path.of(System.getProperty("fond.home", ".")).toAbsolutePath().normalize().resolveSibling("shared");
        List<Path> inputs = new ArrayList<>();
        for (Path p : List.of(root.resolve("seeds"), root.resolve("corpus/wcda"))) {
            if (Files.isDirectory(p)) {
                inputs.add(p);
            }
        }
        if (inputs.isEmpty()) {
            throw new UserError("the demo collection is not at " + root + ": give the folder holding seeds/ "
                    + "(and corpus/wcda/) with --shared DIR, or ingest your own files with fond ingest PATH", Fond.USAGE);
        }
        try (Library library = Library.open(archive.directory())) {
            out.println("Loading the demo collection from " + inputs + " into " + library.directory() + " …");
            Library.IngestReport report = library.ingest(inputs, null, Library.DEFAULT_BATCH, Progress.forTerminal(err));
            out.printf("Loaded %d records from %d files (%d new, %d unchanged, %d new versions).%n", report.records(),
                    report.files(), report.added(), report.unchanged(), report.newVersions());
            for (Rejection r : report.rejections()) {
                out.println("  not loaded: " + r.message());
            }
            out.println();
            ArchiveStats stats = library.stats();
            stats.print(out);
            for (String q : List.of("\"Kim Il Sung\" Moscow", "\"Chinese People's Volunteers\"",
                    "date:[1955 TO 1955-12]")) {
                SearchResult result = library.search(new SearchRequest(q, 3));
                out.printf("%nfond search '%s'  →  %d record%s%n", q, result.total(), result.total() == 1 ? "" : "s");
                for (Hit h : result.hits()) {
                    out.printf("  %s  %s  %s%n", h.recordId(), h.date() == null ? "" : h.date(), h.title());
                }
            }
            out.println();
            out.println("Try: bin/fond show wcda:115956   bin/fond search 'Zhou Enlai'   bin/fond stats");
            if (noServe) {
                return Fond.OK;
            }
            out.println();
            return serve.serve(library, out);
        }
    }
}
