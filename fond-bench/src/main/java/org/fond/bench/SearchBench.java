package org.fond.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.fond.cli.LibraryAccess;
import org.fond.ingest.Rejection;
import org.fond.ingest.SourceFile;
import org.fond.search.SearchRequest;

/**
 * One size of {@code fond bench search}: builds the Fond archive and the floor index from the
 * same plan, then times the query mix on each (warm-up rounds first), a cold start in a fresh JVM,
 * and the heap. Fond and the floor run one after the other in this JVM, never at the same time.
 */
final class SearchBench {
    /** Rounds of the whole mix before timing, and timed rounds. */
    private final int warmupRounds;
    private final int rounds;
    /** The queries a round runs, in order: the whole mix, or one kind of it. */
    private final List<QueryMix.Query> mix;
    private final int batchSize;
    private final int floorThreads;
    private final PrintWriter log;

    SearchBench(int warmupRounds, int rounds, int batchSize, int floorThreads, PrintWriter log) {
        this(warmupRounds, rounds, batchSize, floorThreads, QueryMix.ALL, log);
    }

    SearchBench(int warmupRounds, int rounds, int batchSize, int floorThreads, List<QueryMix.Query> mix,
                PrintWriter log) {
        this.mix = List.copyOf(mix);
        this.warmupRounds = warmupRounds;
        this.rounds = rounds;
        this.batchSize = batchSize;
        this.floorThreads = floorThreads;
        this.log = log;
    }

    List<Measurement> run(Plan plan, Path dir) throws IOException {
        List<Measurement> out = new ArrayList<>();
        try (Heap heap = new Heap()) {
            out.add(fond(plan, dir.resolve("fond"), heap));
            out.add(floor(plan, dir.resolve("floor"), heap));
        }
        return out;
    }

    private Measurement fond(Plan plan, Path dir, Heap heap) throws IOException {
        heap.reset();
        log.printf("fond: ingesting %d records (%d files) into %s%n", plan.records(), plan.copies().size(), dir);
        log.flush();
        long[] copying = new long[2];
        long cpuBefore = Cpu.processNanos();
        LibraryAccess.Ingested ingested;
        Map<String, Double> byThread;
        try (ThreadCpu threads = new ThreadCpu(); LibraryAccess library = LibraryAccess.open(dir)) {
            ingested = library.ingest(sink -> feed(plan, sink, copying), batchSize);
            byThread = threads.seconds();
        }
        if (!ingested.rejections().isEmpty() || ingested.records() != plan.records()) {
            throw new IllegalStateException("fond ingested " + ingested.records() + " of " + plan.records()
                    + " records; rejected: " + ingested.rejections().stream().limit(3).map(Rejection::message).toList());
        }
        // making the copies is the benchmark's work, not Fond's: its time is taken out
        double seconds = (ingested.nanos() - copying[0]) / 1e9;
        double cpu = (Cpu.processNanos() - cpuBefore - copying[1]) / 1e9;
        log.printf("fond: ingested in %.1f s (copies made in %.1f s more)%n", seconds, copying[0] / 1e9);
        logThreads(byThread, copying[1] / 1e9, ingested);
        log.flush();
        double cold = coldStart("fond", dir);
        Latencies latencies;
        try (LibraryAccess library = LibraryAccess.openUncached(dir)) {
            latencies = timeFond(library);
            long live = heap.livePeak();
            return new Measurement("fond", ingested.records(), seconds, cpu, ingested.bytes(), size(dir.resolve("index")),
                    size(dir), latencies, cold, live, heap.peak());
        }
    }

    /**
     * Where the ingest's CPU went, by thread: the copies are made on the ingesting thread and taken
     * out of it, as they are out of the ingest's CPU seconds.
     */
    private void logThreads(Map<String, Double> byThread, double copyingSeconds, LibraryAccess.Ingested ingested) {
        if (byThread.isEmpty()) {
            log.println("fond: CPU by thread not available here (no /proc/self/task)");
            return;
        }
        String ingesting = ThreadCpu.GROUPS.get(1).label();
        byThread.computeIfPresent(ingesting, (k, v) -> Math.max(0, v - copyingSeconds));
        double total = byThread.values().stream().mapToDouble(Double::doubleValue).sum();
        log.println("fond: ingest CPU by thread");
        byThread.forEach((group, sec) -> log.printf("  %-52s %8.1f s %4.0f%%%n", group, sec, total > 0 ? 100 * sec / total : 0));
        log.printf("  %-52s %8.1f s%n", "all threads", total);
        log.printf("  %-52s %8.1f s%n", "of the ingesting thread's: storing (catalog, originals)",
                ingested.storeCpuNanos() / 1e9);
        // the reading and indexing threads each take the other kind's work when they have none of their own
        log.printf("  %-52s %8.1f s%n", "reading files, on either kind of thread", ingested.readCpuNanos() / 1e9);
        log.printf("  %-52s %8.1f s%n", "indexing, on either kind of thread", ingested.indexCpuNanos() / 1e9);
    }

