package org.fond.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes copy {@code k} of a source file: the same text under new record ids, so that an archive
 * of a million records can be built from a few thousand real ones. FRUS copies also move their
 * editors' dates ({@code when="…"}) by a few years, so that year facets and date ranges spread as
 * in a real collection. Copy 0 is the file itself.
 */
enum Replicator {
    /** A FRUS volume: a new volume id ({@code idno type="frus"}), every document's date moved. */
    FRUS_TEI {
        private static final Pattern VOLUME = Pattern.compile("(<idno type=\"frus\">)([^<]*)(</idno>)");
        private static final Pattern WHEN = Pattern.compile("((?:when|notBefore|notAfter)=\")(\\d{4})");

        @Override
        byte[] copy(byte[] original, int k) {
            String xml = new String(original, StandardCharsets.UTF_8);
            xml = VOLUME.matcher(xml).replaceFirst(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + "-r" + k
                    + m.group(3)));
            int years = yearShift(k);
            xml = WHEN.matcher(xml).replaceAll(m -> m.group(1) + (Integer.parseInt(m.group(2)) + years));
            return xml.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        int yearShift(int k) {
            return k == 0 ? 0 : (k * 7) % 21 - 10;
        }
    },
    /** A WCDA export (the seeds): the record number of the citation URL. */
    WCDA_EXPORT {
        private static final Pattern NUMBER = Pattern.compile("/document/(\\d+)");

        @Override
        byte[] copy(byte[] original, int k) {
            String text = new String(original, StandardCharsets.UTF_8);
            return NUMBER.matcher(text).replaceAll(m -> "/document/" + newNumber(m.group(1), k))
                    .getBytes(StandardCharsets.UTF_8);
        }
    },
    /** A WCDA site scrape: each row's record_id and document URL. */
    WCDA_CSV {
        @Override
        byte[] copy(byte[] original, int k) {
            CsvMapper csv = new CsvMapper();
            CsvSchema schema = CsvSchema.emptySchema().withHeader();
            try (MappingIterator<Map<String, String>> rows = csv.readerFor(Map.class).with(schema).readValues(original)) {
                List<Map<String, String>> all = new ArrayList<>();
                while (rows.hasNext()) {
                    Map<String, String> row = rows.next();
                    row.computeIfPresent("record_id", (key, v) -> v.isBlank() ? v : newNumber(v.strip(), k));
                    row.computeIfPresent("document_url", (key, v) -> v + (v.contains("?") ? "&" : "?") + "copy=" + k);
                    all.add(row);
                }
                CsvSchema.Builder out = CsvSchema.builder();
                ((CsvSchema) rows.getParserSchema()).forEach(c -> out.addColumn(c.getName()));
                return csv.writer(out.build().withHeader()).writeValueAsBytes(all);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    },
    /** A WCDA JSON export: its id. */
    WCDA_JSON {
        @Override
        byte[] copy(byte[] original, int k) {
            ObjectMapper json = new ObjectMapper();
            try {
                ObjectNode node = (ObjectNode) json.readTree(original);
                node.put("id", newNumber(node.path("id").asText("0"), k));
                return json.writeValueAsBytes(node);
            } catch (IOException | ClassCastException e) {
                throw new IllegalStateException("cannot copy a WCDA JSON file", e);
            }
        }
    };

    /** The bytes of copy {@code k} (k ≥ 1) of {@code original}. */
    abstract byte[] copy(byte[] original, int k);

    /** How many years the dates of copy {@code k} are moved by. */
    int yearShift(int k) {
        return 0;
    }

    static Replicator of(String format) {
        return switch (format) {
            case "frus-tei" -> FRUS_TEI;
            case "wcda-export" -> WCDA_EXPORT;
            case "wcda-csv" -> WCDA_CSV;
            case "wcda-json" -> WCDA_JSON;
            default -> throw new IllegalArgumentException("no replicator for format " + format);
        };
    }

    /** A record number no copy of another record can take: copy k of n is n + k × 10^8. */
    private static String newNumber(String number, int k) {
        try {
            return Long.toString(Long.parseLong(number) + k * 100_000_000L);
        } catch (NumberFormatException e) {
            return number + "-r" + k;
        }
    }
}
