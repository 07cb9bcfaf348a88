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
import java.util.regex.Pattern;

/**
 * Makes copy {@code k} of a source file: the same text under new record ids, so that an archive
 * of a million records can be built from a few thousand real ones. FRUS copies also move their
 * editors' dates ({@code when="…"}) by a few years, so that year facets and date ranges spread as
 * in a real collection. Copy 0 is the file itself.
 */
enum Replicator {
    /**
     * A FRUS volume: a new volume id ({@code idno type="frus"}), every document's date moved. Done
     * on the bytes, without decoding the volume or a regex over it: copies are made while Fond
     * ingests, and must not take the cores it is measured on.
     */
    FRUS_TEI {
        private static final byte[] VOLUME_OPEN = ascii("<idno type=\"frus\">");
        private static final byte[] VOLUME_CLOSE = ascii("</idno>");
        private static final byte[][] DATE_ATTRIBUTES = {ascii("when=\""), ascii("notBefore=\""), ascii("notAfter=\"")};

        @Override
        byte[] copy(byte[] original, int k) {
            byte[] suffix = ascii("-r" + k);
            int open = indexOf(original, VOLUME_OPEN, 0);
            int close = open < 0 ? -1 : indexOf(original, VOLUME_CLOSE, open);
            byte[] out;
            if (close < 0) {
                out = original.clone();
            } else {
                out = new byte[original.length + suffix.length];
                System.arraycopy(original, 0, out, 0, close);
                System.arraycopy(suffix, 0, out, close, suffix.length);
                System.arraycopy(original, close, out, close + suffix.length, original.length - close);
            }
            int years = yearShift(k);
            for (byte[] attribute : DATE_ATTRIBUTES) {
                for (int at = indexOf(out, attribute, 0); at >= 0; at = indexOf(out, attribute, at + 1)) {
                    shiftYear(out, at + attribute.length, years);
                }
            }
            return out;
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

    /** Four ASCII digits at {@code at} (a year from 1000 on) moved by {@code years}, in place. */
    private static void shiftYear(byte[] b, int at, int years) {
        if (at + 4 > b.length) {
            return;
        }
        int year = 0;
        for (int i = at; i < at + 4; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return;
            }
            year = year * 10 + (b[i] - '0');
        }
        int moved = year + years;
        if (year < 1000 || moved < 1000 || moved > 9999) {
            return;
        }
        for (int i = at + 3; i >= at; i--) {
            b[i] = (byte) ('0' + moved % 10);
            moved /= 10;
        }
    }

    private static int indexOf(byte[] b, byte[] what, int from) {
        outer:
        for (int i = Math.max(0, from), last = b.length - what.length; i <= last; i++) {
            if (b[i] != what[0]) {
                continue;
            }
            for (int j = 1; j < what.length; j++) {
                if (b[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
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
