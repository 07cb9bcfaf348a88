package org.fond.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.fond.store.json.RecordJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenApiTest {
    static Served served;
    static JsonNode doc;

    @BeforeAll
    static void start() {
        served = Served.start();
        doc = RecordJson.parse(served.get("/api/openapi.json").body());
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @Test
    void isAnOpenApi31Document() {
        assertThat(doc.path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(doc.path("info").path("title").asText()).isNotBlank();
        assertThat(doc.path("info").path("version").asText()).isNotBlank();
    }

    @Test
    void documentsEveryRouteTheServerHasAndNoOther() {
        Set<String> registered = new TreeSet<>();
        served.web.routes().forEach(r -> registered.add(r.method() + " " + r.path()));
        Set<String> documented = new TreeSet<>();
        doc.path("paths").properties().forEach(p -> p.getValue().properties().forEach(
                op -> documented.add(op.getKey().toUpperCase(Locale.ROOT) + " " + p.getKey())));
        assertThat(registered).hasSizeGreaterThan(10);
        assertThat(documented).isEqualTo(registered);
    }

    @Test
    void everyOperationIsCompleteAndEveryReferenceResolves() {
        Set<String> operationIds = new HashSet<>();
        doc.path("paths").properties().forEach(p -> p.getValue().properties().forEach(op -> {
            JsonNode o = op.getValue();
            String where = op.getKey() + " " + p.getKey();
            assertThat(operationIds.add(o.path("operationId").asText())).as(where + " operationId unique").isTrue();
            assertThat(o.path("summary").asText()).as(where).isNotBlank();
            assertThat(o.path("responses").size()).as(where).isPositive();
            // every {parameter} of the path is declared as a path parameter
            List<String> declared = new ArrayList<>();
            o.path("parameters").forEach(par -> {
                if (par.path("in").asText().equals("path")) {
                    declared.add(par.path("name").asText());
                    assertThat(par.path("required").asBoolean()).as(where).isTrue();
                }
            });
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(p.getKey());
            List<String> inPath = new ArrayList<>();
            while (m.find()) {
                inPath.add(m.group(1));
            }
            assertThat(declared).as(where).containsExactlyInAnyOrderElementsOf(inPath);
        }));
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(ref).startsWith("#/");
            assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
    }

    @Test
    void documentedApiAnswersAreWhatTheApiAnswers() {
        JsonNode search = RecordJson.parse(served.get("/api/search?q=Kim").body());
        JsonNode schema = doc.at("/components/schemas/SearchResult/properties");
        search.fieldNames().forEachRemaining(f -> assertThat(schema.has(f)).as("SearchResult." + f).isTrue());
        for (String[] answer : new String[][] {{"/api/entities/per:kim-il-sung", "Entity"}, {"/api/entities?q=Kim", "EntityList"},
                {"/api/timeline?q=Kim&year=1957", "Timeline"}, {"/api/network?q=Kim", "Network"}}) {
            JsonNode body = RecordJson.parse(served.get(answer[0]).body());
            JsonNode properties = doc.at("/components/schemas/" + answer[1] + "/properties");
            assertThat(body.size()).as(answer[0]).isPositive();
            body.fieldNames().forEachRemaining(f -> assertThat(properties.has(f)).as(answer[1] + "." + f).isTrue());
        }
        JsonNode problem = RecordJson.parse(served.get("/api/records/wcda:0").body());
        JsonNode problemSchema = doc.at("/components/schemas/Problem/properties");
        problem.fieldNames().forEachRemaining(f -> assertThat(problemSchema.has(f)).as("Problem." + f).isTrue());
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, refs));
        }
    }
}
