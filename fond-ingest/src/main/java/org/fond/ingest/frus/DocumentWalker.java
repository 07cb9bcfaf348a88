package org.fond.ingest.frus;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.fond.core.model.Span;
import org.fond.core.text.Block;

/**
 * Walks the StAX events of one {@code div[@type='document']}, from its start tag to its end tag,
 * and collects its {@link DocumentParts}. Heading, dateline and body become the plain text; the
 * source notes above the heading and the footnotes are kept apart (a footnote leaves only its
 * anchor in the text), so the text reads as the document does. What belongs to an enclosure
 * ({@code frus:attachment}) never sets the document's own title, dateline or correspondents.
 */
final class DocumentWalker {
    private static final String XML_NS = XMLConstants.XML_NS_URI;
    private static final java.util.Set<String> BREAKS_IN_NOTE = java.util.Set.of("p", "lb", "item", "label", "row",
            "cell", "head", "list");

    private final XMLStreamReader xml;
    private final PlainTextBuilder text;
    private final Deque<Frame> open = new ArrayDeque<>();
    private final List<DocumentParts.Named> names = new ArrayList<>();
    private final List<DocumentParts.Note> sourceNotes = new ArrayList<>();
    private final List<DocumentParts.Footnote> footnotes = new ArrayList<>();
    private final List<DocumentParts.PageBreak> pageBreaks = new ArrayList<>();

    private int attachments;
    private Capture capture;
    private boolean inTitle;
    private boolean inDateline;
    private boolean inCloser;
    private Span title;
    private int titleLine;
    private DocumentParts.Dateline dateline;
    private int datelineStart;
    private int datelineLine;
    private Span place;
    private Span date;
    private String when;

    private DocumentWalker(XMLStreamReader xml, StringBuilder scratch) {
        this.xml = xml;
        this.text = new PlainTextBuilder(scratch);
    }

    /**
     * Reads from the document's start tag (the current event) through its end tag, building its text in
     * {@code scratch}, which it clears first (a volume's documents share one).
     */
    static DocumentParts read(XMLStreamReader xml, String startPage, StringBuilder scratch) throws XMLStreamException {
        return new DocumentWalker(xml, scratch).walk(startPage);
    }

