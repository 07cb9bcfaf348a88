package org.fond.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.fond.core.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
    @TempDir
    Path tmp;

    @Test
    void servesAnIngestedArchiveOnLocalhostUntilStopped() throws Exception {
        Path archive = tmp.resolve("a");
        assertThat(CliRun.fond(archive, "ingest", Shared.path("seeds").toString()).exitCode()).isZero();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        StringWriter out = new StringWriter();
        int[] code = {-1};
        Thread server = new Thread(() -> code[0] = Fond.run(new String[] {"serve", "--archive", archive.toString(),
                "--port", String.valueOf(port)}, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)));
        server.start();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> stats = null;
        for (int i = 0; i < 100 && stats == null; i++) {
            try {
                stats = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/stats")).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException notYet) {
                Thread.sleep(100);
            }
        }
        try {
            assertThat(stats).isNotNull();
            assertThat(stats.statusCode()).isEqualTo(200);
            assertThat(stats.body()).contains("\"records\":2");
            assertThat(out.toString()).contains("Serving").contains("http://127.0.0.1:" + port);
            HttpResponse<String> post = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/ingest?name=x.txt"))
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).isEqualTo(403);
        } finally {
            server.interrupt();
            server.join(10_000);
        }
        assertThat(server.isAlive()).isFalse();
        assertThat(code[0]).isZero();
    }

    @Test
    void citesARecordInTheWilsonCenterFormAndBibtex() {
        Path archive = tmp.resolve("a");
        assertThat(CliRun.fond(archive, "ingest", Shared.path("seeds").toString()).exitCode()).isZero();
        CliRun wcda = CliRun.fond(archive, "cite", "115956");
        assertThat(wcda.exitCode()).as(wcda.err()).isZero();
        assertThat(wcda.out()).startsWith("\"Journal of Soviet Ambassador")
                .contains("https://digitalarchive.wilsoncenter.org/document/115956").doesNotContain("drivingcreative");
        CliRun bibtex = CliRun.fond(archive, "cite", "wcda:115956", "--style", "bibtex");
        assertThat(bibtex.out()).startsWith("@misc{wcda115956,");
        CliRun bad = CliRun.fond(archive, "cite", "115956", "--style", "apa");
        assertThat(bad.exitCode()).isEqualTo(Fond.USAGE);
        assertThat(bad.err()).contains("style must be one of");
    }
}
