package org.fond.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.fond.store.json.RecordJson;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Entity pages and {@code /api/entities}: the seed authority joined with the seeds' linked mentions. */
class EntitiesTest {
    static final String KIM = "per:kim-il-sung";
    static Served served;

    @BeforeAll
    static void start() {
        served = Served.start();
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

    @Test
    void entityAnswerJoinsTheAuthorityRecordWithTheDocumentsMentioningIt() {
        JsonNode e = json("/api/entities/" + KIM);
        assertThat(e.path("label").asText()).isEqualTo("Kim Il Sung");
        assertThat(e.path("type").asText()).isEqualTo("person");
        assertThat(e.path("scripts").path("Hang").asText()).isEqualTo("김일성");
        assertThat(e.path("scripts").path("Cyrl").asText()).isNotBlank();
        List<String> errors = new ArrayList<>();
        e.path("variants").forEach(v -> {
            if (v.path("kind").asText().equals("error")) {
                errors.add(v.path("value").asText());
            }
            if (v.path("value").asText().equals("Kim II Sung")) {
                assertThat(v.path("attestedIn").toString()).contains("wcda:115797");
            }
        });
        assertThat(errors).contains("Kim II Sung");
        // both seeds mention him (S1 in Russian), listed by date
        JsonNode docs = e.path("documents");
        List<String> ids = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        docs.path("items").forEach(d -> {
            ids.add(d.path("id").asText());
            dates.add(d.path("date").asText());
        });
        assertThat(ids).contains(TestArchive.S1, TestArchive.S2);
        assertThat(dates).isSorted();
        assertThat(docs.path("total").asLong()).isEqualTo(ids.size())
                .isEqualTo(json("/api/search?limit=0&f=" + SearchState.encode(SearchState.filter("person", KIM))).path("total").asLong());
        long years = 0;
        for (JsonNode y : e.path("timeline")) {
            years += y.path("count").asLong();
        }
        assertThat(years).isEqualTo(docs.path("total").asLong());
    }

    @Test
    void coMentionedCountsAreTheDocumentsMentioningBoth() {
        JsonNode co = json("/api/entities/" + KIM).path("coMentioned");
        int checked = 0;
        for (String field : List.of("person", "organization", "place")) {
            for (JsonNode c : co.path(field)) {
                assertThat(c.path("value").asText()).isNotEqualTo(KIM);
                String clause = SearchState.filter(field, c.path("value").asText());
                long both = json("/api/search?limit=0&q=" + SearchState.encode(clause) + "&f="
                        + SearchState.encode(SearchState.filter("person", KIM))).path("total").asLong();
                assertThat(c.path("count").asLong()).as(clause).isEqualTo(both).isPositive();
                checked++;
            }
        }
        assertThat(co.path("person").size()).isPositive();
        assertThat(checked).isGreaterThan(1);
    }

    @Test
    void unknownEntityIsAProblemAndLookupFindsNamesInAnyForm() {
        HttpResponse<String> missing = served.get("/api/entities/per:nobody");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(served.get("/entities/per:nobody").statusCode()).isEqualTo(404);
        JsonNode cyrillic = json("/api/entities?q=" + SearchState.encode("Ким Ир Сен"));
        assertThat(cyrillic.path("entities").path(0).path("id").asText()).isEqualTo(KIM);
        // "Kim Il" is its own person's whole name: he comes first, Kim Il Sung only by the words
        JsonNode kimIl = json("/api/entities?q=" + SearchState.encode("Kim Il"));
        assertThat(kimIl.path("entities").path(0).path("id").asText()).isEqualTo("per:kim-il");
        assertThat(served.get("/api/entities").statusCode()).isEqualTo(400);
    }

    @Test
    void entityPageShowsNamesVariantsDocumentsAndCoMentions() {
        Document d = page("/entities/" + KIM);
        assertThat(d.select("h1#entity-name").text()).isEqualTo("Kim Il Sung");
        assertThat(d.select("dl.names-by-script dd").eachText()).contains("김일성");
        Element slip = d.select("tr.variant-error td:first-child").stream().filter(td -> td.text().equals("Kim II Sung"))
                .findFirst().orElseThrow();
        assertThat(slip.parent().select("a[href='/records/" + TestArchive.S2 + "']")).isNotEmpty();
        assertThat(d.select("ol.entity-documents a").eachAttr("href")).contains("/records/" + TestArchive.S1, "/records/" + TestArchive.S2);
        assertThat(d.select("ul.co-mentioned a").eachAttr("href")).isNotEmpty().allMatch(h -> h.startsWith("/entities/"))
                .doesNotContain("/entities/" + KIM);
        assertThat(d.select("ol.histogram a").eachAttr("href")).isNotEmpty().allMatch(h -> h.startsWith("/timeline?") && h.contains("year="));
        // every link on the page leads somewhere that answers
        for (String href : d.select("ul.co-mentioned a, ol.histogram a").eachAttr("href")) {
            assertThat(served.get(href).statusCode()).as(href).isEqualTo(200);
        }
    }

    @Test
    void aConceptIsFoundByItsNamesAndLinkedFromTheText() {
        String artel = "cpt:artel";
        JsonNode e = json("/api/entities/" + artel);
        assertThat(e.path("type").asText()).isEqualTo("concept");
        assertThat(e.path("scripts").path("Cyrl").asText()).isEqualTo("артель");
        List<String> ids = new ArrayList<>();
        e.path("documents").path("items").forEach(d -> ids.add(d.path("id").asText()));
        // S1's translator keeps the Russian term; S2 never uses it
        assertThat(ids).contains(TestArchive.S1).doesNotContain(TestArchive.S2);
        Document d = page("/entities/" + artel);
        assertThat(d.select("ol.entity-documents a").eachAttr("href")).contains("/records/" + TestArchive.S1);
        assertThat(page("/records/" + TestArchive.S1).select(".record-text a.mention[href='/entities/" + artel + "']"))
                .singleElement().satisfies(a -> assertThat(a.text()).startsWith("artel"));
    }

    @Test
    void recordPageLinksMentionsToEntitiesAndMarksSlips() {
        Document d = page("/records/" + TestArchive.S2);
        List<Element> links = d.select(".record-text a.mention");
        assertThat(links).isNotEmpty();
        assertThat(links).allMatch(a -> a.attr("href").equals("/entities/" + a.attr("data-entity")));
        Element slip = d.select(".record-text a.mention.variant-error").first();
        assertThat(slip).isNotNull();
        assertThat(slip.text()).isEqualTo("Kim II Sung");
        assertThat(slip.attr("href")).isEqualTo("/entities/" + KIM);
        assertThat(slip.attr("title")).contains("slip").contains("Kim Il Sung");
        assertThat(d.select(".record-text a.mention:not(.variant-error)[href='/entities/" + KIM + "']")).isNotEmpty();
        // every character of the text is still there: links wrap text, they add none
        JsonNode record = json("/api/records/" + TestArchive.S2);
        assertThat(d.select(".record-text").first().wholeText()).contains(record.path("text").asText().substring(0, 200));
        assertThat(d.select("ul.mentioned a").eachAttr("href")).contains("/entities/" + KIM);
        // S1 names him in Cyrillic: the link is there too
        assertThat(page("/records/" + TestArchive.S1).select(".record-text a.mention[href='/entities/" + KIM + "']")).isNotEmpty();
    }

    @Test
    void searchSidebarLinksEntityFacetValuesToTheirPages() {
        Document d = page("/search?q=Kim");
        Element people = d.select("section.facet:has(h2:containsOwn(People))").first();
        assertThat(people).isNotNull();
        assertThat(people.select("a.entity-link").eachAttr("href")).contains("/entities/" + KIM);
        assertThat(people.select("a.entity-link").size()).isEqualTo(people.select("li").size());
    }
}
