package org.fond.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one table {@code fond bench search} prints: a row per engine and size, then the ratios the
 * targets are stated in (Fond ingest ≥ 0.5× the floor's docs/s; Fond p99 ≤ 2× the floor's; heap
 * ≤ 1 GB at a million records). Plain text for a terminal, or Markdown for the README.
 */
final class Table {
    static final List<String> HEADER = List.of("engine", "records", "ingest docs/s", "ingest MB/s", "ingest CPU s", "index MB",
            "archive MB", "p50 ms", "p95 ms", "p99 ms", "cold start ms", "live heap MB", "heap peak MB");

    private Table() {
    }

    static List<List<String>> rows(List<Measurement> ms) {
        List<List<String>> rows = new ArrayList<>();
        for (Measurement m : ms) {
            rows.add(List.of(m.engine(), Integer.toString(m.records()), f0(m.docsPerSecond()),
                    f1(m.megabytesPerSecond()), f1(m.ingestCpuSeconds()), f0(m.indexBytes() / 1e6), f0(m.archiveBytes() / 1e6),
                    f2(m.latencies().percentileMillis(50)), f2(m.latencies().percentileMillis(95)),
                    f2(m.latencies().percentileMillis(99)), f0(m.coldStartMillis()), f0(m.heapLiveBytes() / 1e6),
                    f0(m.heapPeakBytes() / 1e6)));
        }
        return rows;
    }

    /** Fond against the floor at each size: the ratios the targets name, with whether each is met. */
    static List<String> ratios(List<Measurement> ms) {
        List<String> lines = new ArrayList<>();
        for (Measurement fond : ms) {
            if (!fond.engine().equals("fond")) {
                continue;
            }
            ms.stream().filter(m -> m.engine().equals("floor") && m.records() == fond.records()).findFirst()
                    .ifPresent(floor -> {
                        double ingest = fond.docsPerSecond() / floor.docsPerSecond();
                        double p99 = fond.latencies().percentileMillis(99) / floor.latencies().percentileMillis(99);
                        // the run got here within the heap it was given: that heap is what the target bounds
                        long heap = Runtime.getRuntime().maxMemory();
                        lines.add(String.format(Locale.ROOT, "%d records: Fond ingest %.2f× the floor's docs/s "
                                        + "(target ≥ 0.5: %s); Fond p99 %.2f× the floor's (target ≤ 2: %s); ran in a "
                                        + "%.0f MiB heap (target ≤ 1024 MiB: %s), live at most %.0f MiB, in use at most "
                                        + "%.0f MiB", fond.records(), ingest,
                                ingest >= 0.5 ? "met" : "NOT met", p99, p99 <= 2 ? "met" : "NOT met",
                                heap / 1048576.0, heap <= (1L << 30) ? "met" : "NOT met",
                                fond.heapLiveBytes() / 1048576.0, fond.heapPeakBytes() / 1048576.0));
                    });
        }
        return lines;
    }

    static String text(List<Measurement> ms) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        rows.addAll(rows(ms));
        int[] width = new int[HEADER.size()];
        for (List<String> r : rows) {
            for (int i = 0; i < r.size(); i++) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> r : rows) {
            for (int i = 0; i < r.size(); i++) {
                String cell = r.get(i);
                out.append(i == 0 ? String.format("%-" + width[i] + "s", cell) : String.format("%" + width[i] + "s", cell));
                out.append(i + 1 < r.size() ? "  " : "\n");
            }
        }
        ratios(ms).forEach(l -> out.append(l).append('\n'));
        out.append(conditions()).append('\n');
        return out.toString();
    }

    /** Where the numbers were taken: they belong to this machine and its load at the time. */
    static String conditions() {
        Runtime rt = Runtime.getRuntime();
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return String.format(Locale.ROOT, "One run, Fond then the floor; %d cores, max heap %d MiB, Java %s, "
                        + "load average %.1f at the end (other work on the machine slows the wall clock; CPU s does not "
                        + "depend on it as much).", rt.availableProcessors(), rt.maxMemory() / 1048576,
                Runtime.version().feature(), load);
    }

    static String markdown(List<Measurement> ms) {
        StringBuilder out = new StringBuilder();
        out.append("| ").append(String.join(" | ", HEADER)).append(" |\n");
        out.append("|---").append("|---:".repeat(HEADER.size() - 1)).append("|\n");
        for (List<String> r : rows(ms)) {
            out.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        out.append('\n');
        ratios(ms).forEach(l -> out.append("- ").append(l).append('\n'));
        out.append("- ").append(conditions()).append('\n');
        return out.toString();
    }

    private static String f0(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }

    private static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String f2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
