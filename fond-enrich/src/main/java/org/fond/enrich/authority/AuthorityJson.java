package org.fond.enrich.authority;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fond.core.authority.AuthorityRecord;

/**
 * Authority records as JSON lines, one record a line, sorted by id, fields in a fixed order, nulls left
 * out — so the same authority always writes the same bytes and an archive diff shows only what changed.
 * Reading is strict: an unknown field or a bad value fails with the source, the line and the field.
 */
public final class AuthorityJson {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            // records carry helper methods (isMerged, label) that are not fields of the stored form
            .visibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
            .build();

    private AuthorityJson() {
    }

    /** Writes {@code records} sorted by id, one JSON object a line. */
    public static void write(List<AuthorityRecord> records, Writer out) throws IOException {
        List<AuthorityRecord> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparing(AuthorityRecord::id));
        for (AuthorityRecord r : sorted) {
            out.write(MAPPER.writeValueAsString(r));
            out.write('\n');
        }
        out.flush();
    }

    /** Writes the records to {@code file} (UTF-8), replacing it. */
    public static void write(List<AuthorityRecord> records, java.nio.file.Path file) throws IOException {
        try (Writer w = java.nio.file.Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
            write(records, w);
        }
    }

    /** Reads a JSON-lines file; errors name the file and the line. */
    public static List<AuthorityRecord> read(java.nio.file.Path file) throws IOException {
        try (Reader r = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
            return read(r, file.getFileName().toString());
        }
    }

    public static String toJsonLines(List<AuthorityRecord> records) {
        java.io.StringWriter w = new java.io.StringWriter();
        try {
            write(records, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /**
     * Reads JSON lines; blank lines are skipped.
     *
     * @param source names the input in error messages (a file name)
     * @throws AuthorityDataException naming the source, the line and the field at fault
     */
    public static List<AuthorityRecord> read(Reader in, String source) throws IOException {
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        List<AuthorityRecord> out = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            out.add(parse(line, source + ":" + number));
        }
        return out;
    }

    static AuthorityRecord parse(String json, String where) {
        try {
            return MAPPER.readValue(json, AuthorityRecord.class);
        } catch (JsonProcessingException e) {
            throw AuthorityDataException.of(where, e);
        }
    }
}
