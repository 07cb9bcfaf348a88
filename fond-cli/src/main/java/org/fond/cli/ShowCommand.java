package org.fond.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import org.fond.store.json.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fond show ID}: one record, as the record JSON or as text. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Shows one record.")
final class ShowCommand implements Callable<Integer> {
    @Mixin
    ArchiveOption archive;

    @Parameters(paramLabel = "ID", description = "Record id, e.g. wcda:115956 (a bare 115956 is read as wcda:115956).")
    String id;

    @Option(names = "--format", defaultValue = "text", description = "json or text (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Library library = Library.openExisting(archive.directory())) {
            String wanted = id.matches("\\d+") ? "wcda:" + id : id;
            String json = library.recordJson(wanted)
                    .orElseThrow(() -> new UserError("no record " + wanted + " in " + archive.directory()
                            + " (fond search lists what is there)", Fond.PARTIAL));
            JsonNode tree = RecordJson.parse(json);
            if (format == OutputFormat.json) {
                spec.commandLine().getOut().println(RecordJson.pretty(tree));
            } else {
                RecordText.print(tree, spec.commandLine().getOut());
            }
            return Fond.OK;
        }
    }
}
