package org.fond.ingest.wcda;

import java.util.List;
import java.util.Optional;
import org.fond.ingest.ReadResult;
import org.fond.ingest.Reader;
import org.fond.ingest.SourceFile;
import org.fond.ingest.TextDecoding;

/**
 * Reads a Wilson Center Digital Archive export (the seed format, MODEL.md §1): a title block, the
 * labelled fields Citation, Summary, Credits, Original Language and Contents in any of their
 * decorations, then the markdown body. One file is one record.
 *
 * <p>What it does with broken input: an empty file, bytes that are not UTF-8, a line longer than
 * {@code maxLineBytes}, a file with no title or no Citation field, or a citation without a
 * {@code /document/{number}} URL is rejected with the line and the reason. Anything milder (a
 * title that differs from the citation's, a language name it does not know, a citation it cannot
 * take apart) is read and flagged. Unknown labels are kept in the header, never dropped.
 */
public final class WcdaExportReader implements Reader {
    public static final String FORMAT = "wcda-export";
    /** The longest line read: real export paragraphs are a few KiB; a longer line is not an export. */
    public static final int DEFAULT_MAX_LINE_BYTES = 1 << 20;

    private final int maxLineBytes;

    public WcdaExportReader() {
        this(DEFAULT_MAX_LINE_BYTES);
    }

    public WcdaExportReader(int maxLineBytes) {
        if (maxLineBytes <= 0) {
            throw new IllegalArgumentException("maxLineBytes must be positive");
        }
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    /** A title block or label first, and a Citation label, within the first 8 KiB. */
    @Override
    public boolean accepts(SourceFile file) {
        Optional<String> opening = TextDecoding.sniff(file);
        if (opening.isEmpty()) {
            return false;
        }
        List<Line> lines = Line.split(opening.get());
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first >= lines.size()
                || (TitleBlock.parse(lines, first).isEmpty() && Label.of(lines.get(first)).isEmpty())) {
            return false;
        }
        return lines.stream().map(Label::of).flatMap(Optional::stream)
                .anyMatch(l -> l.kind() == Label.Kind.CITATION);
    }

    @Override
    public ReadResult read(SourceFile file) {
        if (file.size() == 0) {
            return ReadResult.rejected(file.path(), 0, "empty file");
        }
        int[] longest = longestLine(file.bytes());
        if (longest[1] > maxLineBytes) {
            return ReadResult.rejected(file.path(), longest[0], "line is " + longest[1]
                    + " bytes long, over the limit of " + maxLineBytes + " for a " + FORMAT + " file");
        }
        return switch (TextDecoding.decode(file.bytes())) {
            case TextDecoding.NotUtf8 bad -> ReadResult.rejected(file.path(), bad.line(), bad.reason());
            case TextDecoding.Decoded decoded -> {
                List<Line> lines = Line.split(decoded.text());
                yield new ExportInterpreter(file.path(), decoded.text(), lines, ExportHeader.parse(lines)).read();
            }
        };
    }

    /** The 1-based number and byte length of the longest line, counted on bytes before decoding. */
    private static int[] longestLine(byte[] bytes) {
        int line = 1;
        int start = 0;
        int[] longest = {1, 0};
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                if (i - start > longest[1]) {
                    longest[0] = line;
                    longest[1] = i - start;
                }
                line++;
                start = i + 1;
            }
        }
        return longest;
    }
}
