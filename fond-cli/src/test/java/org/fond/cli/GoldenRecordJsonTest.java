package org.fond.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.fond.core.model.Annotation;
import org.fond.core.model.Mention;
import org.fond.core.model.Record;
import org.fond.core.model.Unit;
import org.fond.core.testing.Shared;
import org.fond.ingest.ReadResult;
import org.fond.ingest.Readers;
import org.fond.ingest.SourceFile;
import org.fond.store.json.RecordJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole record JSON of each seed against a golden file we reviewed. Strings longer than
 * {@value #KEEP} characters are replaced by their length and SHA-256 in both, so no third-party text
 * is committed while any change to it still fails the test. Run with {@code -Dfond.golden.update=true}
 * to rewrite the golden files, then review the diff like code.
 */
class GoldenRecordJsonTest {
    private static final int KEEP = 64;
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @ParameterizedTest
    @ValueSource(strings = {"115956", "115797"})
    void recordJsonMatchesTheReviewedGoldenFile(String id) throws IOException {
        Record record = read(id);
        JsonNode actual = redact(RecordJson.toTree(record));
        Path golden = GOLDEN.resolve("wcda-" + id + ".json");
        if (Boolean.getBoolean("fond.golden.update")) {
            Files.writeString(golden, RecordJson.pretty(actual) + "\n");
        }
        JsonNode expected = RecordJson.parse(Files.readString(golden));
        assertThat(RecordJson.pretty(actual)).isEqualTo(RecordJson.pretty(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"115956", "115797"})
    void everyOffsetRoundTripsToItsSurfaceAndToTheRawSource(String id) {
        Record record = read(id);
        String plain = record.text().plain();
        for (Annotation a : record.annotations()) {
            assertThat(plain.substring(a.span().start(), a.span().end())).as(a.toString()).isEqualTo(a.surface());
            String raw = record.text().rawOf(a.span());
            assertThat(raw).as("raw of " + a.kind()).isNotNull();
        }
        for (Mention m : record.mentions()) {
            assertThat(plain.substring(m.span().start(), m.span().end())).isEqualTo(m.surface());
        }
        record.dates().forEach(d -> assertThat(d.span().of(plain)).isEqualTo(d.surface()));
        record.units().stream().flatMap(Unit::flatten).forEach(u ->
                assertThat(u.span().end()).as(u.id()).isLessThanOrEqualTo(plain.length()));
    }

    static Record read(String id) {
        Path seed = Map.of("115956", Shared.seed115956(), "115797", Shared.seed115797()).get(id);
        try {
            ReadResult result = Readers.standard().read(new SourceFile(seed.getFileName().toString(),
                    Files.readAllBytes(seed)));
            assertThat(result.rejections()).isEmpty();
            assertThat(result.records()).hasSize(1);
            return result.records().get(0);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Replaces every long string value by {@code "<N chars, sha256 …>"}. */
    static JsonNode redact(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.properties().forEach(e -> e.setValue(redact(e.getValue())));
            return o;
        }
        if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                a.set(i, redact(a.get(i)));
            }
            return a;
        }
        if (node.isTextual() && node.asText().length() > KEEP) {
            return new TextNode("<" + node.asText().length() + " chars, sha256 " + sha256(node.asText()) + ">");
        }
        return node;
    }

    private static String sha256(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
