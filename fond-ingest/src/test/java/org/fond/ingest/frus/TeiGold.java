package org.fond.ingest.frus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What a volume holds according to a second, independent reading (DOM, not StAX): per document,
 * the values the reader must reproduce. Tests compare the reader against this, not against
 * numbers typed in by hand.
 */
final class TeiGold {
    static final String TEI = "http://www.tei-c.org/ns/1.0";

    /** One document as DOM sees it. */
    record Doc(String xmlId, boolean headed, String when, int sourceNotes, List<String> persNames, List<String> footnotes,
               int pageBreaks) {
    }

    private TeiGold() {
    }

    static Map<String, Doc> read(Path gz) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document dom = f.newDocumentBuilder().parse(in);
            Map<String, Doc> docs = new LinkedHashMap<>();
            NodeList divs = dom.getElementsByTagNameNS(TEI, "div");
            for (int i = 0; i < divs.getLength(); i++) {
                Element div = (Element) divs.item(i);
                if (div.getAttribute("type").equals("document")) {
                    docs.put(div.getAttributeNS(XMLConstants.XML_NS_URI, "id"), doc(div));
                }
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Doc doc(Element div) {
        String when = null;
        int sourceNotes = 0;
        boolean headed = false;
        for (Node child = div.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && e.getLocalName().equals("dateline") && when == null) {
                NodeList dates = e.getElementsByTagNameNS(TEI, "date");
                when = dates.getLength() == 0 ? "" : ((Element) dates.item(0)).getAttribute("when");
            }
            if (child instanceof Element e && e.getLocalName().equals("head") && !headed) {
                headed = !text(e).isEmpty();
            }
            if (child instanceof Element e && e.getLocalName().equals("note") && e.getAttribute("type").equals("source")) {
                sourceNotes++;
            }
        }
        List<String> names = new ArrayList<>();
        NodeList persNames = div.getElementsByTagNameNS(TEI, "persName");
        for (int i = 0; i < persNames.getLength(); i++) {
            Element p = (Element) persNames.item(i);
            String text = p.getTextContent().strip().replaceAll("\\s+", " ");
            if (!insideNote(p, div) && !text.isEmpty()) {
                names.add(text);
            }
        }
        List<String> footnotes = new ArrayList<>();
        NodeList notes = div.getElementsByTagNameNS(TEI, "note");
        for (int i = 0; i < notes.getLength(); i++) {
            Element n = (Element) notes.item(i);
            if (!n.getAttribute("type").equals("source") && !insideNote(n, div)) {
                footnotes.add(n.getTextContent().strip().replaceAll("\\s+", " "));
            }
        }
        return new Doc(div.getAttributeNS(XMLConstants.XML_NS_URI, "id"), headed, when, sourceNotes, names, footnotes,
                div.getElementsByTagNameNS(TEI, "pb").getLength());
    }

    /** The text of a head without its footnotes. */
    private static String text(Element e) {
        StringBuilder out = new StringBuilder();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                if (!child.getLocalName().equals("note")) {
                    out.append(text(child));
                }
            } else if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(c.getNodeValue());
            }
        }
        return out.toString().strip();
    }

    /**
     * Inside a footnote, or inside a source note of the document itself: text kept apart from the
     * plain text. An enclosure's source note ("[Inclosure 2 in No. 61.]") is printed as part of the
     * enclosure, so what it holds is text.
     */
    private static boolean insideNote(Node node, Element div) {
        for (Node p = node.getParentNode(); p != null && p != div; p = p.getParentNode()) {
            if (p instanceof Element e && e.getLocalName().equals("note")
                    && (!e.getAttribute("type").equals("source") || !insideAttachment(e, div))) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideAttachment(Node node, Element div) {
        for (Node p = node.getParentNode(); p != null && p != div; p = p.getParentNode()) {
            if (p instanceof Element e && e.getLocalName().equals("attachment")) {
                return true;
            }
        }
        return false;
    }
}
