package org.fond.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.fond.enrich.mentions.MentionFinder;
import org.fond.web.Annotations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code fond annotate}: JSONL in, JSONL out (ARCHITECTURE §3), through the same mention finder as
 * ingest. Every input line gets exactly one output line, in order. A line that is not a JSON object
 * with a string {@code text} is answered with {@code {"id": …, "line": N, "error": "…"}} and reported on
 * standard error with its line number; the other lines are still annotated, and the run ends with exit
 * code 1 so that a pipeline notices.
 */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Reads {\"id\":…, \"text\":…} lines on standard input and writes {\"id\":…, \"mentions\":[…]} "
                + "lines: persons, organizations, places, dates, references and quantities with UTF-16 offsets.")
final class AnnotateCommand implements Callable<Integer> {
    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (the only format).")
    String format;

    @Option(names = "--model", description = "A mention model (names, priors and the trained person finder) "
            + "written by the entities bench; without one, the seeds authority and rules find names.")
    Path model;

    @picocli.CommandLine.Mixin
    ArchiveOption archive;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("jsonl")) {
            throw new UserError("annotate writes only jsonl, not '" + format + "'", Fond.USAGE);
        }
        // The archive's authority (the seed authority when it has none) and model: what ingest uses.
        Path dir = archive.directory();
        Path modelFile = model != null ? model : dir.resolve(Enrichment.MODEL_FILE);
        if (model != null && !java.nio.file.Files.isRegularFile(model)) {
            throw new UserError("no such model file: " + model, Fond.USAGE);
        }
        MentionFinder finder = Enrichment.finder(ArchiveAuthority.load(dir), modelFile);
        Reader in = new InputStreamReader(System.in, StandardCharsets.UTF_8);
        return annotate(in, spec.commandLine().getOut(), spec.commandLine().getErr(), finder);
    }

    /** Annotates each line of {@code in}; returns {@link Fond#OK}, or {@link Fond#PARTIAL} if a line was bad. */
    static int annotate(Reader in, PrintWriter out, PrintWriter err, MentionFinder finder) {
        int bad = 0;
        int number = 0;
        try (BufferedReader lines = new BufferedReader(in)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                ObjectNode answer = Annotations.answer(Annotations.line(line), number, finder);
                if (answer.has("error")) {
                    bad++;
                    err.println("fond annotate: line " + number + ": " + answer.get("error").asText());
                }
                out.println(answer.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
        return bad == 0 ? Fond.OK : Fond.PARTIAL;
    }
}
