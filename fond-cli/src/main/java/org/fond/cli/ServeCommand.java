package org.fond.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code fond serve}: the REST API and the web pages over an archive, on localhost:7070 by default. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the archive: web pages and the REST API (/api, described at /api/openapi.json).",
                "Listens on 127.0.0.1 unless --bind says otherwise; writes need --token-file."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ArchiveOption archive;

    @Mixin
    ServeOptions serve;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        serve.options();
        try (Library library = Library.openExisting(archive.directory())) {
            return serve.serve(library, spec.commandLine().getOut());
        }
    }
}