    /** Pushes the plan's copies to Fond, adding up the wall and CPU time spent making them ({@code copying[0], [1]}). */
    private static List<Rejection> feed(Plan plan, Consumer<SourceFile> sink, long[] copying) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (Plan.Copy c : plan.copies()) {
            long began = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            SourceFile file = new SourceFile(plan.path(c), plan.bytes(c));
            copying[0] += System.nanoTime() - began;
            copying[1] += threads.getCurrentThreadCpuTime() - cpu;
            sink.accept(file);
        }
        return List.of();
    }

    private Measurement floor(Plan plan, Path dir, Heap heap) throws IOException {
        heap.reset();
        log.printf("floor: indexing %d records with %d thread(s) into %s%n", plan.records(), floorThreads, dir);
        log.flush();
        long cpuBefore = Cpu.processNanos();
        Floor.Built built = Floor.build(plan, dir, floorThreads);
        double cpu = (Cpu.processNanos() - cpuBefore) / 1e9;
        log.printf("floor: indexed in %.1f s%n", built.nanos() / 1e9);
        log.flush();
        double cold = coldStart("floor", dir);
        try (Floor.Searcher searcher = new Floor.Searcher(dir)) {
            Latencies latencies = timeFloor(searcher);
            long live = heap.livePeak();
            return new Measurement("floor", built.records(), built.nanos() / 1e9, cpu, built.bytes(), size(dir), size(dir),
                    latencies, cold, live, heap.peak());
        }
    }

    /**
     * The mix on Fond's archive, opened without answer caches: the mix repeats its queries, so with
     * the caches on every timed round would be a cache hit.
     */
    Latencies timeFond(LibraryAccess library) {
        return time(q -> {
            SearchRequest request = new SearchRequest(q.fond(), 10);
            if (q.kind() == QueryMix.Kind.FACETED) {
                request = request.withFacets(QueryMix.FACETS);
            }
            library.search(request);
        });
    }

    Latencies timeFloor(Floor.Searcher searcher) {
        return time(q -> {
            try {
                searcher.search(q);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private Latencies time(Consumer<QueryMix.Query> search) {
        for (int i = 0; i < warmupRounds; i++) {
            mix.forEach(search);
        }
        long[] micros = new long[rounds * mix.size()];
        Map<QueryMix.Kind, List<Long>> byKind = new EnumMap<>(QueryMix.Kind.class);
        int n = 0;
        for (int i = 0; i < rounds; i++) {
            for (QueryMix.Query q : mix) {
                long began = System.nanoTime();
                search.accept(q);
                micros[n] = (System.nanoTime() - began) / 1_000;
                byKind.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(micros[n++]);
            }
        }
        // where the tail comes from: each kind of query's own percentiles, in the log beside the table
        StringBuilder line = new StringBuilder("  by kind (p50/p99 ms):");
        byKind.forEach((kind, list) -> {
            Latencies l = new Latencies(list.stream().mapToLong(Long::longValue).toArray());
            line.append(String.format(Locale.ROOT, " %s %.2f/%.2f", kind.name().toLowerCase(Locale.ROOT),
                    l.percentileMillis(50), l.percentileMillis(99)));
        });
        log.println(line);
        log.flush();
        return new Latencies(micros);
    }

    /** Milliseconds from launching a fresh JVM to its first answer (the page cache is warm). */
    private static double coldStart(String engine, Path dir) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1g", "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), ColdStart.class.getName(), engine, dir.toString(), "treaty")
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        long began = System.nanoTime();
        Process p = pb.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            double millis = (System.nanoTime() - began) / 1e6;
            if (line == null || !line.startsWith("ready")) {
                throw new IllegalStateException(engine + " cold start gave no answer");
            }
            p.waitFor();
            return millis;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
