package org.fond.web.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.fond.enrich.authority.Authority;
import org.fond.enrich.authority.AuthorityLoader;
import org.fond.enrich.authority.SeedAuthority;
import org.fond.search.SearchIndex;
import org.fond.search.lucene.LuceneSearchIndex;
import org.fond.store.Archive;
import org.fond.store.json.RecordJson;
import org.fond.web.ArchiveHoldings;
import org.fond.web.CatalogTexts;
import org.fond.web.FondWeb;
import org.fond.web.WebOptions;

/**
 * Drives {@code /api/search} (a mix of queries, see {@link Workload}) and record pages
 * ({@code /records/{id}}, ids taken from {@code /api/records}) with many concurrent clients for a
 * while, against a running server or one it starts itself over an archive directory, then reports
 * requests, throughput, p50/p99 and errors per kind of request, and the hit rate of each of the
 * server's answer caches over the run (from {@code /api/stats} before and after). Each client is a
 * virtual thread sending one request at a time through a shared {@link HttpClient}; a non-200 answer
 * or a failed exchange counts as an error. {@code --no-cache} serves the archive with the caches off
 * (the index's answer caches and the rendered record pages),
 * so both figures can be shown; {@code --warmup} runs the load that long first, unmeasured (the
 * default, none, counts the cold start: the JIT, empty caches).
 *
 * <pre>WebLoad (--url http://localhost:7070 | --archive DIR [--no-cache]) [--seconds 60] [--clients 50]
 *         [--mix fixed|corpus] [--warmup 0]</pre>
 */
public final class WebLoad {
    /** The search mix: names in several scripts and spellings, phrases, fields, ranges, filters, everything. */
    public static final List<String> QUERIES = List.of("q=Kim+Il+Sung", "q=" + enc("Ким Ир Сен"), "q=" + enc("\"Soviet ambassador\""),
            "q=Mao", "q=" + enc("year:1957"), "q=" + enc("ref:\"AVPRF F. 0102\""), "q=" + enc("Korea AND China"), "q=treaty",
            "q=Pyongyang", "q=", "q=" + enc("date:[1955 TO 1957]"), "q=" + enc("Khrushchev OR Molotov"),
            "q=party&f=" + enc("person:\"per:kim-il-sung\""), "q=embassy&sort=date");
    /** How many record ids to take from the server for the record pages. */
    static final int RECORD_SAMPLE = 2000;

    private WebLoad() {
    }

    /** What one kind of request did over the run. */
    public record Row(String kind, long requests, long errors, double perSecond, double p50Millis, double p99Millis,
                      double maxMillis) {
    }

    /** Which searches the clients send: the fixed fourteen, or those and words of the archive's titles (see {@link Workload}). */
    public enum Mix {
        FIXED, CORPUS;

        static Mix parse(String s) {
            return switch (s.toLowerCase(Locale.ROOT)) {
                case "fixed" -> FIXED;
                case "corpus" -> CORPUS;
                default -> throw new IllegalArgumentException("--mix must be fixed or corpus, not " + s);
            };
        }
    }

    /** One of the server's answer caches over the run: lookups answered from it, and computed. */
    public record CacheRow(String name, long hits, long misses) {
        public double hitRate() {
            return hits + misses == 0 ? 0 : (double) hits / (hits + misses);
        }
    }