    private DocumentParts walk(String startPage) throws XMLStreamException {
        String xmlId = xml.getAttributeValue(XML_NS, "id");
        String number = xml.getAttributeValue(null, "n");
        String subtype = xml.getAttributeValue(null, "subtype");
        int line = xml.getLocation().getLineNumber();
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    start(xml.getLocalName());
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    if (depth > 0) {
                        end(open.pop());
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> characters();
                default -> {
                    // comments and processing instructions are not text
                }
            }
        }
        text.endBlock();
        return new DocumentParts(xmlId, number, subtype, line, startPage, text.text(), text.blocks(), title,
                titleLine, dateline, names, sourceNotes, footnotes, pageBreaks);
    }

    private void characters() {
        if (capture != null) {
            capture.text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
        } else {
            text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength(), xml.getLocation().getLineNumber());
        }
    }

    private void start(String name) {
        int line = xml.getLocation().getLineNumber();
        if (capture != null) {
            // inside a note everything is the note's text; a paragraph or line break inside it is a space
            if (BREAKS_IN_NOTE.contains(name)) {
                capture.text.append(' ');
            }
            open.push(new Frame(name, Role.IN_CAPTURE, 0, null, null));
            return;
        }
        String type = xml.getAttributeValue(null, "type");
        Frame frame = switch (name) {
            case "head" -> {
                text.beginBlock(Block.Kind.HEADING, line, "head");
                boolean first = attachments == 0 && title == null && !inTitle;
                inTitle |= first;
                titleLine = first ? line : titleLine;
                yield new Frame(name, first ? Role.TITLE : Role.BLOCK, text.length(), null, null);
            }
            case "dateline" -> {
                text.beginBlock(Block.Kind.PARAGRAPH, line, "dateline");
                boolean first = attachments == 0 && dateline == null && !inDateline;
                if (first) {
                    inDateline = true;
                    datelineStart = text.length();
                    datelineLine = line;
                }
                yield new Frame(name, first ? Role.DATELINE : Role.BLOCK, text.length(), null, null);
            }
            case "p", "opener", "row", "byline", "trailer", "argument", "epigraph" -> {
                text.beginBlock(Block.Kind.PARAGRAPH, line, name);
                yield new Frame(name, Role.BLOCK, 0, null, null);
            }
            case "closer" -> {
                text.beginBlock(Block.Kind.PARAGRAPH, line, name);
                inCloser = attachments == 0;
                yield new Frame(name, Role.CLOSER, 0, null, null);
            }
            case "item" -> {
                text.beginItem(line);
                yield new Frame(name, Role.BLOCK, 0, null, null);
            }
            case "label" -> {
                if (!"list".equals(parentName())) {
                    yield new Frame(name, Role.INLINE, 0, null, null);
                }
                text.beginLabel(line);
                yield new Frame(name, Role.INLINE, 0, null, null);
            }
            case "list", "table", "postscript", "figure" -> {
                text.endBlock();
                yield new Frame(name, Role.CONTAINER, 0, null, null);
            }
            case "attachment" -> {
                text.separator(line, "frus:attachment");
                attachments++;
                yield new Frame(name, Role.ATTACHMENT, 0, null, null);
            }
            case "cell" -> {
                text.cellBreak();
                yield new Frame(name, Role.INLINE, 0, null, null);
            }
            case "lb" -> {
                text.lineBreak();
                yield new Frame(name, Role.INLINE, 0, null, null);
            }
            case "pb" -> {
                pageBreaks.add(new DocumentParts.PageBreak(text.length(), xml.getAttributeValue(null, "n"),
                        xml.getAttributeValue(null, "facs"), line));
                yield new Frame(name, Role.INLINE, 0, null, null);
            }
            case "note" -> startNote(type, line);
            case "persName", "gloss" -> new Frame(name, Role.NAME, text.length(), type,
                    xml.getAttributeValue(null, "corresp"));
            case "placeName" -> new Frame(name, inDateline && place == null ? Role.PLACE : Role.INLINE,
                    text.length(), null, null);
            case "date" -> {
                boolean first = inDateline && date == null;
                if (first) {
                    when = xml.getAttributeValue(null, "when");
                }
                yield new Frame(name, first ? Role.DATE : Role.INLINE, text.length(), null, null);
            }
            default -> new Frame(name, Role.INLINE, 0, null, null);
        };
        frame.line = line;
        open.push(frame);
    }

    private Frame startNote(String type, int line) {
        if ("source".equals(type) && attachments > 0) {
            // an enclosure's "[Enclosure—Translation]" is printed as a line of the enclosure
            text.beginBlock(Block.Kind.PARAGRAPH, line, "source-note");
            return new Frame("note", Role.BLOCK, 0, null, null);
        }
        capture = new Capture("source".equals(type), text.length(), xml.getAttributeValue(null, "n"),
                xml.getAttributeValue(XML_NS, "id"), line);
        return new Frame("note", Role.CAPTURE, 0, null, null);
    }

    private void end(Frame frame) {
        switch (frame.role) {
            case CAPTURE -> endCapture();
            case BLOCK -> text.endBlock();
            case CONTAINER -> text.endBlock();
            case TITLE -> {
                title = new Span(frame.start, text.length());
                inTitle = false;
                text.endBlock();
            }
            case DATELINE -> {
                dateline = new DocumentParts.Dateline(new Span(datelineStart, text.length()), datelineLine, place,
                        date, when);
                inDateline = false;
                text.endBlock();
            }
            case CLOSER -> {
                inCloser = false;
                text.endBlock();
            }
            case ATTACHMENT -> {
                attachments--;
                text.separator(frame.line, "frus:attachment-end");
            }
            case NAME -> names.add(new DocumentParts.Named(frame.name, new Span(frame.start, text.length()),
                    role(frame), corresp(frame.corresp), frame.line));
            case PLACE -> place = new Span(frame.start, text.length());
            case DATE -> date = new Span(frame.start, text.length());
            case INLINE, IN_CAPTURE -> {
                // inline markup (hi, ref, quote…) changes no text
            }
        }
    }

    private void endCapture() {
        String content = PlainTextBuilder.collapse(capture.text);
        if (capture.source) {
            sourceNotes.add(new DocumentParts.Note(content, capture.line));
        } else {
            footnotes.add(new DocumentParts.Footnote(capture.anchor, capture.n, capture.xmlId, content,
                    capture.line));
        }
        capture = null;
    }

    /** Sender and addressee from the document's own heading; signatory from its closer. */
    private String role(Frame frame) {
        if (attachments > 0) {
            return null;
        }
        if (inTitle) {
            return "from".equals(frame.type) ? "sender" : "to".equals(frame.type) ? "addressee" : null;
        }
        return inCloser && frame.name.equals("persName") ? "signatory" : null;
    }

    /** {@code #p_FDR1} → {@code p_FDR1}; of several ids, the first. */
    private static String corresp(String corresp) {
        if (corresp == null || corresp.isBlank()) {
            return null;
        }
        String first = corresp.strip().split("\\s+")[0];
        return first.startsWith("#") ? first.substring(1) : first;
    }

    private String parentName() {
        return open.isEmpty() ? "div" : open.peek().name;
    }

    private enum Role { BLOCK, CONTAINER, TITLE, DATELINE, CLOSER, ATTACHMENT, CAPTURE, IN_CAPTURE, NAME, PLACE, DATE, INLINE }

    private static final class Frame {
        final String name;
        final Role role;
        final int start;
        final String type;
        final String corresp;
        int line;

        Frame(String name, Role role, int start, String type, String corresp) {
            this.name = name;
            this.role = role;
            this.start = start;
            this.type = type;
            this.corresp = corresp;
        }
    }

    private static final class Capture {
        final boolean source;
        final int anchor;
        final String n;
        final String xmlId;
        final int line;
        final StringBuilder text = new StringBuilder();

        Capture(boolean source, int anchor, String n, String xmlId, int line) {
            this.source = source;
            this.anchor = anchor;
            this.n = n;
            this.xmlId = xmlId;
            this.line = line;
        }
    }
}
