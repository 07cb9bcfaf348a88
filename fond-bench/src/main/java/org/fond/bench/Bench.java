package org.fond.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fond bench}: the entry point of the benchmark jar that {@code bin/fond bench} runs. */
@Command(name = "fond bench", mixinStandardHelpOptions = true, subcommands = {Bench.Search.class, Bench.Queries.class, Bench.Stages.class, Bench.Web.class, Bench.Entities.class},
        description = "Measures Fond: search against a raw-Lucene floor, the web under load, entity finding against gold labels.")
public final class Bench {
    /**
     * Untimed rounds of the query mix before the timed ones. Three left the JIT still compiling
     * Fond's search code in the timed rounds: on one 100k archive (bench queries, two turns a run)
     * the first turn's p99 after 3 rounds was 55–74 ms against 19–22 ms in the second; after 40
     * rounds 20.4 against 18.5, as a server that has answered a few hundred searches runs. The floor
     * gets the same rounds.
     */
    static final int WARMUP_ROUNDS = 40;

    public static void main(String[] args) {
        java.util.logging.Logger.getLogger("org.apache.lucene").setLevel(java.util.logging.Level.SEVERE);
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Bench());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    /** {@code fond bench search}. */
    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Builds archives of the given sizes from ../shared (FRUS TEI, WCDA, seeds; copied under new "
                    + "ids and shifted dates to reach the size), ingests them with Fond and indexes the same text with raw "
                    + "Lucene, and prints one table: ingest docs/s, MB/s and CPU s, index size, query latency p50/p95/p99 "
                    + "over a fixed mix, cold start to first answer, heap; then Fond's ratios to the floor.")
    static final class Search implements Callable<Integer> {
        @Option(names = "--sizes", split = ",", defaultValue = "100000", paramLabel = "N[,N…]",
                description = "Archive sizes in records (default: ${DEFAULT-VALUE}).")
        List<Integer> sizes;

        @Option(names = "--out", paramLabel = "DIR", description = "Where the archives and the table go "
                + "(default: a new temporary folder, deleted afterwards).")
        Path out;

        @Option(names = "--shared", paramLabel = "DIR", description = "The shared folder with corpus/ and seeds/ "
                + "(default: ../shared beside the checkout).")
        Path shared;

        @Option(names = "--markdown", description = "Print the table as Markdown.")
        boolean markdown;

        @CommandLine.Mixin
        Rounds rounds;

        @Option(names = "--batch-size", defaultValue = "200",
                description = "Files per Fond transaction at most, as fond ingest takes them; a transaction also ends at "
                        + "4 MiB of files (a FRUS volume is one file of hundreds of records) (default: ${DEFAULT-VALUE}).")
        int batchSize;

