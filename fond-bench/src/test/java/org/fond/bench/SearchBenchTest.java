package org.fond.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.fond.core.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A smoke run of {@code fond bench search} on 2,000 records: the table is there and its numbers are sane. Not a timing test. */
class SearchBenchTest {
    @TempDir
    Path out;

    @Test
    void printsOneTableWithFondAndTheFloorAtTheAskedSize() throws Exception {
        StringWriter stdout = new StringWriter();
        StringWriter log = new StringWriter();
        int exit = Bench.run(new String[] {"search", "--sizes", "2000", "--rounds", "2", "--warmup", "1", "--out",
                out.toString(), "--shared", Shared.root().toString()}, new PrintWriter(stdout), new PrintWriter(log));

        assertThat(exit).isZero();
        String md = Files.readString(out.resolve("bench-search.md"), StandardCharsets.UTF_8);
        List<String[]> rows = md.lines().filter(l -> l.startsWith("| fond ") || l.startsWith("| floor "))
                .map(l -> Arrays.stream(l.split("\\|")).map(String::strip).filter(c -> !c.isEmpty()).toArray(String[]::new))
                .toList();
        assertThat(rows).extracting(r -> r[0]).containsExactly("fond", "floor");
        for (String[] r : rows) {
            assertThat(r).hasSize(Table.HEADER.size());
            int records = Integer.parseInt(r[1]);
            // whole files are copied: at least the size asked for, less than one FRUS volume over
            assertThat(records).isBetween(2000, 2700);
            assertThat(Double.parseDouble(r[2])).as("docs/s").isPositive();
            assertThat(Double.parseDouble(r[5])).as("index MB").isPositive();
            double p50 = Double.parseDouble(r[7]);
            double p99 = Double.parseDouble(r[9]);
            assertThat(p50).as("p50").isPositive().isLessThanOrEqualTo(p99);
            assertThat(Double.parseDouble(r[10])).as("cold start ms").isPositive();
            assertThat(Double.parseDouble(r[12])).as("heap peak MB").isPositive().isLessThan(1100);
        }
        assertThat(rows.get(0)[1]).as("both engines index the same records").isEqualTo(rows.get(1)[1]);
        assertThat(md).contains("Fond ingest", "the floor's docs/s", "p99");
        assertThat(stdout.toString()).contains("engine", "fond", "floor");
        // where the ingest's CPU went: reading and indexing threads, the ingesting thread storing
        for (String part : List.of("(fond-read)", "(fond-index)", "storing (catalog, originals)",
                "reading files, on either", "indexing, on either")) {
            String line = log.toString().lines().filter(l -> l.contains(part)).findFirst().orElseThrow();
            assertThat(Double.parseDouble(line.replaceAll(".*\\s([\\d.]+) s.*", "$1"))).as(line).isPositive();
        }

        // the query mix again on the archives left, without ingesting: each engine's turns, then one kind alone
        StringWriter again = new StringWriter();
        StringWriter againLog = new StringWriter();
        Path archives = out.resolve("search-2000");
        assertThat(Bench.run(new String[] {"queries", archives.toString(), "--turns", "2", "--rounds", "2", "--warmup",
            "1"}, new PrintWriter(again), new PrintWriter(againLog))).isZero();
        List<String> turns = again.toString().lines().filter(l -> l.matches("\\| \\d+ \\| (fond|floor) .*")).toList();
        assertThat(turns).hasSize(4);
        // 16 queries a round, two rounds a turn
        assertThat(turns).allSatisfy(l -> assertThat(l.split("\\|")[3].strip()).isEqualTo("32"));
        assertThat(againLog.toString()).contains("phrase", "faceted");
        StringWriter faceted = new StringWriter();
        StringWriter facetedLog = new StringWriter();
        assertThat(Bench.run(new String[] {"queries", archives.toString(), "--turns", "1", "--rounds", "2", "--kind",
            "faceted"}, new PrintWriter(faceted), new PrintWriter(facetedLog))).isZero();
        assertThat(facetedLog.toString()).contains("faceted").doesNotContain("phrase");
        assertThat(faceted.toString()).contains("| 1 | fond | 6 |");
        // a folder bench search did not leave is refused with the reason, not a stack trace
        StringWriter refusedErr = new StringWriter();
        assertThat(Bench.run(new String[] {"queries", out.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(refusedErr))).isNotZero();
        assertThat(refusedErr.toString()).contains("is not a folder bench search left").doesNotContain("at org.");
    }
}
