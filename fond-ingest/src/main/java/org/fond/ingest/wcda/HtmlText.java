package org.fond.ingest.wcda;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fond.core.model.OffsetMap;
import org.fond.core.model.Span;
import org.fond.core.model.Text;
import org.fond.core.text.Block;
import org.fond.core.text.NormalisedText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML asset (an old-API transcript or translation) as plain text that points back
 * into the HTML. jsoup parses, with source positions on; this class only lays the text out: white
 * space collapsed as a browser would, one paragraph per block element, {@code <br>} a line break.
 * Style and script content is data, not text, and never appears. Every plain character maps to the
 * HTML character it came from (an entity's characters to its {@code &}).
 */
final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
            "table", "blockquote", "pre", "section", "article", "ul", "ol", "dd", "dt", "title");

    private final String html;
    private final int line;
    private final StringBuilder plain = new StringBuilder();
    private final List<Integer> map = new ArrayList<>();
    private final List<Block> blocks = new ArrayList<>();
    private int blockStart = -1;
    private boolean pendingSpace;
    private boolean pendingBreak;
    /** Where the run of white space that a pending space stands for starts in the HTML. */
    private int spaceAt;

    private HtmlText(String html, int line) {
        this.html = html;
        this.line = line;
    }

    /** {@code html}'s text; every block is given source line {@code line}, where the HTML was read. */
    static NormalisedText of(String html, int line) {
        return new HtmlText(html, line).run();
    }

    private NormalisedText run() {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Jsoup.parse(html, "", parser).traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    text(text);
                } else if (node instanceof Element e && e.nameIs("br")) {
                    lineBreak();
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    pendingBreak = true;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    pendingBreak = true;
                }
            }
        });
        closeBlock();
        int[] offsets = new int[map.size() + 1];
        for (int i = 0; i < map.size(); i++) {
            offsets[i] = map.get(i);
        }
        offsets[map.size()] = html.length();
        Text text = new Text(html, line, plain.toString(), new OffsetMap(offsets));
        return new NormalisedText(text, blocks, List.of());
    }

    /** Lays out one text node, aligning its decoded characters with the HTML they were read from. */
    private void text(TextNode node) {
        String decoded = node.getWholeText();
        var range = node.sourceRange();
        int raw = range.isTracked() ? range.startPos() : -1;
        int rawEnd = range.isTracked() ? range.endPos() : -1;
        for (int i = 0; i < decoded.length(); i++) {
            int at;
            if (raw < 0) {
                at = Math.max(0, Math.min(html.length() - 1, rawEnd));
            } else {
                at = Math.min(raw, html.length() - 1);
                if (raw < rawEnd && html.charAt(raw) == '&' && decoded.charAt(i) != '&') {
                    int semicolon = html.indexOf(';', raw);
                    raw = semicolon > raw && semicolon < rawEnd && semicolon - raw <= 32 ? semicolon + 1 : raw + 1;
                    if (Character.isHighSurrogate(decoded.charAt(i)) && i + 1 < decoded.length()) {
                        emit(decoded.charAt(i), at);
                        i++;
                    }
                } else {
                    raw++;
                }
            }
            emit(decoded.charAt(i), at);
        }
    }

    private void emit(char c, int rawAt) {
        // a no-break space is not white space here: it is kept as written
        if (Character.isWhitespace(c)) {
            if (!pendingSpace && blockStart >= 0 && plain.charAt(plain.length() - 1) != '\n') {
                pendingSpace = true;
                spaceAt = rawAt;
            }
            return;
        }
        if (pendingBreak && blockStart >= 0) {
            closeBlock();
            append('\n', rawAt);
            append('\n', rawAt);
        } else if (pendingSpace && blockStart >= 0) {
            append(' ', spaceAt);
        }
        pendingBreak = false;
        pendingSpace = false;
        if (blockStart < 0) {
            blockStart = plain.length();
        }
        append(c, rawAt);
    }

    private void lineBreak() {
        if (blockStart >= 0 && !pendingBreak) {
            int at = map.isEmpty() ? 0 : map.getLast() + 1;
            append('\n', Math.min(at, html.length()));
            pendingSpace = false;
        }
    }

    private void closeBlock() {
        if (blockStart >= 0) {
            int end = plain.length();
            while (end > blockStart && Character.isWhitespace(plain.charAt(end - 1))) {
                end--;
            }
            blocks.add(new Block(Block.Kind.PARAGRAPH, new Span(blockStart, end), line, ""));
        }
        blockStart = -1;
        pendingSpace = false;
    }

    private void append(char c, int rawAt) {
        plain.append(c);
        map.add(rawAt);
    }
}
