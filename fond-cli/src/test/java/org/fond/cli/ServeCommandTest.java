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

    static int freePort() throws java.io.IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    /** Asks for {@code path} until the server answers (it may still be loading), for up to a minute. */
    static HttpResponse<String> await(HttpClient http, int port, String path) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            try {
                return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException notYet) {
                Thread.sleep(100);
            }
        }
        return null;
    }

    @Test
    void demoLoadsTheDemoCollectionAndLeavesAServerRunning() throws Exception {
        int port = freePort();
        StringWriter out = new StringWriter();
        int[] code = {-1};
        Thread demo = new Thread(() -> code[0] = Fond.run(new String[] {"demo", "--shared", Shared.path("").toString(),
                "--archive", tmp.resolve("demo").toString(), "--port", String.valueOf(port)},
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)));
        demo.start();
        HttpClient http = HttpClient.newHttpClient();
        try {
            HttpResponse<String> page = await(http, port, "/records/wcda:115956");
            assertThat(page).isNotNull();
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Journal of Soviet Ambassador");
            assertThat(awaitServing(out)).contains("Loaded").contains("Serving").contains("http://127.0.0.1:" + port);
        } finally {
            demo.interrupt();
            demo.join(10_000);
        }
        assertThat(demo.isAlive()).isFalse();
        assertThat(code[0]).isZero();
    }

    @Test
    void demoWithNoServeStopsAfterLoading() {
        CliRun run = CliRun.fond(tmp.resolve("demo"), "demo", "--no-serve", "--shared", Shared.path("").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Loaded").doesNotContain("Serving");
    }

    /**
     * What the command has printed once it says it is serving: it says so after the server has warmed
     * itself ({@code FondWeb.warm}), a moment after the server first answers. At most a minute.
     */
    private static String awaitServing(StringWriter out) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!out.toString().contains("Serving") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return out.toString();
    }

    @Test
    void servesAnIngestedArchiveOnLocalhostUntilStopped() throws Exception {
        Path archive = tmp.resolve("a");
        assertThat(CliRun.fond(archive, "ingest", Shared.path("seeds").toString()).exitCode()).isZero();
        int port = freePort();
        StringWriter out = new StringWriter();
        int[] code = {-1};
        Thread server = new Thread(() -> code[0] = Fond.run(new String[] {"serve", "--archive", archive.toString(),
                "--port", String.valueOf(port)}, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)));
        server.start();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> stats = await(http, port, "/api/stats");
        try {
            assertThat(stats).isNotNull();
            assertThat(stats.statusCode()).isEqualTo(200);
            assertThat(stats.body()).contains("\"records\":2");
            assertThat(awaitServing(out)).contains("Serving").contains("http://127.0.0.1:" + port).contains("warmed in");
            HttpResponse<String> post = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/ingest?name=x.txt"))
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).isEqualTo(403);
            // the library's authority (here the seed authority) stands behind the entity pages
            HttpResponse<String> entity = await(http, port, "/api/entities/per:kim-il-sung");
            assertThat(entity.statusCode()).isEqualTo(200);
            assertThat(entity.body()).contains("\"label\":\"Kim Il Sung\"").contains("Kim II Sung");
            assertThat(await(http, port, "/entities/per:kim-il-sung").body()).contains("Kim Il Sung");
            // ingest linked the seeds' names: both seeds are his documents, and the slip is marked in S2
            assertThat(entity.body()).contains("\"documents\":{\"total\":2");
            assertThat(await(http, port, "/records/wcda:115797").body()).containsPattern("class=\"mention mention-person variant-error\"[^>]*>Kim II Sung</a>");
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
