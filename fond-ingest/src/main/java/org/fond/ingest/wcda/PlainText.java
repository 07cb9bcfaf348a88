package org.fond.ingest.wcda;

import java.util.ArrayList;
import java.util.List;
import org.fond.core.model.Span;
import org.fond.core.model.Text;
import org.fond.core.text.Block;
import org.fond.core.text.NormalisedText;

/**
 * A body that is plain text, one paragraph a line (the scraped {@code text_body} of the WCDA site).
 * It is not markdown, so it is kept verbatim rather than normalised: a markdown reading would strip
 * {@code *}, {@code #} and backslashes that are part of the document, and would merge the lines,
 * which carry no blank lines between them, into one paragraph.
 */
final class PlainText {
    private PlainText() {
    }

    /** {@code text} verbatim, one paragraph block per non-blank line, its first line being {@code firstLine}. */
    static NormalisedText ofLines(String text, int firstLine) {
        List<Block> blocks = new ArrayList<>();
        int line = firstLine;
        int start = 0;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                blocks.add(new Block(Block.Kind.PARAGRAPH, new Span(s, e), line, ""));
            }
            line++;
            start = end + 1;
        }
        return new NormalisedText(Text.verbatim(text, firstLine), blocks, List.of());
    }
}
