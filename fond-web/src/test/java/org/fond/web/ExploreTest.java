package org.fond.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.fond.store.json.RecordJson;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The timeline and network of a query, and annotation through the API. */
class ExploreTest {
    static final String TOKEN = "annotate-token";
    static Served served;

    @BeforeAll
    static void start() {
        served = Served.start(WebOptions.local(0).withWriteToken(TOKEN));
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    static JsonNode json(String path) {
        HttpResponse<String> r = served.get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return RecordJson.parse(r.body());
    }

    static Document page(String path) {
        HttpResponse<String> r = served.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(r.body(), served.url(path));
    }

    static long sum(JsonNode buckets) {
        long n = 0;
        for (JsonNode b : buckets) {
            n += b.path("count").asLong();
        }
        return n;
    }

    @Test
    void timelineZoomsFromYearsToMonthsToOneMonthsDocuments() {
        JsonNode all = json("/api/timeline?q=Kim");
        assertThat(all.path("buckets").findValuesAsText("period")).containsExactly("1955", "1957");
        assertThat(sum(all.path("buckets"))).isEqualTo(all.path("total").asLong());
        JsonNode year = json("/api/timeline?q=Kim&year=1957");
        assertThat(year.path("buckets")).hasSize(12);
        assertThat(year.path("total").asLong()).isEqualTo(all.path("buckets").path(1).path("count").asLong());
        assertThat(sum(year.path("buckets"))).isEqualTo(year.path("total").asLong());
        JsonNode busiest = null;
        for (JsonNode b : year.path("buckets")) {
            if (busiest == null || b.path("count").asLong() > busiest.path("count").asLong()) {
                busiest = b;
            }
        }
        String period = busiest.path("period").asText();
        JsonNode month = json("/api/timeline?q=Kim&year=1957&month=" + period.substring(5));
        assertThat(month.path("total").asLong()).isEqualTo(busiest.path("count").asLong()).isPositive();
        assertThat(month.path("documents").findValuesAsText("date")).allMatch(d -> d.startsWith(period));
        assertThat(served.get("/api/timeline?year=57").statusCode()).isEqualTo(400);
        assertThat(served.get("/api/timeline?month=3").statusCode()).isEqualTo(400);
    }

    @Test
    void timelineListsTheEventsTheDocumentsNameByTheDateTheyName() {
        // no document is dated 1958, but S1 (December 1957) names the Party conference of 17 February 1958
        JsonNode year = json("/api/timeline?q=Kim&year=1958");
        assertThat(year.path("total").asLong()).isZero();
        JsonNode conference = null;
        for (JsonNode e : year.path("events")) {
            assertThat(e.path("date").asText()).startsWith("1958");
            JsonNode record = json("/api/records/" + e.path("record").asText());
            assertThat(record.path("text").asText()).contains(e.path("context").asText().replace("…", ""));
            if (e.path("date").asText().equals("1958-02-17")) {
                conference = e;
            }
        }
        assertThat(conference).isNotNull();
        assertThat(conference.path("record").asText()).isEqualTo(TestArchive.S1);
        assertThat(conference.path("surface").asText()).isEqualTo("17 February 1958");
        assertThat(conference.path("context").asText()).contains("Party conference on 17 February 1958");
        assertThat(conference.path("modality").asText()).isEqualTo("planned");
        assertThat(conference.path("context").asText()).startsWith("…").doesNotStartWith("…n ");
        assertThat(json("/api/timeline?q=Kim&year=1958&month=2").path("events").findValuesAsText("date")).contains("1958-02-17");
        assertThat(json("/api/timeline?q=Kim&year=1958&month=3").path("events").findValuesAsText("date"))
                .doesNotContain("1958-02-17");
        // S2, dated 17 January 1955, plans a visit for February 1955: an event of that month
        assertThat(json("/api/timeline?q=Kim&year=1955&month=2").path("events").findValuesAsText("record"))
                .contains(TestArchive.S2);
        Document page = page("/timeline?q=Kim&year=1958");
        assertThat(page.select("ol.timeline-events li mark").eachText()).contains("17 February 1958");
        assertThat(page.select("ol.timeline-events a").eachAttr("href")).contains("/records/" + TestArchive.S1);
    }

    @Test
    void timelinePageZoomsByLinksAlone() {
        Document d = page("/timeline?q=Kim");
        List<String> years = d.select("ol.timeline-bars a").eachAttr("href");
        assertThat(years).hasSize(2).allMatch(h -> h.contains("q=Kim") && h.contains("year="));
        Document year = page(years.get(1));
        assertThat(year.select("#period-heading").text()).startsWith("1957");
        assertThat(year.select("ol.timeline-bars li")).hasSize(12);
        String busiest = year.select("ol.timeline-bars a").stream().filter(a -> !a.select(".bar.h10").isEmpty())
                .findFirst().orElseThrow().attr("href");
        Document month = page(busiest);
        assertThat(month.select("ol.timeline-bars li.current")).hasSize(1);
        assertThat(month.select("ol.timeline-documents a")).isNotEmpty();
        assertThat(month.select("a[rel=up]").attr("href")).contains("year=1957").doesNotContain("month=");
        // an entity's timeline: its filter shows as a named chip
        Document entity = page("/timeline?f=" + SearchState.encode(SearchState.filter("person", EntitiesTest.KIM)));
        assertThat(entity.select("ul.chips .chip").text()).contains("Kim Il Sung");
        assertThat(entity.select("ol.timeline-documents a").eachAttr("href")).contains("/records/" + TestArchive.S1);
    }

    @Test
    void networkEdgesCountTheDocumentsMentioningBothPeople() {
        JsonNode n = json("/api/network?q=Kim&n=8");
        assertThat(n.path("nodes").size()).isBetween(2, 8);
        List<Long> counts = new ArrayList<>();
        n.path("nodes").forEach(x -> counts.add(x.path("count").asLong()));
        assertThat(counts).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(n.path("edges").size()).isPositive();
        List<String> ids = n.path("nodes").findValuesAsText("id");
        for (JsonNode e : n.path("edges")) {
            assertThat(ids).contains(e.path("source").asText(), e.path("target").asText());
            String both = "(Kim) AND " + SearchState.filter("person", e.path("source").asText()) + " AND "
                    + SearchState.filter("person", e.path("target").asText());
            assertThat(e.path("weight").asLong()).isEqualTo(json("/api/search?limit=0&q=" + SearchState.encode(both)).path("total").asLong());
        }
        assertThat(served.get("/api/network?n=0").statusCode()).isEqualTo(400);
    }

    @Test
    void networkPageDrawsAnSvgAndListsTheSameWithLinksToEntities() {
        Document d = page("/network?q=Kim");
        assertThat(d.select("svg[role=img] title").first().text()).contains("most mentioned people");
        List<String> drawn = d.select("svg g.nodes a").eachAttr("href");
        List<String> listed = d.select("ol.network-list > li > a").eachAttr("href");
        assertThat(drawn).isNotEmpty().isEqualTo(listed).allMatch(h -> h.startsWith("/entities/"));
        assertThat(d.select("svg g.edges line")).hasSize(d.select("ol.network-list ul li").size() / 2);
        assertThat(d.select("svg g.edges line title").eachText()).allMatch(t -> t.matches(".+ – .+: \\d+"));
        assertThat(served.get(drawn.get(0)).statusCode()).isEqualTo(200);
    }

    HttpResponse<String> annotate(String body, String contentType, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(served.url("/api/annotate")))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return served.send(b.build());
    }

