package org.fond.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PagesTest {
    static Served served;

    @BeforeAll
    static void start() {
        served = Served.start();
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    static Document page(String path) {
        HttpResponse<String> r = served.get(path);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        return Jsoup.parse(r.body(), served.url(path));
    }

    @Test
    void searchPageShowsHitsWithMarkedSnippetsFacetsAndCount() {
        Document d = page("/search?q=" + SearchState.encode("\"Kim Il Sung\""));
        assertThat(d.select("h2.hit-count").text()).startsWith("2 documents").contains("ms)");
        assertThat(d.select("ol.hits li.hit h3 a").eachAttr("href")).contains("/records/" + TestArchive.S1);
        assertThat(d.select(".snippet mark").eachText()).isNotEmpty().allMatch(t -> t.matches("(?i)kim|il|sung|kim i[il] sung")).contains("Kim II Sung");
        Element repository = d.select("section.facet:has(h2:containsOwn(Repository)) a").first();
        assertThat(repository.text()).isEqualTo("AVPRF");
        assertThat(repository.attr("href")).contains("f=repository%3A%22AVPRF%22").contains("q=");
        assertThat(d.select("ol.histogram a[data-year]").eachAttr("data-year")).containsExactly("1955", "1957");
        assertThat(d.select("form[role=search] label[for=q]")).hasSize(1);
        assertThat(d.select("main#main")).hasSize(1);
        assertThat(d.select("nav[aria-label=Main]")).hasSize(1);
    }

    @Test
    void pagesSayTheirCharsetAndKeepCyrillicQueries() {
        HttpResponse<String> r = served.get("/search?q=" + SearchState.encode("Ким Ир Сен"));
        assertThat(r.headers().firstValue("Content-Type").orElseThrow().replace(" ", "")).isEqualToIgnoringCase("text/html;charset=utf-8");
        assertThat(Jsoup.parse(r.body()).select("#q").val()).isEqualTo("Ким Ир Сен");
    }

    @Test
    void filtersShowAsChipsThatRemoveThemselves() {
        Document d = page("/search?q=Kim&f=" + SearchState.encode("year:\"1957\""));
        assertThat(d.select("h2.hit-count").text()).startsWith("1 document");
        Element chip = d.select("ul.chips a.chip").first();
        assertThat(chip.text()).contains("year: 1957");
        Document without = page(chip.attr("href"));
        assertThat(without.select("ul.chips")).isEmpty();
        assertThat(without.select("h2.hit-count").text()).startsWith("2 documents");
    }

    @Test
    void pagesOnWithTheCursorUntilEveryRecordWasShown() {
        Document d = page("/search?sort=date&limit=1");
        List<String> seen = new java.util.ArrayList<>(d.select("ol.hits h3 a").eachText());
        for (int i = 0; i < 5 && !d.select("a[rel=next]").isEmpty(); i++) {
            d = page(d.select("a[rel=next]").attr("href"));
            seen.addAll(d.select("ol.hits h3 a").eachText());
        }
        assertThat(seen).hasSize(3).doesNotHaveDuplicates();
    }

    @Test
    void aQueryErrorIsShownWithACaretAndStatus400() {
        HttpResponse<String> r = served.get("/search?q=" + SearchState.encode("Kim AND (Mao"));
        assertThat(r.statusCode()).isEqualTo(400);
        Document d = Jsoup.parse(r.body());
        assertThat(d.select("[role=alert]").text()).contains("cannot be read");
        assertThat(d.select("pre.caret").text()).contains("^");
        assertThat(d.select("#q").attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void recordPageHasTheHeaderTheBodyWithApparatusAndCitationTags() {
        Document d = page("/records/" + TestArchive.S1);
        assertThat(d.select("h1#record-title").text()).startsWith("Journal of Soviet Ambassador");
        assertThat(d.select(".record-meta dd time").attr("datetime")).isEqualTo("1957-12-17");
        assertThat(d.select(".ref-levels a").eachAttr("href")).containsExactly("/browse?path=AVPRF",
                "/browse?path=AVPRF%2F0102", "/browse?path=AVPRF%2F0102%2F14", "/browse?path=AVPRF%2F0102%2F14%2F6");
        assertThat(d.select(".ref-levels a").eachText()).containsExactly("AVPRF", "fond 0102", "opis 14", "delo 6");
        assertThat(d.select(".record-meta").text()).contains("Gary Goldberg").contains("ROK Ministry of Unification");
        assertThat(d.select("a.source-link").attr("href")).isEqualTo("https://digitalarchive.wilsoncenter.org/document/115956");
        assertThat(d.select("aside.summary.editorial").text()).contains("editorial");
        assertThat(d.select(".record-text .ann-handwritten.layer-archival-addition").text()).contains("Torbenkov");
        assertThat(d.select(".record-text .ann.layer-translator")).isNotEmpty();
        assertThat(d.select(".record-text .unit")).isNotEmpty();
        assertThat(d.select("article.record").hasClass("view-translated")).isTrue();
        assertThat(d.select("meta[name=citation_title]").attr("content")).startsWith("Journal of Soviet Ambassador");
        assertThat(d.select("meta[name=citation_date]").attr("content")).isEqualTo("1957/12/17");
        assertThat(d.select("meta[name=citation_archive]").attr("content")).isEqualTo("AVPRF");
        assertThat(d.select("span.Z3988").attr("title")).startsWith("ctx_ver=Z39.88-2004").contains("rft.title=Journal");
        assertThat(d.select("#cite-bibtex").text()).startsWith("@misc{wcda115956,");
        assertThat(d.html()).doesNotContain("drivingcreative");
    }

    @Test
    void theBodyKeepsEveryCharacterOfThePlainText() {
        Document d = page("/records/" + TestArchive.S2);
        String plain = org.fond.store.json.RecordJson.parse(served.archive.recordJson(TestArchive.S2).orElseThrow())
                .path("text").asText();
        StringBuilder shown = new StringBuilder();
        d.select(".record-text .run, .record-text .ann").forEach(e -> shown.append(e.wholeText()));
        assertThat(shown.toString()).isEqualTo(plain);
    }

    @Test
    void layerViewsAreChosenByTheUrl() {
        assertThat(page("/records/" + TestArchive.S1 + "?view=original").select("article.record").hasClass("view-original")).isTrue();
        assertThat(page("/records/" + TestArchive.S1 + "?view=apparatus").select("nav.layers a[aria-current]").text())
                .isEqualTo("Apparatus only");
        assertThat(served.get("/records/" + TestArchive.S1 + "?view=upside-down").statusCode()).isEqualTo(400);
    }

    @Test
    void browseGoesFromRepositoriesToTheDocumentsOfAFile() {
        Document top = page("/browse");
        assertThat(top.select("ul.tree a").eachText()).containsExactly("AVPRF");
        Document delo = page("/browse?path=AVPRF/0102/14/6");
        assertThat(delo.select("ol.records a").eachAttr("href")).contains("/records/" + TestArchive.S1);
        assertThat(served.get("/browse?path=NOWHERE").statusCode()).isEqualTo(404);
    }

    @Test
    void aboutCountsBySourceAndLinksTheApi() {
        Document d = page("/about");
        assertThat(d.select("table").first().text()).contains("wcda-export").contains("3");
        assertThat(d.select("a[href=/api/openapi.json]")).isNotEmpty();
    }

    @Test
    void markupInARecordStaysText() {
        Document d = page("/records/" + TestArchive.HOSTILE);
        assertThat(d.select("script").eachAttr("src")).containsExactly("/static/fond.js");
        assertThat(d.select("[onclick], [onerror], img, b, i")).isEmpty();
        assertThat(d.select("a[href^=javascript], a[href*=javascript:]")).isEmpty();
        assertThat(d.select("h1#record-title").text()).contains("<script>");
        assertThat(d.select(".record-text").text()).contains("<script>document.title='body-pwned'</script>");
        Document hits = page("/search?q=script");
        assertThat(hits.select("script").eachAttr("src")).containsExactly("/static/fond.js");
    }
}
