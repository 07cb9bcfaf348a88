package org.fond.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.fond.store.json.RecordJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApiTest {
    static Served served;

    @BeforeAll
    static void start() {
        served = Served.start();
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    static JsonNode json(HttpResponse<String> r) {
        return RecordJson.parse(r.body());
    }

    static String enc(String s) {
        return SearchState.encode(s);
    }

    @Test
    void listsEveryRecordOncePageByPageWithTheCursor() {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 10; page++) {
            JsonNode body = json(served.get("/api/records?limit=1" + (cursor == null ? "" : "&cursor=" + enc(cursor))));
            assertThat(body.path("total").asLong()).isEqualTo(3);
            body.path("records").forEach(r -> ids.add(r.path("id").asText()));
            cursor = body.path("nextCursor").isNull() ? null : body.path("nextCursor").asText();
            if (cursor == null || body.path("records").isEmpty()) {
                break;
            }
        }
        assertThat(ids).containsExactlyInAnyOrder(TestArchive.S1, TestArchive.S2, TestArchive.HOSTILE);
    }

    @Test
    void servesTheRecordJsonOfTheCatalogWithAnETagThatRevalidates() {
        HttpResponse<String> r = served.get("/api/records/" + TestArchive.S1);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(r.body()).isEqualTo(served.archive.recordJson(TestArchive.S1).orElseThrow());
        assertThat(json(r).path("references").path(0).path("canonical").asText()).startsWith("AVPRF, f. 0102, op. 14");
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertThat(served.get("/api/records/" + TestArchive.S1, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(served.get("/api/records/" + TestArchive.S2, "If-None-Match", etag).statusCode()).isEqualTo(200);
        assertThat(served.get("/api/records/" + TestArchive.S2).headers().firstValue("ETag")).isNotEqualTo(etag);
    }

    @Test
    void anUnknownRecordIsAProblemDocument() {
        HttpResponse<String> r = served.get("/api/records/wcda:1");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode p = json(r);
        assertThat(p.path("status").asInt()).isEqualTo(404);
        assertThat(p.path("title").asText()).isNotBlank();
        assertThat(p.path("detail").asText()).contains("wcda:1");
        assertThat(p.path("instance").asText()).isEqualTo("/api/records/wcda:1");
        assertThat(json(served.get("/api/nothing-here")).path("status").asInt()).isEqualTo(404);
        // ids may hold a slash, as FRUS ids do: the route still reaches the record handler
        assertThat(json(served.get("/api/records/frus:frus1958-60v18/d1")).path("detail").asText())
                .isEqualTo("no record frus:frus1958-60v18/d1");
    }

    @Test
    void searchesWithSnippetsWhoseHighlightsAreTheQueryWords() {
        JsonNode body = json(served.get("/api/search?q=" + enc("Torbenkov") + "&facet=year,repository"));
        assertThat(body.path("total").asLong()).isEqualTo(1);
        JsonNode hit = body.path("hits").path(0);
        assertThat(hit.path("id").asText()).isEqualTo(TestArchive.S1);
        JsonNode snippet = hit.path("snippets").path(0);
        JsonNode h = snippet.path("highlights").path(0);
        assertThat(snippet.path("text").asText().substring(h.path("start").asInt(), h.path("end").asInt()))
                .isEqualTo("Torbenkov");
        assertThat(body.path("facets").path("year").path(0).path("value").asText()).isEqualTo("1957");
        assertThat(body.path("facets").path("repository").path(0).path("value").asText()).isEqualTo("AVPRF");
    }

    @Test
    void filtersAndSortNarrowAndOrderTheHits() {
        JsonNode all = json(served.get("/api/search?sort=date-desc"));
        assertThat(all.path("total").asLong()).isEqualTo(3);
        assertThat(all.path("hits").path(0).path("id").asText()).isEqualTo(TestArchive.HOSTILE);
        JsonNode filtered = json(served.get("/api/search?f=" + enc("year:\"1955\"")));
        assertThat(filtered.path("total").asLong()).isEqualTo(1);
        assertThat(filtered.path("hits").path(0).path("id").asText()).isEqualTo(TestArchive.S2);
        assertThat(served.get("/api/search?sort=sideways").statusCode()).isEqualTo(400);
        assertThat(served.get("/api/search?limit=1001").statusCode()).isEqualTo(400);
        assertThat(served.get("/api/search?limit=many").statusCode()).isEqualTo(400);
    }

    @Test
    void aQueryThatCannotBeReadIsA400WithThePositionInQ() {
        String q = "Kim AND (Mao";
        HttpResponse<String> r = served.get("/api/search?q=" + enc(q) + "&f=" + enc("year:\"1957\""));
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode p = json(r);
        assertThat(p.path("type").asText()).isEqualTo("/problems/query-syntax");
        assertThat(p.path("parameter").asText()).isEqualTo("q");
        assertThat(p.path("position").asInt()).isBetween(8, q.length());
        assertThat(p.path("query").asText()).isEqualTo(q);
    }

    @Test
    void namesExpandThroughTheAuthorityUnlessExact() {
        String q = enc("\"Ким Ир Сен\"");
        JsonNode expanded = json(served.get("/api/search?q=" + q));
        assertThat(expanded.path("hits").findValuesAsText("id")).contains(TestArchive.S1);
        JsonNode exact = json(served.get("/api/search?exact=true&q=" + q));
        assertThat(exact.path("exact").asBoolean()).isTrue();
        assertThat(exact.path("total").asLong()).isZero();
    }

    @Test
    void facetFiltersOfOneFieldMeanAnyOfTheirValues() {
        JsonNode both = json(served.get("/api/search?f=" + enc("year:\"1955\"") + "&f=" + enc("year:\"1957\"")));
        assertThat(both.path("total").asLong()).isEqualTo(2);
        JsonNode clause = json(served.get("/api/search?f=" + enc("date:[1955 TO 1957]")));
        assertThat(clause.path("total").asLong()).isEqualTo(2);
    }

    @Test
    void facetsCountEveryFacetFieldByDefault() {
        JsonNode body = json(served.get("/api/facets"));
        assertThat(body.path("total").asLong()).isEqualTo(3);
        assertThat(body.path("facets").has("year")).isTrue();
        assertThat(body.path("facets").has("translator")).isTrue();
        assertThat(served.get("/api/facets?facet=colour").statusCode()).isEqualTo(400);
    }

    @Test
    void browsesTheArchiveTreeDownToTheFile() {
        JsonNode top = json(served.get("/api/browse"));
        assertThat(top.path("children").path(0).path("value").asText()).isEqualTo("AVPRF");
        assertThat(top.path("children").path(0).path("count").asLong()).isEqualTo(3);
        JsonNode delo = json(served.get("/api/browse?path=AVPRF/0102/14/6"));
        assertThat(delo.path("records").toString()).contains(TestArchive.S1);
    }

    @Test
    void statsCountRecordsBySource() {
        JsonNode s = json(served.get("/api/stats"));
        assertThat(s.path("records").asLong()).isEqualTo(3);
        assertThat(s.path("indexed").asLong()).isEqualTo(3);
        assertThat(s.path("recordsBySourceFormat").path("wcda-export").asLong()).isEqualTo(3);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (String path : List.of("/api/search?q=Kim", "/search?q=Kim", "/records/" + TestArchive.S1,
                "/static/fond.css", "/api/records/wcda:1")) {
            HttpResponse<String> r = served.get(path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(path).contains("script-src 'self'").contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).isPresent();
        }
    }

    @Test
    void writesAreRefusedWhenNoTokenIsConfigured() {
        HttpResponse<String> r = served.send(HttpRequest.newBuilder(URI.create(served.url("/api/ingest?name=x.txt")))
                .header("Authorization", "Bearer anything").POST(HttpRequest.BodyPublishers.ofString("x")).build());
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(json(r).path("type").asText()).isEqualTo("/problems/writes-disabled");
        assertThat(served.archive.catalog().records()).isEqualTo(3);
    }

    @Test
    void writesNeedTheOperatorsTokenAndThenIngest() throws Exception {
        try (Served writable = Served.start(WebOptions.local(0).withWriteToken("s3cret-token"))) {
            byte[] seed = java.nio.file.Files.readAllBytes(org.fond.core.testing.Shared.seed115956());
            HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(writable.url("/api/ingest?name=again.txt")))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(seed));
            HttpResponse<String> none = writable.send(post.build());
            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
            assertThat(writable.send(post.header("Authorization", "Bearer wrong").build()).statusCode()).isEqualTo(401);
            HttpResponse<String> ok = writable.send(HttpRequest.newBuilder(URI.create(writable.url("/api/ingest?name=again.txt")))
                    .header("Authorization", "Bearer s3cret-token").POST(HttpRequest.BodyPublishers.ofByteArray(seed)).build());
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(json(ok).path("records").asInt()).isEqualTo(1);
            assertThat(json(ok).path("added").asInt()).isZero();
        }
    }

    @Test
    void bindsToLocalhostUnlessTold() {
        assertThat(new WebOptions(null, 7070, null).bind()).isEqualTo("127.0.0.1");
        assertThat(served.web.baseUrl()).startsWith("http://127.0.0.1:");
    }

    @Test
    void citesInEveryStyle() {
        for (String style : List.of("wcda", "chicago", "bibtex", "ris", "csl-json")) {
            HttpResponse<String> r = served.get("/api/cite/" + TestArchive.S1 + "?style=" + style);
            assertThat(r.statusCode()).as(style).isEqualTo(200);
            assertThat(r.body()).as(style).contains("digitalarchive.wilsoncenter.org/document/115956")
                    .doesNotContain("drivingcreative");
        }
        assertThat(served.get("/api/cite/" + TestArchive.S1 + "?style=apa").statusCode()).isEqualTo(400);
    }
}
