package org.fond.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.fond.search.Browse;
import org.fond.store.json.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fond browse [PATH]}: the archive tree, repository → fond → opis → delo, with counts. */
@Command(name = "browse", mixinStandardHelpOptions = true,
        description = {"Browses holdings by archival reference: repository → fond → opis → delo, with counts.",
                "PATH is a slash-separated path such as AVPRF/0102/14 (levels are strings: 0102 is not 102)."})
final class BrowseCommand implements Callable<Integer> {
    @Mixin
    ArchiveOption archive;

    @Parameters(paramLabel = "PATH", arity = "0..1", description = "Where to start (default: the repositories).")
    String path;

    @Option(names = "--format", defaultValue = "text", description = "json or text (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<String> levels = path == null || path.isBlank() ? List.of()
                : List.of(path.replaceAll("^/+|/+$", "").split("/+"));
        try (Library library = Library.openExisting(archive.directory())) {
            Browse browse = library.browse(levels);
            PrintWriter out = spec.commandLine().getOut();
            if (format == OutputFormat.json) {
                ObjectNode o = RecordJson.mapper().createObjectNode();
                levels.forEach(o.putArray("path")::add);
                var children = o.putArray("children");
                browse.children().forEach(c -> children.addObject().put("value", c.value()).put("count", c.count()));
                browse.recordIds().forEach(o.putArray("records")::add);
                out.println(RecordJson.pretty(o));
            } else {
                String here = levels.isEmpty() ? "(all repositories)" : String.join("/", levels);
                out.println(here);
                browse.children().forEach(c -> out.printf("  %-20s %6d%n", c.value(), c.count()));
                browse.recordIds().forEach(id -> out.println("  record " + id));
            }
            return browse.children().isEmpty() && browse.recordIds().isEmpty() && !levels.isEmpty()
                    ? Fond.PARTIAL : Fond.OK;
        }
    }
}
