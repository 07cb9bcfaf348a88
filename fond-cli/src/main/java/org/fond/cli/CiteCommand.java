package org.fond.cli;

import java.util.concurrent.Callable;
import org.fond.store.json.RecordJson;
import org.fond.web.Citations;
import org.fond.web.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fond cite ID}: a citation of one record, formatted by citeproc-java with CSL styles. */
@Command(name = "cite", mixinStandardHelpOptions = true, description = "Prints a citation of one record.")
final class CiteCommand implements Callable<Integer> {
    @Mixin
    ArchiveOption archive;

    @Parameters(paramLabel = "ID", description = "Record id, e.g. wcda:115956 (a bare 115956 is read as wcda:115956).")
    String id;

    @Option(names = "--style", defaultValue = "wcda", paramLabel = "STYLE",
            description = "wcda, chicago, bibtex, ris or csl-json (default: ${DEFAULT-VALUE}).")
    String style;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Citations.Style chosen;
        try {
            chosen = Citations.Style.parse(style);
        } catch (Problem e) {
            throw new UserError(e.getMessage(), Fond.USAGE);
        }
        try (Library library = Library.openExisting(archive.directory())) {
            String wanted = id.matches("\\d+") ? "wcda:" + id : id;
            String json = library.recordJson(wanted).orElseThrow(() -> new UserError("no record " + wanted + " in "
                    + archive.directory() + " (fond search lists what is there)", Fond.PARTIAL));
            spec.commandLine().getOut().println(new Citations().format(RecordJson.parse(json), chosen));
            return Fond.OK;
        }
    }
}
