package org.fond.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fond.core.testing.Shared;

/** Hand-built catalog values for the tests: the store parses nothing, so the tests do not either. */
final class Fixtures {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    static CatalogEntry entry(String id, String title, String repository) {
        ObjectNode node = JSON.createObjectNode().put("id", id).put("title", title);
        return new CatalogEntry(id, title, "1957-12-17", "wcda-export", repository, null, node.toString());
    }

    /**
     * A catalog entry whose JSON holds {@code text} at the top, after an object and an array that
     * hold {@code text} keys of their own, as a record's units and annotations do.
     */
    static CatalogEntry entryWithText(String id, String title, String text) {
        ObjectNode node = JSON.createObjectNode().put("id", id).put("title", title);
        node.putObject("source").put("text", "not the record's");
        node.putArray("units").addObject().put("text", "nor this");
        node.put("text", text);
        node.putArray("annotations").addObject().put("text", "nor this one");
        return new CatalogEntry(id, title, "1957-12-17", "wcda-export", "AVPRF", null, node.toString());
    }

    static Original text(String path, String content) {
        return new Original(path, content.getBytes(StandardCharsets.UTF_8), "plain-text");
    }

    static Original seed(Path file) {
        try {
            return new Original(file.toString(), Files.readAllBytes(file), "wcda-export");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Seed S1 as a reader would catalog it, with values written out by hand. */
    static List<CatalogEntry> seed115956Entries() {
        return List.of(new CatalogEntry("115956", "Journal of Soviet Ambassador to the DPRK A.M. Puzanov", "1957-12-17",
                "wcda-export", "AVPRF", "AVPRF 0102/14/6", "{\"id\":\"115956\"}"));
    }

    /** Seed S2, likewise by hand. */
    static List<CatalogEntry> seed115797Entries() {
        return List.of(new CatalogEntry("115797", "Report from V. Molotov and M. Suslov", "1955-01-17", "wcda-export", "AVPRF",
                "AVPRF 0102/11/65/45",
                "{\"id\":\"115797\"}"));
    }

    static Original seed115956() {
        return seed(Shared.seed115956());
    }

    static Original seed115797() {
        return seed(Shared.seed115797());
    }
}