        @Option(names = "--floor-threads", defaultValue = "1",
                description = "Writer threads of the floor (default: ${DEFAULT-VALUE}).")
        int floorThreads;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            rounds.check(spec);
            PrintWriter stdout = spec.commandLine().getOut();
            PrintWriter log = spec.commandLine().getErr();
            Path root = out != null ? out : Files.createTempDirectory("fond-bench");
            Path sharedDir = shared != null ? shared : Shared.find();
            log.printf("reading the corpus in %s%n", sharedDir);
            log.flush();
            BaseCorpus corpus = BaseCorpus.load(sharedDir);
            log.printf("%d records in %d files%n", corpus.records(), corpus.files().size());
            SearchBench bench = new SearchBench(rounds.warmup, rounds.timed, batchSize, floorThreads, log);
            List<Measurement> all = new ArrayList<>();
            for (int size : sizes) {
                Path dir = root.resolve("search-" + size);
                if (Files.exists(dir)) {
                    throw new CommandLine.ParameterException(spec.commandLine(), dir + " exists; choose another --out");
                }
                all.addAll(bench.run(Plan.of(corpus, size), dir));
            }
            String text = Table.text(all);
            String md = Table.markdown(all);
            Files.createDirectories(root);
            Files.writeString(root.resolve("bench-search.txt"), text, StandardCharsets.UTF_8);
            Files.writeString(root.resolve("bench-search.md"), md, StandardCharsets.UTF_8);
            stdout.print(markdown ? md : text);
            stdout.flush();
            if (out == null) {
                Cleanup.delete(root);
            } else {
                log.printf("archives and tables in %s%n", root);
            }
            return 0;
        }
    }

    /** The rounds of the query mix each engine runs: untimed first (a turn's, in bench queries), then timed. */
    static final class Rounds {
        @Option(names = "--rounds", defaultValue = "30", description = "Timed rounds of the query mix (default: ${DEFAULT-VALUE}).")
        int timed;

        @Option(names = "--warmup", defaultValue = "" + WARMUP_ROUNDS, description = "Untimed rounds of the mix "
                + "before the timed ones (default: ${DEFAULT-VALUE}).")
        int warmup;

        void check(CommandLine.Model.CommandSpec spec) {
            if (timed < 1 || warmup < 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--rounds must be at least 1, --warmup at least 0");
            }
        }
    }

    /** {@code fond bench queries}: the query mix again on archives a {@code bench search --out} left. */
    @Command(name = "queries", mixinStandardHelpOptions = true,
            description = "Times the query mix of bench search again on the archives it left under --out (a "
                    + "search-N folder holding fond/ and floor/), Fond and the floor taking turns in this JVM, without "
                    + "ingesting: to compare query code of two builds on one archive, or to time a large archive "
                    + "again. Prints each turn's p50/p95/p99 and each kind of query's p50/p99.")
    static final class Queries implements Callable<Integer> {
        @CommandLine.Parameters(paramLabel = "DIR", description = "A search-N folder of bench search --out.")
        Path dir;

        @CommandLine.Mixin
        Rounds rounds;

        @Option(names = "--turns", defaultValue = "2", description = "Turns of each engine, alternating (default: ${DEFAULT-VALUE}).")
        int turns;

        @Option(names = "--kind", paramLabel = "KIND", description = "Only the queries of one kind: ${COMPLETION-CANDIDATES}.")
        QueryMix.Kind kind;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Path fond = dir.resolve("fond");
            Path floor = dir.resolve("floor");
            for (Path p : List.of(fond.resolve("index"), floor)) {
                if (!Files.isDirectory(p)) {
                    throw new CommandLine.ParameterException(spec.commandLine(), dir + " is not a folder bench search "
                            + "left: " + p + " is missing");
                }
            }
            rounds.check(spec);
            if (turns < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--turns must be at least 1");
            }
            List<QueryMix.Query> mix = QueryMix.ALL.stream().filter(q -> kind == null || q.kind() == kind).toList();
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter log = spec.commandLine().getErr();
            SearchBench bench = new SearchBench(rounds.warmup, rounds.timed, 1, 1, mix, log);
            out.println("| turn | engine | queries | p50 ms | p95 ms | p99 ms |");
            out.println("|---:|---|---:|---:|---:|---:|");
            try (org.fond.cli.LibraryAccess library = org.fond.cli.LibraryAccess.openUncached(fond);
                 Floor.Searcher searcher = new Floor.Searcher(floor)) {
                for (int t = 1; t <= turns; t++) {
                    log.printf("turn %d, fond:%n", t);
                    row(out, t, "fond", bench.timeFond(library));
                    log.printf("turn %d, floor:%n", t);
                    row(out, t, "floor", bench.timeFloor(searcher));
                }
            }
            return 0;
        }

        private static void row(PrintWriter out, int turn, String engine, Latencies l) {
            out.printf(java.util.Locale.ROOT, "| %d | %s | %d | %.2f | %.2f | %.2f |%n", turn, engine, l.count(),
                    l.percentileMillis(50), l.percentileMillis(95), l.percentileMillis(99));
            out.flush();
        }
    }

    /** {@code fond bench stages}: ingest's CPU per record, stage by stage, on one thread. */
    @Command(name = "stages", mixinStandardHelpOptions = true,
            description = "Reads the corpus in ../shared (FRUS TEI, WCDA, seeds) again and again through ingest's stages "
                    + "on one thread and prints the CPU each takes a record (reading and analysis, names, the catalog "
                    + "entry's JSON, indexing), from the rounds after the JIT has warmed up, with the spread over rounds.")
    static final class Stages implements Callable<Integer> {
        @Option(names = "--rounds", defaultValue = "8",
                description = "Passes over the corpus; the first half warms up, the second half is timed (default: ${DEFAULT-VALUE}).")
        int rounds;

        @Option(names = "--shared", paramLabel = "DIR", description = "The shared folder (default: ../shared beside the checkout).")
        Path shared;

        @Option(names = "--against", paramLabel = "JAR", description = "Another build's fond-bench.jar (or class path): "
                + "runs it and this build in alternating JVMs and prints each stage's ratio within each pair.")
        String against;

        @Option(names = "--pairs", defaultValue = "5", description = "Pairs of runs with --against (default: ${DEFAULT-VALUE}).")
        int pairs;

        @Option(names = "--interleaved", description = "With --against: both builds in this JVM, each through a class "
                + "loader of its own, taking turns round by round (--rounds each), each stage's ratio taken within a turn "
                + "pair; far less noise than alternating JVMs. The other build needs this option too.")
        boolean interleaved;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException, InterruptedException {
            if (rounds < 2) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--rounds must be at least 2");
            }
            PrintWriter log = spec.commandLine().getErr();
            if (interleaved && against == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--interleaved needs --against JAR");
            }
            if (against != null && interleaved) {
                spec.commandLine().getOut().print(StageInterleave.compare(System.getProperty("java.class.path"), against,
                        shared != null ? shared : Shared.find(), rounds, log));
                spec.commandLine().getOut().flush();
                return 0;
            }
            if (against != null) {
                if (pairs < 1) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--pairs must be at least 1");
                }
                spec.commandLine().getOut().print(StagePairs.compare(System.getProperty("java.class.path"), against,
                        shared != null ? shared : Shared.find(), rounds, pairs, log));
                spec.commandLine().getOut().flush();
                return 0;
            }
            BaseCorpus corpus = BaseCorpus.load(shared != null ? shared : Shared.find());
            List<org.fond.ingest.SourceFile> files = corpus.files().stream().map(BaseCorpus.BaseFile::file).toList();
            log.printf("%d records in %d files, %d rounds%n", corpus.records(), files.size(), rounds);
            log.flush();
            Path dir = Files.createTempDirectory("fond-bench-stages");
            List<org.fond.cli.LibraryAccess.StageTimes> timed = new ArrayList<>();
            try (org.fond.cli.LibraryAccess library = org.fond.cli.LibraryAccess.open(dir)) {
                for (int r = 0; r < rounds; r++) {
                    org.fond.cli.LibraryAccess.StageTimes t = library.timeStages(files);
                    if (r >= rounds / 2) {
                        timed.add(t);
                    }
                }
            } finally {
                Cleanup.delete(dir);
            }
            spec.commandLine().getOut().print(StageTable.markdown(timed));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    /** {@code fond bench web}: the load benchmark of the web API and record pages (fond-web's WebLoad). */
    @Command(name = "web", mixinStandardHelpOptions = false,
            description = "Drives /api/search and record pages with concurrent clients and prints throughput, "
                    + "p50/p99, errors and the server's cache hit rates: --url URL (a running fond serve) or "
                    + "--archive DIR (served here; --no-cache serves it without answer caches), [--seconds 60] "
                    + "[--clients 50] [--mix fixed|corpus] (corpus: two searches in three are words of the titles).")
    static final class Web implements Callable<Integer> {
        @CommandLine.Unmatched
        List<String> args = new ArrayList<>();

        @Override
        public Integer call() {
            return org.fond.web.bench.WebLoad.run(args.toArray(String[]::new), System.out, System.err);
        }
    }

    /** {@code fond bench entities}: person mentions, linking, references and dates against the corpus's gold labels. */
    @Command(name = "entities", mixinStandardHelpOptions = true,
            description = "Trains on part of the FRUS volumes with person markup and reports person-mention precision, "
                    + "recall and F1, linking accuracy and date accuracy on the held-out documents, NAA reference parse rate and "
                    + "date accuracy against DAFP's catalogue labels, with annotation "
                    + "throughput; --save writes the trained mention model (an archive uses it as mentions-model.zip).")
    static final class Entities implements Callable<Integer> {
        @Option(names = "--shared", paramLabel = "DIR", description = "The shared folder (default: ../shared beside the checkout).")
        Path shared;

        @Option(names = "--save", paramLabel = "FILE", description = "Write the trained mention model here.")
        Path save;

        @Override
        public Integer call() throws IOException {
            Path corpus = (shared != null ? shared : Shared.find()).resolve("corpus");
            Path dir = corpus.resolve("frus-tei");
            List<String> args = new ArrayList<>();
            if (save != null) {
                args.add("--save");
                args.add(save.toString());
            }
            args.add(dir.resolve("frus1917Supp02v02.xml.gz").toString());
            args.add(dir.resolve("frus1918Russiav03.xml.gz").toString());
            args.add(corpus.resolve("dafp").toString()); // NAA reference parse rate and dates against DAFP's labels
            org.fond.enrich.mentions.eval.EntitiesBench.main(args.toArray(String[]::new));
            return 0;
        }
    }
}
