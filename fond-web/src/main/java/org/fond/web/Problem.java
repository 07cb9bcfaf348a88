package org.fond.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.fond.store.json.RecordJson;

/**
 * An RFC 9457 problem: thrown by a handler, answered as {@code application/problem+json} (or as an
 * error page for a browser). {@code type} is a relative URI naming the kind of problem;
 * {@code extensions} carry members such as the {@code position} of a query error.
 */
public final class Problem extends RuntimeException {
    public static final String MEDIA_TYPE = "application/problem+json";

    private final int status;
    private final String type;
    private final String title;
    private final Map<String, Object> extensions;

    public Problem(int status, String type, String title, String detail, Map<String, Object> extensions) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.extensions = Map.copyOf(extensions);
    }

    public Problem(int status, String type, String title, String detail) {
        this(status, type, title, detail, Map.of());
    }

    public static Problem notFound(String detail) {
        return new Problem(404, "/problems/not-found", "Not found", detail);
    }

    public static Problem badRequest(String detail) {
        return new Problem(400, "/problems/bad-request", "Bad request", detail);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    /** The problem document; {@code instance} is the path that was asked for. */
    public ObjectNode toJson(String instance) {
        ObjectNode o = RecordJson.mapper().createObjectNode();
        o.put("type", type);
        o.put("title", title);
        o.put("status", status);
        o.put("detail", getMessage());
        o.put("instance", instance);
        extensions.forEach((k, v) -> o.set(k, RecordJson.mapper().valueToTree(v)));
        return o;
    }
}
