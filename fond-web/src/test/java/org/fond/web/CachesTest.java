package org.fond.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.fond.store.json.RecordJson;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The index's answer caches and the rendered record pages seen through the server: /api/stats reports
 * them, and an ingest through the API is visible at once, in searches and in a record page's side
 * panels, however warm the caches.
 */
class CachesTest {
    private static final String TOKEN = "caches-test-token";
    /** A one-page export in the seeds' form, written for this test, dated the day of the hostile fixture. */
    private static final String NEW_DOCUMENT = """
            **March 3, 1958**
            **Note on the quetzalcoatlus shipment**

            **Citation:**

            "Note on the quetzalcoatlus shipment", March 3, 1958, Wilson Center Digital Archive, AVPRF F. 0102, Op. 99, Delo 8, Listy 3-4. Translated for NKIDP by Test Translator.
            <https://digitalarchive.wilsoncenter.org/document/999002>

            **Summary:**

            A note written for the cache test.

            **Original Language:**

            Russian

            **Contents:**

            Translation - English

            ## NOTE

            The quetzalcoatlus shipment left Pyongyang on the third of March.
            """;

    private static JsonNode json(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return RecordJson.parse(r.body());
    }

    private static long cache(Served served, String name, String what) {
        for (JsonNode c : json(served.get("/api/stats")).path("caches")) {
            if (c.path("name").asText().equals(name)) {
                return c.path(what).asLong();
            }
        }
        throw new AssertionError("no cache " + name + " in /api/stats");
    }

    private static String sameDay(Served served, String id) {
        HttpResponse<String> page = served.get("/records/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        return Jsoup.parse(page.body()).select("ol.same-day a").eachAttr("href").toString();
    }

    @Test
    void anIngestIsSeenAtOnceThoughTheAnswersWereCached() {
        try (Served served = Served.start(WebOptions.local(0).withWriteToken(TOKEN))) {
            assertThat(json(served.get("/api/search?q=quetzalcoatlus")).path("total").asLong()).isZero();
            long hits = cache(served, "search", "hits");
            assertThat(json(served.get("/api/search?q=quetzalcoatlus")).path("total").asLong()).isZero();
            assertThat(cache(served, "search", "hits")).as("asked again: from the cache").isEqualTo(hits + 1);
            assertThat(sameDay(served, TestArchive.HOSTILE)).doesNotContain("999002");
            assertThat(sameDay(served, TestArchive.HOSTILE)).doesNotContain("999002");
            assertThat(cache(served, PageCache.NAME, "hits")).as("the second visit: the page kept").isOne();
            long invalidations = cache(served, "search", "invalidations");

            HttpResponse<String> ingested = served.send(HttpRequest.newBuilder(URI.create(served.url("/api/ingest?name=note.txt")))
                    .header("Authorization", "Bearer " + TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString(NEW_DOCUMENT, StandardCharsets.UTF_8)).build());
            assertThat(json(ingested).path("added").asInt()).as(ingested.body()).isOne();

            JsonNode found = json(served.get("/api/search?q=quetzalcoatlus"));
            assertThat(found.path("total").asLong()).isOne();
            assertThat(found.path("hits").path(0).path("id").asText()).isEqualTo("wcda:999002");
            assertThat(sameDay(served, TestArchive.HOSTILE)).as("the kept page dropped: the index moved on")
                    .contains("/records/wcda:999002");
            assertThat(cache(served, "search", "invalidations")).isGreaterThan(invalidations);
            assertThat(cache(served, PageCache.NAME, "invalidations")).isOne();
        }
    }

    @Test
    void warmingAsksTheSearchPageAndAReadingViewAsAReaderWould() {
        try (Served served = Served.start()) {
            assertThat(cache(served, PageCache.NAME, "entries")).isZero();
            long searches = cache(served, "search", "misses");
            assertThat(served.web.warm()).isPositive();
            assertThat(cache(served, PageCache.NAME, "entries")).as("the first record's page, rendered").isOne();
            assertThat(cache(served, "search", "misses"))
                    .as("the search page, the first record's id, and that record's same-day list")
                    .isEqualTo(searches + 3);
            assertThat(cache(served, "related", "misses")).as("its related records").isOne();
        }
    }

    @Test
    void statsReportEveryCacheWithItsBounds() {
        try (Served served = Served.start()) {
            String first = served.get("/records/" + TestArchive.S1).body();
            served.get("/records/" + TestArchive.S1 + "?view=original");
            JsonNode caches = json(served.get("/api/stats")).path("caches");
            assertThat(caches.findValuesAsText("name")).containsExactly("search", "related", "sameFile", "docFreq",
                    PageCache.NAME);
            for (JsonNode c : caches) {
                if (!c.path("name").asText().equals(PageCache.NAME)) { // bounded in bytes only
                    assertThat(c.path("maxEntries").asLong()).as(c.toString()).isPositive();
                    assertThat(c.path("entries").asLong()).as(c.toString())
                            .isLessThanOrEqualTo(c.path("maxEntries").asLong());
                }
                assertThat(c.path("maxBytes").asLong()).as(c.toString()).isPositive();
                assertThat(c.path("bytes").asLong()).as(c.toString()).isLessThanOrEqualTo(c.path("maxBytes").asLong());
            }
            assertThat(cache(served, "related", "hits")).as("the second view's related records").isPositive();
            assertThat(cache(served, PageCache.NAME, "entries")).as("one page per view").isEqualTo(2);
            assertThat(served.get("/records/" + TestArchive.S1).body()).as("kept, as rendered").isEqualTo(first);
            assertThat(cache(served, PageCache.NAME, "hits")).isOne();
        }
    }
}
