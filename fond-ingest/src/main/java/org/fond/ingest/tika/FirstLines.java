package org.fond.ingest.tika;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fond.core.date.DateExpression;
import org.fond.core.date.DateParser;
import org.fond.core.model.DocumentDate;
import org.fond.core.model.Provenance;
import org.fond.core.model.Span;
import org.fond.core.reference.ArchivalReference;
import org.fond.core.reference.ReferenceParser;
import org.fond.core.text.Block;

/**
 * What the opening lines of an extracted document say about it, where a file has no header to read:
 * the first line, the first short line that is or holds a full date ({@code Moscow, 17 December 1957}),
 * and the first line that holds an archival reference with a known repository. Only the first
 * {@value #LINES} non-blank lines are looked at: a date or a file number deep in the text is the
 * text's, not the document's.
 */
record FirstLines(String firstLine, DocumentDate date, Optional<ArchivalReference> reference) {
    static final int LINES = 12;
    private static final int DATE_LINE_MAX = 80;

    static FirstLines of(String text) {
        String first = null;
        DocumentDate date = null;
        ArchivalReference reference = null;
        int seen = 0;
        int lineNo = 0;
        for (String line : text.split("\n", -1)) {
            lineNo++;
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (++seen > LINES) {
                break;
            }
            if (first == null) {
                first = s.length() > 200 ? s.substring(0, 200) : s;
            }
            if (date == null && s.length() <= DATE_LINE_MAX) {
                date = dateOf(s, lineNo);
            }
            if (reference == null) {
                reference = referenceOf(s, lineNo);
            }
        }
        return new FirstLines(first, date, Optional.ofNullable(reference));
    }

    private static DocumentDate dateOf(String line, int lineNo) {
        Optional<String> whole = DateParser.toEdtf(line);
        if (whole.isPresent()) {
            return new DocumentDate(whole.get(), line, Provenance.of(TikaReader.AGENT, "first-lines-date").atLine(lineNo));
        }
        for (DateExpression found : DateParser.extract(line, null)) {
            // a full day only: "1957" alone in a heading is as likely a subject as a date
            if (found.edtf() != null && found.edtf().matches("\\d{4}-\\d{2}-\\d{2}")) {
                return new DocumentDate(found.edtf(), found.surface(),
                        Provenance.of(TikaReader.AGENT, "first-lines-date-in-line").atLine(lineNo));
            }
        }
        return null;
    }

    private static ArchivalReference referenceOf(String line, int lineNo) {
        Provenance provenance = Provenance.of(TikaReader.AGENT, "first-lines-reference").atLine(lineNo);
        for (ReferenceParser.Found found : ReferenceParser.find(line, ReferenceParser.FOUND_IN_CITATION, provenance)) {
            var repository = found.reference().repository();
            if (repository != null && repository.code() != null) {
                return found.reference();
            }
        }
        return null;
    }

    /** Paragraphs: runs of non-blank lines, each a block starting on its 1-based line. */
    static List<Block> paragraphs(String text) {
        List<Block> blocks = new ArrayList<>();
        int lineNo = 1;
        int start = -1;
        int startLine = 0;
        int end = 0;
        int at = 0;
        while (at <= text.length()) {
            int newline = text.indexOf('\n', at);
            int lineEnd = newline < 0 ? text.length() : newline;
            boolean blank = text.substring(at, lineEnd).isBlank();
            if (!blank && start < 0) {
                start = at;
                startLine = lineNo;
            }
            if (!blank) {
                end = lineEnd;
            }
            if ((blank || newline < 0) && start >= 0) {
                blocks.add(new Block(Block.Kind.PARAGRAPH, new Span(start, end), startLine, ""));
                start = -1;
            }
            if (newline < 0) {
                break;
            }
            at = newline + 1;
            lineNo++;
        }
        return blocks;
    }
}
