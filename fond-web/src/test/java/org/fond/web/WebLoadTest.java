package org.fond.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.fond.web.bench.WebLoad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A smoke run of the web load: a few clients for two seconds against the test archive. */
class WebLoadTest {
    static Served served;

    @BeforeAll
    static void start() {
        served = Served.start();
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @Test
    void drivesSearchAndRecordPagesAndReportsLatencies() {
        WebLoad.Report report = WebLoad.run(URI.create(served.web.baseUrl()), 4, Duration.ofSeconds(2));
        System.out.print(report.table());
        assertThat(report.sampleErrors()).isEmpty();
        assertThat(report.errors()).isZero();
        for (String kind : new String[] {"search", "record"}) {
            WebLoad.Row row = report.row(kind);
            assertThat(row.requests()).as(kind).isPositive();
            assertThat(row.p50Millis()).as(kind).isPositive().isLessThanOrEqualTo(row.p99Millis());
            assertThat(row.p99Millis()).as(kind).isLessThanOrEqualTo(row.maxMillis());
        }
        assertThat(report.row("all").requests()).isEqualTo(report.row("search").requests() + report.row("record").requests());
        assertThat(report.elapsed()).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(40));
        assertThat(report.table()).contains("p50 ms", "p99 ms", "req/s").containsPattern("(?m)^search +\\d+ +0 ");
    }

    @Test
    void servesAnArchiveDirectoryItselfWhenGivenOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) {
        java.nio.file.Path dir = tmp.resolve("archive");
        TestArchive.withSeeds(dir).close();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = WebLoad.run(new String[] {"--archive", dir.toString(), "--seconds", "1", "--clients", "2"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("(?m)^record +[1-9]\\d* +0 ")
                .containsPattern("(?m)^cache search +[1-9]\\d* lookups +\\d+\\.\\d% hits");

        // the same archive with the caches off and searches drawn from its titles as well
        out.reset();
        code = WebLoad.run(new String[] {"--archive", dir.toString(), "--seconds", "1", "--clients", "2", "--no-cache",
                "--mix", "corpus", "--warmup", "1"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("after 1 s of warm-up, corpus mix")
                .containsPattern("(?m)^cpu \\d+\\.\\d\\d ms a request in this process")
                .containsPattern("(?m)^cache search +[1-9]\\d* lookups +0\\.0% hits")
                .containsPattern("(?m)^cache related +[1-9]\\d* lookups +0\\.0% hits");
    }

    @Test
    void commandLinePrintsTheTableAndRefusesBadUse() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = WebLoad.run(new String[] {"--url", served.web.baseUrl(), "--seconds", "1", "--clients", "2"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("2 clients").contains("record").contains("all");
        assertThat(WebLoad.run(new String[] {"--seconds", "1"}, new PrintStream(out), new PrintStream(err))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--url URL or --archive DIR");
        assertThat(WebLoad.run(new String[] {"--url", served.web.baseUrl(), "--no-cache"}, new PrintStream(out),
                new PrintStream(err))).isEqualTo(2);
        assertThat(WebLoad.run(new String[] {"--url", served.web.baseUrl(), "--mix", "random"}, new PrintStream(out),
                new PrintStream(err))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--mix must be fixed or corpus");
    }
}
