package org.fond.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A server over a {@link TestArchive} on a free localhost port, and an HTTP client for it. */
final class Served implements AutoCloseable {
    final Path dir;
    final TestArchive archive;
    final FondWeb web;
    final HttpClient http = HttpClient.newHttpClient();

    private Served(Path dir, TestArchive archive, FondWeb web) {
        this.dir = dir;
        this.archive = archive;
        this.web = web;
    }

    static Served start(WebOptions options) {
        try {
            Path dir = Files.createTempDirectory("fond-web-test");
            TestArchive archive = TestArchive.withSeeds(dir.resolve("archive"));
            return new Served(dir, archive, new FondWeb(archive, options).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Served start() {
        return start(WebOptions.local(0));
    }

    String url(String pathAndQuery) {
        return web.baseUrl() + pathAndQuery;
    }

    HttpResponse<String> get(String pathAndQuery, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(pathAndQuery))).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            web.close();
        } finally {
            archive.close();
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temp folder left behind is harmless
            }
        }
    }
}
