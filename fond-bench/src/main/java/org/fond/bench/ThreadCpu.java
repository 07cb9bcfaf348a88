package org.fond.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where a phase's CPU went, thread by thread, the JVM's own threads (collector, JIT compiler)
 * included, which no Java API reports. Linux only: reads {@code /proc/self/task/<tid>/stat}
 * every quarter second, so a thread that ends during the phase (a Lucene merge, the reading
 * threads at the end of an ingest) still counts up to its last sample. Threads are grouped by
 * name into the parts of an ingest: reading, the ingesting thread, indexing, merges, the
 * collector, the compiler.
 */
final class ThreadCpu implements AutoCloseable {
    /** A group of threads: its label and how its threads' names begin ({@code comm}, 15 characters at most). */
    record Group(String label, List<String> prefixes) {
        boolean holds(String comm) {
            return prefixes.stream().anyMatch(comm::startsWith);
        }
    }

    static final List<Group> GROUPS = List.of(
            new Group("reading threads (fond-read)", List.of("fond-read")),
            new Group("storing, commits (the ingesting thread)", List.of("java", "main")),
            new Group("indexing threads (fond-index)", List.of("fond-index")),
            new Group("Lucene merges", List.of("Lucene Merge")),
            new Group("garbage collector", List.of("GC Thread", "G1 ")),
            new Group("JIT compiler", List.of("C2 Compiler", "C1 Compiler")));
    static final String OTHER = "other";

    private static final Path TASKS = Path.of("/proc/self/task");
    private static final long TICKS_PER_SECOND = 100; // USER_HZ, fixed at 100 for every Linux user-space ABI

    private final Map<String, Long> before = new HashMap<>();
    private final Map<String, Sample> last = new HashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;

    private record Sample(String comm, long ticks) {
    }

    /** Starts sampling now; what threads had used before does not count. */
    ThreadCpu() {
        read().forEach((tid, s) -> before.put(tid, s.ticks()));
        sampler = Thread.ofPlatform().daemon().name("cpu-sampler").start(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    /** Whether this system lets a process read its threads' CPU times. */
    static boolean available() {
        return Files.isReadable(TASKS);
    }

    private synchronized void sample() {
        last.putAll(read());
    }

    /** CPU seconds by group since this was made, in {@link #GROUPS} order, {@link #OTHER} last; empty when not available. */
    synchronized Map<String, Double> seconds() {
        sample();
        Map<String, Double> out = new LinkedHashMap<>();
        if (last.isEmpty()) {
            return out;
        }
        GROUPS.forEach(g -> out.put(g.label(), 0.0));
        out.put(OTHER, 0.0);
        last.forEach((tid, s) -> {
            double used = (s.ticks() - before.getOrDefault(tid, 0L)) / (double) TICKS_PER_SECOND;
            String label = GROUPS.stream().filter(g -> g.holds(s.comm())).map(Group::label).findFirst().orElse(OTHER);
            out.merge(label, used, Double::sum);
        });
        return out;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }

    /** Each live thread's name and user + system ticks; empty where /proc cannot be read. */
    private static Map<String, Sample> read() {
        Map<String, Sample> out = new HashMap<>();
        if (!available()) {
            return out;
        }
        try (Stream<Path> tasks = Files.list(TASKS)) {
            tasks.forEach(task -> {
                try {
                    String comm = Files.readString(task.resolve("comm")).strip();
                    String stat = Files.readString(task.resolve("stat"));
                    // after the name in parentheses (which may hold spaces): state is field 3, utime 14, stime 15, starttime 22
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // keyed by id and start time: an id the kernel gives again to a new thread is another thread
                    String key = task.getFileName() + "@" + fields[19];
                    out.put(key, new Sample(comm, Long.parseLong(fields[11]) + Long.parseLong(fields[12])));
                } catch (IOException | RuntimeException e) {
                    // the thread ended between the listing and the read: its last sample stands
                }
            });
        } catch (IOException e) {
            return out;
        }
        return out;
    }
}