    /**
     * The rows (search, record, all), the caches, the run's length, warm-up and mix, the first few
     * errors as seen; the CPU this process spent per request (the server's too when it serves the
     * archive itself: a figure the other work on the machine changes less than the times), and the
     * machine's load average at the end.
     */
    public record Report(List<Row> rows, List<CacheRow> caches, Duration elapsed, int clients, Mix mix,
                         List<String> sampleErrors, Duration warmup, double cpuMillisPerRequest, double loadAverage) {
        public Row row(String kind) {
            return rows.stream().filter(r -> r.kind().equals(kind)).findFirst().orElseThrow();
        }

        public long errors() {
            return row("all").errors();
        }

        /** The report as a plain-text table. */
        public String table() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "%d clients, %.1f s%s, %s mix%n", clients, elapsed.toMillis() / 1000.0,
                    warmup.isZero() ? "" : " after " + warmup.toSeconds() + " s of warm-up", mix.name().toLowerCase(Locale.ROOT)));
            b.append(String.format(Locale.ROOT, "%-8s %10s %8s %10s %9s %9s %9s%n", "kind", "requests", "errors", "req/s",
                    "p50 ms", "p99 ms", "max ms"));
            for (Row r : rows) {
                b.append(String.format(Locale.ROOT, "%-8s %10d %8d %10.1f %9.2f %9.2f %9.2f%n", r.kind(), r.requests(),
                        r.errors(), r.perSecond(), r.p50Millis(), r.p99Millis(), r.maxMillis()));
            }
            for (CacheRow c : caches) {
                b.append(String.format(Locale.ROOT, "cache %-9s %9d lookups %6.1f%% hits%n", c.name(), c.hits() + c.misses(),
                        100 * c.hitRate()));
            }
            b.append(String.format(Locale.ROOT, "cpu %.2f ms a request in this process; load average %.1f at the end%n",
                    cpuMillisPerRequest, loadAverage));
            sampleErrors.forEach(e -> b.append("error: ").append(e).append('\n'));
            return b.toString();
        }
    }

    /** One client's measurements, kept apart so clients never contend while measuring. */
    private static final class Tally {
        final long[][] nanos = {new long[1024], new long[1024]};
        final int[] count = new int[2];
        final long[] errors = new long[2];
        final List<String> sampleErrors = new ArrayList<>();

        void add(int kind, long took) {
            if (count[kind] == nanos[kind].length) {
                nanos[kind] = Arrays.copyOf(nanos[kind], count[kind] * 2);
            }
            nanos[kind][count[kind]++] = took;
        }

        void error(int kind, String what) {
            errors[kind]++;
            if (sampleErrors.size() < 5) {
                sampleErrors.add(what);
            }
        }
    }

    private static final String[] KINDS = {"search", "record"};

    /** Runs {@code clients} clients against the server at {@code base} for {@code duration}, with the fixed mix. */
    public static Report run(URI base, int clients, Duration duration) {
        return run(base, clients, duration, Mix.FIXED, Duration.ZERO);
    }

    /**
     * Runs {@code clients} clients against the server at {@code base} for {@code warmup} unmeasured,
     * then for {@code duration} measured.
     */
    public static Report run(URI base, int clients, Duration duration, Mix mix, Duration warmup) {
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newVirtualThreadPerTaskExecutor()).build()) {
            Workload work = sample(http, base, mix);
            if (!warmup.isZero()) {
                drive(http, base, work, clients, warmup);
            }
            Map<String, long[]> cachesBefore = caches(http, base);
            long cpu = processCpuNanos();
            long started = System.nanoTime();
            List<Tally> tallies = drive(http, base, work, clients, duration);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            cpu = processCpuNanos() - cpu;
            Report r = report(tallies, cacheRows(cachesBefore, caches(http, base)), elapsed, clients, mix);
            long requests = r.row("all").requests();
            return new Report(r.rows(), r.caches(), elapsed, clients, mix, r.sampleErrors(), warmup,
                    requests == 0 ? 0 : cpu / 1e6 / requests, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** The CPU time this process has used, all its threads together. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** Runs the clients until {@code duration} has passed; their tallies. */
    private static List<Tally> drive(HttpClient http, URI base, Workload work, int clients, Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        List<Tally> tallies = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Tally t = new Tally();
                tallies.add(t);
                int first = c;
                running.add(pool.submit(() -> client(http, base, work, t, first, end)));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a client failed", e.getCause());
        }
        return tallies;
    }

    /** Alternates searches (in mix order, from its own place in the mix) with record pages at random. */
    private static void client(HttpClient http, URI base, Workload work, Tally t, int first, long end) {
        int i = first;
        while (System.nanoTime() < end) {
            int kind = work.recordPaths().isEmpty() ? 0 : i % 2;
            String path = kind == 0 ? "/api/search?" + work.search(i / 2, ThreadLocalRandom.current())
                    : work.record(ThreadLocalRandom.current());
            i++;
            long t0 = System.nanoTime();
            try {
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                        .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                long took = System.nanoTime() - t0;
                if (r.statusCode() == 200) {
                    t.add(kind, took);
                } else {
                    t.error(kind, r.statusCode() + " " + path);
                }
            } catch (IOException e) {
                t.error(kind, e + " " + path);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Up to {@link #RECORD_SAMPLE} records, following the API's cursor: their pages, and their titles' words. */
    static Workload sample(HttpClient http, URI base, Mix mix) {
        List<String> ids = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        String cursor = null;
        try {
            while (ids.size() < RECORD_SAMPLE) {
                String path = "/api/records?limit=1000" + (cursor == null ? "" : "&cursor=" + enc(cursor));
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("GET " + path + " answered " + r.statusCode());
                }
                JsonNode page = RecordJson.parse(r.body());
                page.path("records").forEach(n -> {
                    ids.add(n.path("id").asText());
                    titles.add(n.path("title").asText(""));
                });
                cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
                if (cursor == null || page.path("records").isEmpty()) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + base + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        // ids may hold a slash (frus:…/d12): the route takes it; only encode what a path cannot hold
        return new Workload(ids.stream().map(id -> URLEncoder.encode(id, StandardCharsets.UTF_8).replace("%2F", "/")
                .replace("%3A", ":")).toList(), Workload.words(titles), mix);
    }

    /** Hits and misses of each of the server's caches so far, from {@code /api/stats}; none if it reports none. */
    static Map<String, long[]> caches(HttpClient http, URI base) {
        Map<String, long[]> caches = new LinkedHashMap<>();
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/stats")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                RecordJson.parse(r.body()).path("caches").forEach(c -> caches.put(c.path("name").asText(),
                        new long[] {c.path("hits").asLong(), c.path("misses").asLong()}));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + base + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return caches;
    }

    private static List<CacheRow> cacheRows(Map<String, long[]> before, Map<String, long[]> after) {
        List<CacheRow> rows = new ArrayList<>();
        after.forEach((name, now) -> {
            long[] then = before.getOrDefault(name, new long[2]);
            rows.add(new CacheRow(name, now[0] - then[0], now[1] - then[1]));
        });
        return rows;
    }

    private static Report report(List<Tally> tallies, List<CacheRow> caches, Duration elapsed, int clients,
                                 Mix mix) {
        List<Row> rows = new ArrayList<>();
        List<long[]> all = new ArrayList<>();
        long allErrors = 0;
        List<String> samples = new ArrayList<>();
        tallies.forEach(t -> samples.addAll(t.sampleErrors));
        for (int k = 0; k < KINDS.length; k++) {
            int kind = k;
            long[] times = tallies.stream().flatMapToLong(t -> Arrays.stream(t.nanos[kind], 0, t.count[kind])).toArray();
            long errors = tallies.stream().mapToLong(t -> t.errors[kind]).sum();
            all.add(times);
            allErrors += errors;
            rows.add(row(KINDS[k], times, errors, elapsed));
        }
        rows.add(row("all", all.stream().flatMapToLong(Arrays::stream).toArray(), allErrors, elapsed));
        return new Report(rows, caches, elapsed, clients, mix, samples.subList(0, Math.min(5, samples.size())),
                Duration.ZERO, 0, 0);
    }

    private static Row row(String kind, long[] nanos, long errors, Duration elapsed) {
        Arrays.sort(nanos);
        double seconds = Math.max(1e-9, elapsed.toNanos() / 1e9);
        return new Row(kind, nanos.length + errors, errors, (nanos.length + errors) / seconds, percentile(nanos, 0.50),
                percentile(nanos, 0.99), nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6);
    }

    /** The nearest-rank percentile, in milliseconds; 0 with no samples. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Parses the arguments, runs, prints the table to {@code out}; returns the exit code (1 on errors, 2 on bad use). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String url = null;
        Path archive = null;
        int seconds = 60;
        int clients = 50;
        Mix mix = Mix.FIXED;
        boolean caching = true;
        int warmup = 0;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--url" -> url = args[++i];
                    case "--archive" -> archive = Path.of(args[++i]);
                    case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                    case "--clients" -> clients = Integer.parseInt(args[++i]);
                    case "--mix" -> mix = Mix.parse(args[++i]);
                    case "--no-cache" -> caching = false;
                    case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if ((url == null) == (archive == null)) {
                throw new IllegalArgumentException("give either --url URL or --archive DIR");
            }
            if (!caching && url != null) {
                throw new IllegalArgumentException("--no-cache serves --archive DIR without caches; a running server keeps its own");
            }
            if (seconds < 1 || clients < 1 || warmup < 0) {
                throw new IllegalArgumentException("--seconds and --clients must be at least 1, --warmup at least 0");
            }
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            err.println("WebLoad: " + (e instanceof ArrayIndexOutOfBoundsException ? "an option lacks its value" : e.getMessage()));
            err.println("usage: WebLoad (--url http://localhost:7070 | --archive DIR [--no-cache]) [--seconds 60] "
                    + "[--clients 50] [--mix fixed|corpus] [--warmup 0]");
            return 2;
        }
        Report report;
        if (url != null) {
            report = run(URI.create(url), clients, Duration.ofSeconds(seconds), mix, Duration.ofSeconds(warmup));
        } else {
            report = serving(archive, clients, Duration.ofSeconds(seconds), mix, caching, Duration.ofSeconds(warmup));
        }
        out.print(report.table());
        return report.errors() == 0 ? 0 : 1;
    }

    /**
     * Serves {@code dir} (an archive made by {@code fond ingest}) on a free localhost port while the
     * load runs, with the index's answer caches on or off.
     */
    static Report serving(Path dir, int clients, Duration duration, Mix mix, boolean caching, Duration warmup) {
        if (!Files.isRegularFile(dir.resolve("catalog.sqlite"))) {
            throw new IllegalArgumentException("no archive at " + dir);
        }
        Authority authority = authority(dir);
        LuceneSearchIndex.CacheSizes sizes = caching ? LuceneSearchIndex.CacheSizes.DEFAULT : LuceneSearchIndex.CacheSizes.NONE;
        try (Archive archive = Archive.open(dir);
             SearchIndex index = LuceneSearchIndex.open(dir.resolve("index"), new CatalogTexts(archive), authority, sizes);
             FondWeb web = new FondWeb(new ArchiveHoldings(archive, index, () -> authority),
                     caching ? WebOptions.local(0) : WebOptions.local(0).withoutPageCache()).start()) {
            web.warm(); // as fond serve does before it says it is serving
            return run(URI.create(web.baseUrl()), clients, duration, mix, warmup);
        }
    }

    /** The archive's authority as {@code fond serve} has it: its stored one, else the seed authority. */
    private static Authority authority(Path dir) {
        Path file = dir.resolve("authority.jsonl");
        if (!Files.isRegularFile(file)) {
            return SeedAuthority.authority();
        }
        try {
            return AuthorityLoader.fromStore(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }
}