    @Test
    void annotateFindsLinkedNamesInAJsonArray() {
        String text = "On 3 March 1957 Kim Il Sung received the Soviet ambassador in Pyongyang.";
        HttpResponse<String> r = annotate("[{\"id\": \"a\", \"text\": \"" + text + "\"}, {\"id\": \"b\"}]", "application/json", TOKEN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode answers = RecordJson.parse(r.body());
        assertThat(answers).hasSize(2);
        JsonNode a = answers.path(0);
        assertThat(a.path("id").asText()).isEqualTo("a");
        JsonNode kim = null;
        for (JsonNode m : a.path("mentions")) {
            assertThat(m.path("surface").asText()).isEqualTo(text.substring(m.path("start").asInt(), m.path("end").asInt()));
            if (m.path("type").asText().equals("person")) {
                kim = m;
            }
        }
        assertThat(kim).isNotNull();
        assertThat(kim.path("surface").asText()).isEqualTo("Kim Il Sung");
        assertThat(kim.path("entity").asText()).isEqualTo(EntitiesTest.KIM);
        assertThat(a.path("mentions").findValuesAsText("type")).contains("date");
        assertThat(answers.path(1).path("error").asText()).contains("text");
        assertThat(answers.path(1).path("line").asInt()).isEqualTo(2);
    }

    @Test
    void annotateAnswersJsonLinesLineForLineAndNeedsTheToken() {
        String body = "{\"id\": 1, \"text\": \"Ким Ир Сен\"}\nnot json\n{\"id\": 3, \"text\": \"\"}\n";
        assertThat(annotate(body, "application/x-ndjson", null).statusCode()).isEqualTo(401);
        assertThat(annotate(body, "application/x-ndjson", "wrong").statusCode()).isEqualTo(401);
        HttpResponse<String> r = annotate(body, "application/x-ndjson", TOKEN);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/x-ndjson");
        String[] lines = r.body().split("\n");
        assertThat(lines).hasSize(3);
        JsonNode first = RecordJson.parse(lines[0]);
        assertThat(first.path("id").asInt()).isEqualTo(1);
        assertThat(first.path("mentions").findValuesAsText("entity")).contains(EntitiesTest.KIM);
        assertThat(RecordJson.parse(lines[1]).path("error").asText()).startsWith("not JSON");
        assertThat(RecordJson.parse(lines[1]).path("line").asInt()).isEqualTo(2);
        assertThat(RecordJson.parse(lines[2]).path("mentions")).isEmpty();
        assertThat(annotate("", "application/json", TOKEN).statusCode()).isEqualTo(400);
        assertThat(annotate("[1,", "application/json", TOKEN).statusCode()).isEqualTo(400);
    }
}
