package org.fond.ingest.frus;

import java.util.ArrayList;
import java.util.List;
import org.fond.core.model.Span;
import org.fond.core.text.Block;

/**
 * Builds a document's plain text from XML character data the way TEI renders it: runs of
 * whitespace (the file's indentation) become one space, {@code <lb/>} a line break, block elements
 * paragraphs separated by {@code "\n\n"}. Whitespace is written lazily, only before the next
 * visible character, so no block starts or ends with a space and spans need no trimming.
 */
final class PlainTextBuilder {
    /**
     * A FRUS document's text is a few thousand characters: begun at 16 the builder was grown and copied
     * eight times a document (4.4% of the bytes ingest allocated).
     */
    static final int INITIAL_CAPACITY = 4096;

    /**
     * Where the text is built: the caller's, cleared here and used again for its next document, so a
     * volume grows one builder to its longest document (begun at 4,096 for each document, the builders
     * still grew to 4% of ingest's allocation).
     */
    private final StringBuilder text;
    private final List<Block> blocks = new ArrayList<>();
    /** The separator owed before the next visible character: 0, ' ', '\t' or '\n'. */
    private char pending;
    private int blockStart = -1;
    private Block.Kind nextKind = Block.Kind.PARAGRAPH;
    private int nextLine;
    private String nextMarker = "";
    private boolean labelOnly;

    PlainTextBuilder(StringBuilder scratch) {
        scratch.setLength(0);
        this.text = scratch;
    }

    PlainTextBuilder() {
        this(new StringBuilder(INITIAL_CAPACITY));
    }

    int length() {
        return text.length();
    }

    /**
     * Appends {@code length} characters of XML character data from {@code chars[start]}, collapsing
     * whitespace; {@code line} is where the data starts. A run of visible characters is copied at once.
     */
    void append(char[] chars, int start, int length, int line) {
        int end = start + length;
        int i = start;
        while (i < end) {
            if (isXmlSpace(chars[i])) {
                owe(' ');
                i++;
                continue;
            }
            if (blockStart < 0) {
                if (nextLine <= 0) {
                    nextLine = line;
                }
                if (!text.isEmpty()) {
                    text.append("\n\n");
                }
                blockStart = text.length();
            } else if (pending != 0) {
                text.append(pending);
            }
            pending = 0;
            int visible = i + 1;
            while (visible < end && !isXmlSpace(chars[visible])) {
                visible++;
            }
            text.append(chars, i, visible - i);
            i = visible;
        }
    }

    /** {@code <lb/>}: a line break inside the block, if the block has text yet. */
    void lineBreak() {
        owe('\n');
    }

    /** Between table cells. */
    void cellBreak() {
        owe('\t');
    }

    /** Ends the open block and says what the next one is and where it starts. */
    void beginBlock(Block.Kind kind, int line, String marker) {
        endBlock();
        nextKind = kind;
        nextLine = line;
        nextMarker = marker;
    }

    /** {@code <label>} starts a block the following {@code <item>} continues ("1. text"). */
    void beginLabel(int line) {
        beginBlock(Block.Kind.LIST_ITEM, line, "label");
        labelOnly = true;
    }

    /** {@code <item>}: continues a block a label opened, else starts its own. */
    void beginItem(int line) {
        if (labelOnly) {
            labelOnly = false;
            owe(' ');
            return;
        }
        beginBlock(Block.Kind.LIST_ITEM, line, "item");
    }

    void endBlock() {
        if (blockStart >= 0) {
            blocks.add(new Block(nextKind, new Span(blockStart, text.length()), nextLine, nextMarker));
        }
        blockStart = -1;
        pending = 0;
        labelOnly = false;
        nextKind = Block.Kind.PARAGRAPH;
        nextLine = 0;
        nextMarker = "";
    }

    /** A boundary between sub-documents (an attachment starts or ends): an empty separator block. */
    void separator(int line, String marker) {
        endBlock();
        if (!blocks.isEmpty() && blocks.get(blocks.size() - 1).kind() == Block.Kind.SEPARATOR) {
            return;
        }
        blocks.add(new Block(Block.Kind.SEPARATOR, new Span(text.length(), text.length()), line, marker));
    }

    String text() {
        return text.toString();
    }

    List<Block> blocks() {
        return List.copyOf(blocks);
    }

    private void owe(char separator) {
        if (blockStart >= 0 && rank(separator) > rank(pending)) {
            pending = separator;
        }
    }

    private static int rank(char separator) {
        return switch (separator) {
            case '\n' -> 3;
            case '\t' -> 2;
            case ' ' -> 1;
            default -> 0;
        };
    }

    /** XML's four whitespace characters; a no-break space is text. */
    static boolean isXmlSpace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    /** Collapses XML whitespace in a captured string the same way, for notes kept outside the text. */
    static String collapse(CharSequence chars) {
        StringBuilder out = new StringBuilder(chars.length());
        boolean space = false;
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (isXmlSpace(c)) {
                space = true;
            } else {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }
}
