package org.fond.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class SameFileTest {
    @Test
    void theRecordPageListsTheOtherDocumentsOfItsArchivalFile() throws Exception {
        try (Served served = Served.start()) {
            try (var in = SameFileTest.class.getResourceAsStream("/fixtures/same-file.txt")) {
                assertThat(served.archive.ingest("same-file.txt", in.readAllBytes()).added()).isEqualTo(1);
            }
            Document d = Jsoup.parse(served.get("/records/" + TestArchive.HOSTILE).body());
            assertThat(d.select("aside.side ol.same-file a").eachAttr("href")).containsExactly("/records/wcda:999002");
            Document other = Jsoup.parse(served.get("/records/wcda:999002").body());
            assertThat(other.select("aside.side ol.same-file a").eachAttr("href")).containsExactly("/records/" + TestArchive.HOSTILE);
            Document s1 = Jsoup.parse(served.get("/records/" + TestArchive.S1).body());
            assertThat(s1.select("aside.side ol.same-file a")).isEmpty();
        }
    }

    @Test
    void theRecordPageListsOtherRecordsOfTheSameDay() throws Exception {
        try (Served served = Served.start()) {
            String sameDay = new String(SameFileTest.class.getResourceAsStream("/fixtures/same-file.txt").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8).replace("March 5, 1958", "March 3, 1958");
            assertThat(served.archive.ingest("same-day.txt", sameDay.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .added()).isEqualTo(1);
            Document d = Jsoup.parse(served.get("/records/" + TestArchive.HOSTILE).body());
            assertThat(d.select("aside.side ol.same-day a").eachAttr("href")).containsExactly("/records/wcda:999002");
            Document s1 = Jsoup.parse(served.get("/records/" + TestArchive.S1).body());
            assertThat(s1.select("aside.side ol.same-day a")).isEmpty();
        }
    }
}
