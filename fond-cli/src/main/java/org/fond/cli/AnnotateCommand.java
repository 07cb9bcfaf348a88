package org.fond.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.fond.core.model.Mention;
import org.fond.core.model.Provenance;
import org.fond.core.reference.ReferenceParser;
import org.fond.enrich.mentions.MentionFinder;
import org.fond.enrich.authority.SeedAuthority;
import org.fond.enrich.mentions.MentionModel;
import org.fond.enrich.mentions.NameDictionary;
import org.fond.store.json.RecordJson;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    private static final ObjectMapper JSON = RecordJson.mapper();

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (the only format).")
    String format;

    @Option(names = "--model", description = "A mention model (names, priors and the trained person finder) "
            + "written by the entities bench; without one, the seeds authority and rules find names.")
    Path model;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("jsonl")) {
            throw new UserError("annotate writes only jsonl, not '" + format + "'", Fond.USAGE);
        }
        MentionModel learned;
        try {
            learned = model == null ? new MentionModel(List.of(), Map.of(), null) : MentionModel.load(model);
        } catch (IOException e) {
            throw new UserError("cannot read the model " + model + ": " + e.getMessage(), Fond.USAGE);
        }
        MentionFinder finder = withSeeds(learned).finder();
        Reader in = new InputStreamReader(System.in, StandardCharsets.UTF_8);
        return annotate(in, spec.commandLine().getOut(), spec.commandLine().getErr(), finder);
    }

    /** The model's names joined by the seeds authority's, so that the seeds' people link to their ids. */
    static MentionModel withSeeds(MentionModel learned) {
        List<NameDictionary.Entry> names = new ArrayList<>(learned.names());
        names.addAll(NameDictionary.entries(SeedAuthority.records()));
        return new MentionModel(names, learned.prior(), learned.person());
    }

    /** Annotates each line of {@code in}; returns {@link Fond#OK}, or {@link Fond#PARTIAL} if a line was bad. */
    static int annotate(Reader in, PrintWriter out, PrintWriter err, MentionFinder finder) {
        int bad = 0;
        int number = 0;
        try (BufferedReader lines = new BufferedReader(in)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                ObjectNode answer;
                try {
                    answer = answer(JSON.readTree(line), finder);
                } catch (IOException | IllegalArgumentException e) {
                    bad++;
                    String why = e instanceof IllegalArgumentException ? e.getMessage()
                            : "not JSON (" + firstLine(e.getMessage()) + ")";
                    err.println("fond annotate: line " + number + ": " + why);
                    answer = JSON.createObjectNode();
                    answer.set("id", idOf(line));
                    answer.put("line", number);
                    answer.put("error", why);
                }
                out.println(answer.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
        return bad == 0 ? Fond.OK : Fond.PARTIAL;
    }

    private static ObjectNode answer(JsonNode input, MentionFinder finder) {
        if (input == null || !input.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        JsonNode text = input.get("text");
        if (text == null || !text.isTextual()) {
            throw new IllegalArgumentException("no string \"text\"");
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.set("id", input.get("id"));
        ArrayNode mentions = answer.putArray("mentions");
        for (Mention m : finder.find(text.asText(), null)) {
            ObjectNode o = mentions.addObject();
            o.put("type", m.type());
            o.put("start", m.span().start());
            o.put("end", m.span().end());
            o.put("surface", m.surface());
            o.put("entity", m.entity());
            if (m.type().equals("reference")) {
                // the parsed reference object, as in a record's JSON
                o.set("value", ReferenceParser.parse(m.surface(), ReferenceParser.FOUND_IN_BODY,
                                Provenance.of(MentionFinder.AGENT, "reference"))
                        .<JsonNode>map(RecordJson::reference).orElse(JSON.getNodeFactory().textNode(m.value())));
            } else {
                o.put("value", m.value());
            }
        }
        return answer;
    }

    /** The {@code id} of a line that is JSON but not a usable request, else null. */
    private static JsonNode idOf(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            return node != null && node.isObject() ? node.get("id") : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
