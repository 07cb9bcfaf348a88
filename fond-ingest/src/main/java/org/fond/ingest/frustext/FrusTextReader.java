package org.fond.ingest.frustext;

import java.util.ArrayList;
import java.util.List;
import org.fond.core.model.HeaderField;
import org.fond.core.model.Languages;
import org.fond.core.model.QualityFlag;
import org.fond.core.model.Record;
import org.fond.core.model.Source;
import org.fond.core.model.Text;
import org.fond.ingest.ReadResult;
import org.fond.ingest.Reader;
import org.fond.ingest.SourceFile;
import org.fond.ingest.TextDecoding;

/**
 * Reads the flattened FRUS volumes of a word-embedding study: a tab-separated header
 * ({@code filename, tr #, author pid, pub date, full text}) ended by a bare CR, then one row with
 * only two fields, the volume's file name and the whole volume as one line. There are no document
 * boundaries, so the volume is one record, id {@code frus-text:{volume}}, its text kept verbatim
 * and not analysed: a 4 MB line with no structure is for full-text search, not for units and
 * mentions (flagged {@code whole-volume}). Every header column is kept; a row whose cells are fewer
 * than the header's fills the first and the last column, as the files do.
 */
public final class FrusTextReader implements Reader {
    public static final String FORMAT = "frus-text-tsv";
    private static final String HEADER = "filename\ttr #\tauthor pid\tpub date\tfull text";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean accepts(SourceFile file) {
        return TextDecoding.sniff(file).filter(p -> p.startsWith(HEADER)).isPresent();
    }

    @Override
    public ReadResult read(SourceFile file) {
        return switch (TextDecoding.decode(file.bytes())) {
            case TextDecoding.NotUtf8 bad -> ReadResult.rejected(file.path(), bad.line(), bad.reason());
            case TextDecoding.Decoded decoded -> read(file.path(), decoded.text());
        };
    }

    private ReadResult read(String path, String text) {
        int headerEnd = lineEnd(text, 0);
        String[] columns = text.substring(0, headerEnd).split("\t", -1);
        int rowStart = skipBreak(text, headerEnd);
        if (rowStart >= text.length()) {
            return ReadResult.rejected(path, 1, "the header is not followed by a row");
        }
        int rowEnd = lineEnd(text, rowStart);
        String[] cells = text.substring(rowStart, rowEnd).split("\t", -1);
        if (cells.length < 2) {
            return ReadResult.rejected(path, 1, "the row has no tab between the file name and the text");
        }
        List<HeaderField> header = new ArrayList<>();
        int textCell = cells.length - 1;
        for (int i = 0; i < cells.length - 1; i++) {
            String label = cells.length == columns.length ? columns[i] : i == 0 ? columns[0] : "column " + (i + 1);
            header.add(new HeaderField(label, cells[i], 1, true));
        }
        String volume = cells[0].strip().replaceFirst("\\.xml$", "");
        if (volume.isEmpty()) {
            return ReadResult.rejected(path, 1, "the row names no volume file");
        }
        String body = cells[textCell];
        List<QualityFlag> flags = List.of(new QualityFlag("whole-volume", "the volume as one line with no document "
                + "boundaries; kept for full-text search and not analysed", 1));

        Record record = Record.builder("frus-text:" + volume)
                .title(volume)
                .languages(new Languages(List.of("en"), List.of("en")))
                .source(new Source(null, null, volume, FORMAT, path))
                .header(header)
                .flags(flags)
                .text(Text.verbatim(body, 1))
                .build();
        ReadResult result = ReadResult.of(record);
        if (skipBreak(text, rowEnd) < text.length()) {
            // never dropped silently: a second row is named, the first volume still read
            result = result.plus(ReadResult.rejected(path, 1, "text after the first row: the format holds one "
                    + "volume a file"));
        }
        return result;
    }

    /** Where the line from {@code at} ends: at a CR, an LF or the end. */
    private static int lineEnd(String text, int at) {
        int i = at;
        while (i < text.length() && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
            i++;
        }
        return i;
    }

    private static int skipBreak(String text, int at) {
        int i = at;
        while (i < text.length() && (text.charAt(i) == '\r' || text.charAt(i) == '\n')) {
            i++;
        }
        return i;
    }
}
