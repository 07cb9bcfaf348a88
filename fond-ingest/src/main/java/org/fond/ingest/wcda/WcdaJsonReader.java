package org.fond.ingest.wcda;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.fond.core.model.HeaderField;
import org.fond.ingest.ReadResult;
import org.fond.ingest.Reader;
import org.fond.ingest.SourceFile;
import org.fond.ingest.TextDecoding;

/**
 * Reads JSON from the old WCDA API (MODEL.md §1.7): a document record ({@code /srv/record/{id}.json},
 * with {@code title} and {@code doc_date}) or an asset (a transcript, translation or media file, with
 * {@code asset_id}) becomes a record, see {@link JsonRecord}. A collection is metadata about a group
 * of documents and lists none of them, so it is rejected as "collection listing, not a record"
 * rather than turned into a record that is not a document. Malformed JSON is rejected with its line
 * and column. Every scalar of the file is kept as a header field labelled with its JSON pointer.
 */
public final class WcdaJsonReader implements Reader {
    public static final String FORMAT = "wcda-json";
    private static final Pattern OLD_API_KEY = Pattern.compile(
            "\"(?:asset_id|doc_date|frontend_doc_date|short_description|first_published_at|source_created_at)\"\\s*:");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Override
    public String format() {
        return FORMAT;
    }

    /** A JSON object whose first 8 KiB hold a key only the old WCDA API writes. */
    @Override
    public boolean accepts(SourceFile file) {
        return TextDecoding.sniff(file).map(String::stripLeading)
                .filter(prefix -> prefix.startsWith("{") && OLD_API_KEY.matcher(prefix).find()).isPresent();
    }

    @Override
    public ReadResult read(SourceFile file) {
        return switch (TextDecoding.decode(file.bytes())) {
            case TextDecoding.NotUtf8 bad -> ReadResult.rejected(file.path(), bad.line(), bad.reason());
            case TextDecoding.Decoded decoded -> read(file.path(), decoded.text());
        };
    }

    private ReadResult read(String path, String text) {
        JsonNode root;
        List<HeaderField> fields = new ArrayList<>();
        try {
            root = JSON.readTree(text);
            scalars(text, fields);
        } catch (JacksonException e) {
            var at = e.getLocation();
            int line = at == null ? 0 : Math.max(0, at.getLineNr());
            String column = at == null || at.getColumnNr() < 1 ? "" : " at line " + line + ", column " + at.getColumnNr();
            return ReadResult.rejected(path, line, "malformed JSON" + column + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            return ReadResult.rejected(path, 0, "cannot read JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            return ReadResult.rejected(path, 1, "not a WCDA API object: the JSON is "
                    + (root == null ? "empty" : "a " + root.getNodeType().name().toLowerCase()));
        }
        return new JsonRecord(path, root, fields).read();
    }

    /** Every scalar value with its JSON pointer and the line its value starts on. */
    private static void scalars(String text, List<HeaderField> fields) throws IOException {
        try (JsonParser parser = JSON.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token.isScalarValue()) {
                    String pointer = parser.getParsingContext().pathAsPointer().toString();
                    // a number, boolean or null is kept as its JSON literal
                    String value = parser.getText();
                    fields.add(new HeaderField(pointer, value, parser.currentTokenLocation().getLineNr(),
                            JsonRecord.knows(pointer)));
                }
            }
        }
    }
}
