package org.fond.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.fond.cli.LibraryAccess.StageTimes;

/** The table of {@code fond bench stages}: CPU ms a record per stage, median of the timed rounds, and their range. */
final class StageTable {
    /** The rows, in order: the four stages, then their sum. */
    static final List<String> STAGES = List.of("read and analysis", "names", "catalog entry (JSON)", "indexing",
            "all four");

    private StageTable() {
    }

    static String markdown(List<StageTimes> rounds) {
        StringBuilder out = new StringBuilder();
        out.append("| stage | ms a record (median) | min | max | share |\n|---|---:|---:|---:|---:|\n");
        double total = median(rounds, t -> t.read() + t.names() + t.entries() + t.index());
        row(out, STAGES.get(0), rounds, StageTimes::read, total);
        row(out, STAGES.get(1), rounds, StageTimes::names, total);
        row(out, STAGES.get(2), rounds, StageTimes::entries, total);
        row(out, STAGES.get(3), rounds, StageTimes::index, total);
        row(out, STAGES.get(4), rounds, t -> t.read() + t.names() + t.entries() + t.index(), total);
        out.append(String.format(Locale.ROOT, "%n%d records a round, %d rounds timed; one thread's CPU clock, "
                + "so merges, the collector and the JIT (other threads) are not in it.%n",
                rounds.get(0).records(), rounds.size()));
        return out.toString();
    }

    private static void row(StringBuilder out, String name, List<StageTimes> rounds, ToLongFunction<StageTimes> stage,
                            double total) {
        double[] perRecord = perRecord(rounds, stage);
        double median = median(rounds, stage);
        out.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.0f%% |%n", name, median, perRecord[0],
                perRecord[perRecord.length - 1], 100 * median / total));
    }

    private static double median(List<StageTimes> rounds, ToLongFunction<StageTimes> stage) {
        double[] v = perRecord(rounds, stage);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /** Milliseconds a record in each round, ascending. */
    private static double[] perRecord(List<StageTimes> rounds, ToLongFunction<StageTimes> stage) {
        double[] v = rounds.stream().mapToDouble(t -> stage.applyAsLong(t) / 1e6 / t.records()).toArray();
        Arrays.sort(v);
        return v;
    }
}
