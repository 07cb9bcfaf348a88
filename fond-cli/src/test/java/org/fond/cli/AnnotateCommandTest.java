package org.fond.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.fond.enrich.mentions.MentionModel;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AnnotateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void answersEveryLineInOrderAndNamesTheBadOne() throws Exception {
        String cyrillic = "{\"id\":\"ru-1\",\"text\":\"Москва, 17 января 1955 г. Выдано 200 тыс. рублей.\"}";
        String bad = "{\"id\":\"broken\",\"text\":";
        String hangul = "{\"id\":7,\"text\":\"\uD835\uDC00 평양, 1950년 6월 25일. 김일성 and Mr. Muccio는 쌀 5만 원을 받았다.\"}";
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AnnotateCommand.annotate(new StringReader(cyrillic + "\n" + bad + "\n" + hangul + "\n"),
                new PrintWriter(out, true), new PrintWriter(err, true),
                AnnotateCommand.withSeeds(new MentionModel(List.of(), Map.of(), null)).finder());

        assertThat(code).isEqualTo(Fond.PARTIAL);
        assertThat(err.toString()).contains("line 2: not JSON");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("id").asText()).isEqualTo("ru-1");
        assertThat(lines.get(1).get("line").asInt()).isEqualTo(2);
        assertThat(lines.get(1).get("error").asText()).startsWith("not JSON");
        assertThat(lines.get(2).get("id").asInt()).isEqualTo(7);

        String ru = JSON.readTree(cyrillic).get("text").asText();
        assertThat(mentions(lines.get(0), ru)).contains("date:17 января 1955 г.=1955-01-17",
                "quantity:200 тыс. рублей=200000 RUB");
        String ko = JSON.readTree(hangul).get("text").asText();
        assertThat(mentions(lines.get(2), ko)).contains("person:Muccio=null", "quantity:5만 원=50000 KRW")
                .anyMatch(m -> m.startsWith("person:김일성=per:"));
    }

    /** {@code type:surface=value-or-entity}, after checking each surface is its UTF-16 span of the text. */
    private static List<String> mentions(JsonNode answer, String text) {
        List<String> out = new ArrayList<>();
        for (JsonNode m : answer.get("mentions")) {
            String surface = text.substring(m.get("start").asInt(), m.get("end").asInt());
            assertThat(surface).isEqualTo(m.get("surface").asText());
            JsonNode v = m.get("entity").isNull() ? m.get("value") : m.get("entity");
            out.add(m.get("type").asText() + ":" + surface + "=" + (v.isNull() ? "null" : v.asText()));
        }
        return out;
    }

    @Test
    void isACommandOfFond() {
        StringWriter out = new StringWriter();
        int code = Fond.run(new String[]{"annotate", "--help"}, new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true));
        assertThat(code).isEqualTo(Fond.OK);
        assertThat(out.toString()).contains("--model");
    }

    @Test
    void refusesAModelItCannotRead(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path notAModel = dir.resolve("model.zip");
        java.nio.file.Files.writeString(notAModel, "not a zip");
        StringWriter err = new StringWriter();
        int code = Fond.run(new String[]{"annotate", "--model", notAModel.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(code).isEqualTo(Fond.USAGE);
        assertThat(err.toString()).contains("cannot read the model");
    }
}
