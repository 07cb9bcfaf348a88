package org.fond.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;

/**
 * Prints a record for a person at a terminal, from the record JSON: the header a historian cites
 * from, the archival references as parsed, the apparatus with its kinds, the structure, and the text.
 */
final class RecordText {
    private RecordText() {
    }

    static void print(JsonNode r, PrintWriter out) {
        out.println(r.path("title").asText(""));
        line(out, "Id", r.path("id").asText());
        line(out, "Date", r.path("date").path("display").asText("") + edtf(r.path("date").path("edtf")));
        line(out, "Type", r.path("type").asText(null));
        line(out, "Languages", "original " + join(r.path("languages").path("original")) + "; content "
                + join(r.path("languages").path("content")));
        for (JsonNode ref : r.path("references")) {
            String where = ref.path("foundIn").asText("");
            line(out, "Reference", ref.path("canonical").asText(ref.path("raw").asText())
                    + (ref.path("fileKey").isTextual() ? "  [file " + ref.path("fileKey").asText() + "]" : "")
                    + (where.isEmpty() ? "" : "  (" + where + ")"));
        }
        for (JsonNode c : r.path("contributors")) {
            line(out, capitalise(c.path("role").asText("contributor")), c.path("name").asText());
        }
        if (!r.path("donors").isEmpty()) {
            line(out, "Donors", join(r.path("donors")));
        }
        line(out, "Source", r.path("source").path("canonicalUrl").asText(r.path("source").path("url").asText(null)));
        if (r.path("summary").isTextual()) {
            out.println();
            out.println("Summary (editorial):");
            out.println("  " + r.path("summary").asText());
        }
        if (!r.path("units").isEmpty()) {
            out.println();
            out.println("Structure:");
            for (JsonNode u : r.path("units")) {
                unit(u, out, "  ");
            }
        }
        if (!r.path("annotations").isEmpty()) {
            out.println();
            out.println("Apparatus:");
            for (JsonNode a : r.path("annotations")) {
                String flags = a.path("flags").isEmpty() ? "" : "  {" + join(a.path("flags")) + "}";
                out.printf("  %-22s %-17s %s%s%n", a.path("kind").asText(), a.path("layer").asText(),
                        oneLine(a.path("surface").asText()), flags);
            }
        }
        if (!r.path("dates").isEmpty()) {
            out.println();
            out.println("Dates:");
            for (JsonNode d : r.path("dates")) {
                out.printf("  %-24s %-28s %s%n", d.path("edtf").asText(), oneLine(d.path("surface").asText()),
                        d.path("modality").asText(""));
            }
        }
        for (JsonNode f : r.path("flags")) {
            line(out, "Flag", f.path("code").asText() + ": " + f.path("message").asText());
        }
        out.println();
        out.println(r.path("text").asText(""));
    }

    private static void unit(JsonNode u, PrintWriter out, String indent) {
        StringBuilder attrs = new StringBuilder();
        u.path("attributes").properties().forEach(e -> attrs.append(' ').append(e.getKey()).append('=')
                .append(join(e.getValue())));
        String label = u.path("label").isTextual() ? " " + u.path("label").asText() : "";
        out.println(indent + u.path("kind").asText() + " " + u.path("id").asText() + label + attrs);
        for (JsonNode c : u.path("children")) {
            if (!"paragraph".equals(c.path("kind").asText()) || !c.path("attributes").isEmpty()) {
                unit(c, out, indent + "  ");
            }
        }
    }

    private static void line(PrintWriter out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.printf("%-12s %s%n", label + ":", value);
        }
    }

    private static String edtf(JsonNode edtf) {
        return edtf.isTextual() ? "  (" + edtf.asText() + ")" : "";
    }

    private static String join(JsonNode array) {
        StringBuilder s = new StringBuilder();
        for (JsonNode v : array) {
            s.append(s.isEmpty() ? "" : ", ").append(v.asText());
        }
        return s.toString();
    }

    private static String oneLine(String s) {
        String flat = s.replace('\n', ' ');
        return flat.length() > 90 ? flat.substring(0, 89) + "…" : flat;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
