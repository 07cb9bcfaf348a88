package org.fond.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.fond.store.json.RecordJson;

/**
 * The Fond web server: the REST API and the pages, over one {@link Holdings}. {@link #routes} is the
 * table of contents of the whole web surface; every route it adds must be in {@code openapi.json}
 * (pages included, as {@code text/html}), which a test checks both ways.
 */
public final class FondWeb implements AutoCloseable {
    /** Scripts and styles only from this server, never inline; no framing, no plugins, no base tricks. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "Cross-Origin-Opener-Policy", "same-origin");

    private final Javalin app;
    private final WebOptions options;
    private final List<Route> routes = Collections.synchronizedList(new ArrayList<>());

    /** A route as registered: method and path, with parameters as OpenAPI writes them ({@code /api/records/{id}}). */
    public record Route(String method, String path) {
    }

    public FondWeb(Holdings holdings, WebOptions options) {
        this.options = options;
        Templates templates = new Templates();
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.useVirtualThreads = true;
            config.http.prefer405over404 = true;
            config.router.ignoreTrailingSlashes = true;
            config.jsonMapper(new JavalinJackson(RecordJson.mapper(), false));
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/fond-web/static";
                files.location = Location.CLASSPATH;
                files.headers = SECURITY_HEADERS;
            });
            config.events(events -> events.handlerAdded(meta -> {
                if (meta.getHttpMethod().isHttpMethod() && meta.getHttpMethod() != HandlerType.HEAD) {
                    // as OpenAPI writes path parameters: <id> (which may span slashes) is {id} there
                    routes.add(new Route(meta.getHttpMethod().name(), meta.getPath().replaceAll("<(\\w+)>", "{$1}")));
                }
            }));
        });
        Errors errors = new Errors(templates);
        app.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
        app.before("/api/*", new WriteGuard(options.writeToken()));
        errors.install(app);
        PageCache pages = new PageCache(options.pageCacheBytes());
        routes(new Api(holdings, new Citations(), pages), new Pages(holdings, templates, new Citations(), pages));
    }

    private void routes(Api api, Pages pages) {
        app.get("/api/openapi.json", api::openApi);
        app.get("/api/records", api::records);
        // <id>: record ids may hold a slash (frus:frus1969-76v17/d12)
        app.get("/api/records/<id>", api::record);
        app.get("/api/search", api::search);
        app.get("/api/facets", api::facets);
        app.get("/api/browse", api::browse);
        app.get("/api/stats", api::stats);
        app.get("/api/cite/<id>", api::cite);
        app.post("/api/ingest", api::ingest);
        app.get("/api/entities", api::entities);
        app.get("/api/entities/{id}", api::entity);
        app.get("/api/timeline", api::timeline);
        app.get("/api/network", api::network);
        app.post("/api/annotate", api::annotate);

        app.get("/", pages::search);
        app.get("/search", pages::search);
        app.get("/records/<id>", pages::record);
        app.get("/browse", pages::browse);
        app.get("/about", pages::about);
        app.get("/entities/{id}", pages::entity);
        app.get("/timeline", pages::timeline);
        app.get("/network", pages::network);
    }

    /** Starts listening on the configured address; returns this server. */
    public FondWeb start() {
        app.start(options.bind(), options.port());
        return this;
    }

    /**
     * Asks this server, over its own address, for the search page and the reading view of the first
     * record, as a reader would, so that what a first request would otherwise pay once — the
     * authority loaded, the facets' ordinal maps built, the templates and the citation styles compiled,
     * the first code paths compiled — is paid before anyone is told the server is there (as Solr warms
     * a new searcher with its {@code firstSearcher} queries). Returns the time it took. A failure here
     * is not the server's: the requests it would have warmed are answered all the same, so it is
     * ignored.
     */
    public Duration warm() {
        long began = System.nanoTime();
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            get(http, "/search?q=");
            String page = get(http, "/api/search?q=&limit=1");
            String id = page == null ? "" : RecordJson.parse(page).path("hits").path(0).path("id").asText("");
            if (!id.isEmpty()) {
                get(http, "/records/" + SearchState.encode(id));
            }
        } catch (IOException | RuntimeException e) {
            // not warmed: the first reader pays instead
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Duration.ofNanos(System.nanoTime() - began);
    }

    /** The body of a GET of {@code path} on this server, or null unless it answered 200. */
    private String get(HttpClient http, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        return r.statusCode() == 200 ? r.body() : null;
    }

    /** The port listened on (the one picked when the options said 0). */
    public int port() {
        return app.port();
    }

    public String baseUrl() {
        String host = options.bind().contains(":") ? "[" + options.bind() + "]" : options.bind();
        return "http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":" + port();
    }

    /** Every route registered, in order: the test compares them with the OpenAPI document. */
    public List<Route> routes() {
        return List.copyOf(routes);
    }

    @Override
    public void close() {
        app.stop();
    }

    /** True when the request comes from the API, which answers problems as JSON rather than pages. */
    static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/") || ctx.path().equals("/api");
    }
}
