package org.fond.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code fond} command: the entry point of the jar that {@code bin/fond} runs. */
@Command(name = "fond", mixinStandardHelpOptions = true, versionProvider = Fond.Version.class,
        description = "Fond: a research archive for translated, declassified diplomatic documents.",
        subcommands = {IngestCommand.class, AnnotateCommand.class, ShowCommand.class, SearchCommand.class, BrowseCommand.class, ReindexCommand.class,
                StatsCommand.class, DemoCommand.class, AuthorityCommand.class, ServeCommand.class, CiteCommand.class,
                CommandLine.HelpCommand.class})
public final class Fond {
    /** All ingested, or nothing to do. */
    public static final int OK = 0;
    /** Some inputs were rejected (each listed), or the thing asked for does not exist. */
    public static final int PARTIAL = 1;
    /** Usage error, or the archive could not be used at all. */
    public static final int USAGE = 2;

    /**
     * Lucene reports through java.util.logging that the vector incubator module is not enabled; that
     * is a tuning note for operators, not something a user of the command should see on every run.
     * Held in a field because java.util.logging keeps loggers only weakly.
     */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

    static {
        LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Fond());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExitCodeExceptionMapper(e -> USAGE);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("fond: " + e.getMessage());
            err.println("Try 'fond " + commandPath(e.getCommandLine()) + " --help'.");
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UserError user) {
                err.println("fond: " + user.getMessage());
                return user.exitCode();
            }
            err.println("fond: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            if (System.getenv("FOND_DEBUG") != null) {
                e.printStackTrace(err);
            } else {
                err.println("fond: (set FOND_DEBUG=1 to see the internal details)");
            }
            return USAGE;
        });
        return cli.execute(args);
    }

    private static String commandPath(CommandLine cl) {
        String name = cl.getCommandName();
        return "fond".equals(name) ? "" : name;
    }

    /** Prints the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Fond.class.getPackage().getImplementationVersion();
            return new String[] {"fond " + (v == null ? "(development build)" : v)};
        }
    }
}
