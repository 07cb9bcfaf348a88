package org.fond.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code fond bench stages --against OTHER}: this build's stage timings and another build's, each in a
 * JVM of its own, in alternating turns (this–other, then other–this, …), each stage's ratio taken within
 * a pair. On this machine the speed of the whole machine moves by a third over minutes, every stage
 * together; two runs minutes apart cannot tell a 5% change, two runs side by side in one pair can.
 */
final class StagePairs {
    private static final List<String> STAGES = StageTable.STAGES;

    private StagePairs() {
    }

    /** Runs {@code pairs} pairs and returns the table; {@code thisClasspath} and {@code other} name the builds. */
    static String compare(String thisClasspath, String other, Path shared, int rounds, int pairs, PrintWriter log)
            throws IOException, InterruptedException {
        List<Map<String, Double>> mine = new ArrayList<>();
        List<Map<String, Double>> theirs = new ArrayList<>();
        for (int p = 0; p < pairs; p++) {
            boolean mineFirst = p % 2 == 0;
            for (int k = 0; k < 2; k++) {
                boolean isMine = (k == 0) == mineFirst;
                Map<String, Double> t = run(isMine ? thisClasspath : other, shared, rounds);
                (isMine ? mine : theirs).add(t);
                log.printf("pair %d, %s: all four %.3f ms a record%n", p + 1, isMine ? "this build" : "other",
                        t.get("all four"));
                log.flush();
            }
        }
        return ratioTable(mine, theirs, "pairs") + String.format(Locale.ROOT, "%n%d pairs of runs, each %d rounds "
                + "(half timed), in alternating order; below 1: this build takes less CPU.%n", pairs, rounds);
    }

    /**
     * Each stage's median ms a record in both builds and the median, least and greatest of the ratios
     * taken within each pair ({@code mine.get(p)} against {@code theirs.get(p)}), one row a stage.
     */
    static String ratioTable(List<Map<String, Double>> mine, List<Map<String, Double>> theirs, String pairsAre) {
        int pairs = mine.size();
        StringBuilder out = new StringBuilder();
        out.append("| stage | this build ms | other ms | this ÷ other (median of ").append(pairsAre)
                .append(") | min | max |\n|---|---:|---:|---:|---:|---:|\n");
        for (String stage : STAGES) {
            double[] ratios = new double[pairs];
            for (int p = 0; p < pairs; p++) {
                ratios[p] = mine.get(p).get(stage) / theirs.get(p).get(stage);
            }
            Arrays.sort(ratios);
            out.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f |%n", stage,
                    median(mine, stage), median(theirs, stage), median(ratios), ratios[0], ratios[pairs - 1]));
        }
        return out.toString();
    }

    /** One child JVM's `bench stages`: each stage's median ms a record. */
    private static Map<String, Double> run(String classpath, Path shared, int rounds)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx1g", "-Xss4m", "--enable-native-access=ALL-UNNAMED"));
        if (System.getProperty("fond.home") != null) {
            command.add("-Dfond.home=" + System.getProperty("fond.home"));
        }
        command.addAll(List.of("-cp", classpath, Bench.class.getName(), "stages", "--rounds", String.valueOf(rounds),
                "--shared", shared.toString()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String table = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("bench stages of " + classpath + " exited with " + exit);
        }
        return medians(table, classpath);
    }

    /** The median column of a `bench stages` table, by stage. */
    static Map<String, Double> medians(String table, String source) {
        Map<String, Double> found = new LinkedHashMap<>();
        for (String line : table.lines().toList()) {
            if (line.startsWith("| ") && line.endsWith(" |")) {
                String[] cells = line.substring(2, line.length() - 2).split(" \\| ");
                if (STAGES.contains(cells[0])) {
                    found.put(cells[0], Double.parseDouble(cells[1]));
                }
            }
        }
        if (!found.keySet().containsAll(STAGES)) {
            throw new IllegalStateException("bench stages of " + source + " printed no table of its stages "
                    + "(a build from before `bench stages`?)");
        }
        return found;
    }

    private static double median(List<Map<String, Double>> runs, String stage) {
        return median(runs.stream().mapToDouble(m -> m.get(stage)).sorted().toArray());
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
