package org.fond.ingest.wcda;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fond.core.model.Record;
import org.fond.ingest.ReadResult;
import org.fond.ingest.Reader;
import org.fond.ingest.Rejection;
import org.fond.ingest.SourceFile;
import org.fond.ingest.TextDecoding;

/**
 * Reads a CSV scrape of the Wilson Center Digital Archive site: a header row naming the columns
 * ({@code document_url, …, record_id, …}), then one record a row; cells may hold line breaks
 * inside quotes. Every column of every row is kept as a header field; see {@link CsvRecord} for
 * what each column gives.
 *
 * <p>A row without a record id is rejected with its line and the others still read. A file that
 * is not UTF-8 or whose quoting breaks is rejected at the line where it breaks, keeping the rows
 * read before it.
 */
public final class WcdaCsvReader implements Reader {
    public static final String FORMAT = "wcda-csv";
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();

    @Override
    public String format() {
        return FORMAT;
    }

    /** A first line that names the columns, among them {@code record_id} and {@code document_url}. */
    @Override
    public boolean accepts(SourceFile file) {
        String prefix = TextDecoding.sniff(file).orElse("");
        int newline = prefix.indexOf('\n');
        if (newline < 0) {
            return false;
        }
        List<String> names = new ArrayList<>();
        for (String name : prefix.substring(0, newline).split(",")) {
            names.add(name.strip().replace("\"", "").toLowerCase(Locale.ROOT));
        }
        return names.contains(CsvRecord.RECORD_ID) && names.contains(CsvRecord.DOCUMENT_URL);
    }

    @Override
    public ReadResult read(SourceFile file) {
        return switch (TextDecoding.decode(file.bytes())) {
            case TextDecoding.NotUtf8 bad -> ReadResult.rejected(file.path(), bad.line(), bad.reason());
            case TextDecoding.Decoded decoded -> read(file.path(), decoded.text());
        };
    }

    private ReadResult read(String path, String text) {
        List<Row> rows = new ArrayList<>();
        Rejection broken = parse(path, text, rows);
        if (rows.isEmpty()) {
            return ReadResult.rejected(broken != null ? broken : new Rejection(path, 1, "no header row"));
        }
        Row header = rows.getFirst();
        List<String> columns = header.cells().stream().map(String::strip).toList();
        if (!columns.contains(CsvRecord.RECORD_ID) && !columns.contains(CsvRecord.DOCUMENT_URL)) {
            return ReadResult.rejected(path, header.line(), "header row names neither a " + CsvRecord.RECORD_ID
                    + " nor a " + CsvRecord.DOCUMENT_URL + " column, so no row can have a record id");
        }
        List<Record> records = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        for (Row row : rows.subList(1, rows.size())) {
            ReadResult one = new CsvRecord(path, columns, row).read();
            records.addAll(one.records());
            rejections.addAll(one.rejections());
        }
        if (broken != null) {
            rejections.add(broken);
        }
        return new ReadResult(records, rejections);
    }

    /** Parses rows into {@code rows}; returns where the CSV broke, or null if it did not. */
    private static Rejection parse(String path, String text, List<Row> rows) {
        try (CsvParser parser = (CsvParser) CSV.createParser(text)) {
            // WRAP_AS_ARRAY wraps the whole file in one array and each row in an inner one
            int depth = 0;
            List<String> cells = new ArrayList<>();
            List<Integer> cellLines = new ArrayList<>();
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                switch (token) {
                    case START_ARRAY -> {
                        depth++;
                        cells = new ArrayList<>();
                        cellLines = new ArrayList<>();
                    }
                    case VALUE_STRING -> {
                        cells.add(parser.getText());
                        // the start-array location is the previous token's, so a row's line is its first cell's
                        cellLines.add(line(parser.currentTokenLocation()));
                    }
                    case END_ARRAY -> {
                        if (depth-- == 2 && !cells.isEmpty()) {
                            rows.add(new Row(cellLines.getFirst(), cells, cellLines));
                        }
                    }
                    default -> {
                        // WRAP_AS_ARRAY gives only arrays of strings
                    }
                }
            }
            return null;
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : line(e.getLocation());
            return new Rejection(path, line, "broken CSV: " + e.getOriginalMessage());
        } catch (IOException e) {
            return new Rejection(path, 0, "cannot read CSV: " + e.getMessage());
        }
    }

    private static int line(JsonLocation location) {
        return Math.max(0, location.getLineNr());
    }

    /** One CSV row as read: the 1-based line it starts on, its cells, and the line each cell starts on. */
    record Row(int line, List<String> cells, List<Integer> cellLines) {
        Row {
            cells = List.copyOf(cells);
            cellLines = List.copyOf(cellLines);
        }
    }
}
