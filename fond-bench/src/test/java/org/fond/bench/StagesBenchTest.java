package org.fond.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.fond.core.testing.Shared;
import org.junit.jupiter.api.Test;

/** A smoke run of {@code fond bench stages}: every stage has a row, the times are sane. Not a timing test. */
class StagesBenchTest {

    @Test
    void printsEachStagesCpuARecordOverTheWholeCorpus() {
        StringWriter stdout = new StringWriter();
        int exit = Bench.run(new String[] {"stages", "--rounds", "2", "--shared", Shared.root().toString()},
                new PrintWriter(stdout), new PrintWriter(new StringWriter()));

        assertThat(exit).isZero();
        List<String[]> rows = stdout.toString().lines().filter(l -> l.startsWith("| ") && !l.startsWith("| stage"))
                .map(l -> l.substring(2, l.length() - 2).split(" \\| ")).toList();
        assertThat(rows).extracting(r -> r[0])
                .containsExactly("read and analysis", "names", "catalog entry (JSON)", "indexing", "all four");
        double sum = 0;
        for (String[] r : rows.subList(0, 4)) {
            double median = Double.parseDouble(r[1]);
            assertThat(median).as(r[0]).isPositive().isLessThan(50);
            assertThat(Double.parseDouble(r[2])).as(r[0] + " min").isLessThanOrEqualTo(median);
            sum += median;
        }
        // one timed round: the medians add up to the total
        assertThat(Double.parseDouble(rows.get(4)[1])).isCloseTo(sum, org.assertj.core.api.Assertions.within(0.005));
        int records = Integer.parseInt(stdout.toString().lines().filter(l -> l.contains("records a round"))
                .findFirst().orElseThrow().strip().split(" ")[0]);
        assertThat(records).as("the corpus: FRUS TEI, WCDA, seeds").isGreaterThan(2_000);
    }

    @Test
    void comparesTwoBuildsPairByPairInAlternatingJvms() {
        StringWriter stdout = new StringWriter();
        StringWriter log = new StringWriter();
        // this build against itself: two child JVMs, each stage's ratio near 1
        int exit = Bench.run(new String[] {"stages", "--rounds", "2", "--pairs", "1", "--against",
            System.getProperty("java.class.path"), "--shared", Shared.root().toString()},
                new PrintWriter(stdout), new PrintWriter(log));

        assertThat(exit).as(log.toString()).isZero();
        assertThat(log.toString()).contains("pair 1, this build", "pair 1, other");
        List<String[]> rows = stdout.toString().lines().filter(l -> l.startsWith("| ") && !l.startsWith("| stage"))
                .map(l -> l.substring(2, l.length() - 2).split(" \\| ")).toList();
        assertThat(rows).extracting(r -> r[0]).containsExactlyElementsOf(StageTable.STAGES);
        for (String[] r : rows) {
            double ratio = Double.parseDouble(r[3]);
            // one pair: its ratio is the two medians' (printed to 3 decimals, so up to 3% off for 0.04 ms)
            assertThat(ratio).as(r[0]).isCloseTo(Double.parseDouble(r[1]) / Double.parseDouble(r[2]),
                    org.assertj.core.api.Assertions.withinPercentage(4));
            assertThat(ratio).as(r[0] + ": the same build, one pair").isBetween(0.2, 5.0);
        }
    }

    @Test
    void comparesTwoBuildsTurnByTurnInOneJvm() {
        StringWriter stdout = new StringWriter();
        StringWriter log = new StringWriter();
        // this build against itself, each through a class loader of its own: ratios near 1
        int exit = Bench.run(new String[] {"stages", "--rounds", "2", "--interleaved", "--against",
            System.getProperty("java.class.path"), "--shared", Shared.root().toString()},
                new PrintWriter(stdout), new PrintWriter(log));

        assertThat(exit).as(log.toString()).isZero();
        assertThat(log.toString()).contains("round 1: this build", "round 2: this build", "in one JVM");
        List<String[]> rows = stdout.toString().lines().filter(l -> l.startsWith("| ") && !l.startsWith("| stage"))
                .map(l -> l.substring(2, l.length() - 2).split(" \\| ")).toList();
        assertThat(rows).extracting(r -> r[0]).containsExactlyElementsOf(StageTable.STAGES);
        for (String[] r : rows) {
            double ratio = Double.parseDouble(r[3]);
            assertThat(Double.parseDouble(r[1])).as(r[0]).isPositive().isLessThan(50);
            // one timed turn pair: its ratio is the two times' (printed to 3 decimals)
            assertThat(ratio).as(r[0]).isCloseTo(Double.parseDouble(r[1]) / Double.parseDouble(r[2]),
                    org.assertj.core.api.Assertions.withinPercentage(4));
            assertThat(ratio).as(r[0] + ": the same build, one turn pair").isBetween(0.2, 5.0);
        }
        assertThat(stdout.toString()).contains("1 turn pairs");
    }

    @Test
    void refusesInterleavingWithoutAnOtherBuildAndABuildWithoutStageRounds() {
        StringWriter err = new StringWriter();
        assertThat(Bench.run(new String[] {"stages", "--interleaved"}, new PrintWriter(new StringWriter()),
                new PrintWriter(err))).isNotZero();
        assertThat(err.toString()).contains("--interleaved needs --against");

        StringWriter log = new StringWriter();
        // a class path without fond-bench: the JDK alone
        assertThatThrownBy(() -> StageInterleave.compare(System.getProperty("java.class.path"),
                System.getProperty("java.home"), Shared.root(), 2, new PrintWriter(log)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("has no StageRounds");
    }

    @Test
    void refusesAnOtherBuildThatPrintsNoStageTable() {
        assertThatThrownBy(() -> StagePairs.medians("| engine | records |\n", "old.jar"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("old.jar");
    }
}
