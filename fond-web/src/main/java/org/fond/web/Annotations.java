package org.fond.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.fond.core.model.Mention;
import org.fond.core.model.Provenance;
import org.fond.core.reference.ReferenceParser;
import org.fond.enrich.mentions.MentionFinder;
import org.fond.store.json.RecordJson;

/**
 * {@code POST /api/annotate}: the answers of {@code fond annotate} over HTTP. The body is a JSON array
 * of {@code {"id", "text"}} objects (answered as a JSON array) or JSON lines (answered as JSON lines);
 * each item gets exactly one answer, in order, {@code {"id", "mentions": […]}} or, for an item without
 * a string {@code text}, {@code {"id", "line", "error"}}.
 */
public final class Annotations {
    /** The most items one request may hold: the finder is run on each in turn, in the request. */
    static final int MAX_ITEMS = 1000;

    private Annotations() {
    }

    /** The items of a body, with what was wrong with each unreadable one (then the item is null). */
    public record Item(JsonNode value, String error) {
    }

    static boolean isArray(String body) {
        return body.stripLeading().startsWith("[");
    }

    static List<Item> items(String body) {
        List<Item> items = new ArrayList<>();
        if (isArray(body)) {
            JsonNode array;
            try {
                array = RecordJson.mapper().readTree(body);
            } catch (JsonProcessingException e) {
                throw Problem.badRequest("the body is not a JSON array: " + firstLine(e.getOriginalMessage()));
            }
            array.forEach(n -> items.add(new Item(n, null)));
        } else {
            for (String line : body.split("\r?\n", -1)) {
                if (line.isBlank()) {
                    continue;
                }
                items.add(line(line));
            }
        }
        if (items.size() > MAX_ITEMS) {
            throw Problem.badRequest("at most " + MAX_ITEMS + " items a request, not " + items.size());
        }
        return items;
    }

    /** The answer to one item (number: its line or position, from 1), shared by the API and {@code fond annotate}. */
    public static ObjectNode answer(Item item, int number, MentionFinder finder) {
        JsonNode input = item.value();
        String error = item.error();
        if (error == null && (input == null || !input.isObject())) {
            error = "not a JSON object";
        } else if (error == null && (input.get("text") == null || !input.get("text").isTextual())) {
            error = "no string \"text\"";
        }
        ObjectNode answer = RecordJson.mapper().createObjectNode();
        answer.set("id", input != null && input.isObject() ? input.get("id") : null);
        if (error != null) {
            answer.put("line", number);
            answer.put("error", error);
            return answer;
        }
        ArrayNode mentions = answer.putArray("mentions");
        for (Mention m : finder.find(input.get("text").asText(), null)) {
            ObjectNode o = mentions.addObject();
            o.put("type", m.type()).put("start", m.span().start()).put("end", m.span().end()).put("surface", m.surface())
                    .put("entity", m.entity());
            if (m.type().equals("reference")) {
                // the parsed reference object, as in a record's JSON (and as fond annotate writes it)
                o.set("value", ReferenceParser.parse(m.surface(), ReferenceParser.FOUND_IN_BODY,
                                Provenance.of(MentionFinder.AGENT, "reference"))
                        .<JsonNode>map(RecordJson::reference).orElse(RecordJson.mapper().getNodeFactory().textNode(m.value())));
            } else {
                o.put("value", m.value());
            }
        }
        return answer;
    }

    /** One line of JSON lines as an item: the parsed value, or why it could not be read. */
    public static Item line(String line) {
        try {
            return new Item(RecordJson.mapper().readTree(line), null);
        } catch (JsonProcessingException e) {
            return new Item(null, "not JSON (" + firstLine(e.getOriginalMessage()) + ")");
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
