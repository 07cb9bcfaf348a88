package org.fond.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the fond command in-process against one archive and captures what a user would see. */
record CliRun(int exitCode, String out, String err) {

    static CliRun fond(Path archive, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--archive");
        all.add(archive.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Fond.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }
}
