package org.fond.ingest.frus;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.fond.core.model.Record;
import org.fond.ingest.ReadResult;
import org.fond.ingest.Reader;
import org.fond.ingest.Rejection;
import org.fond.ingest.SourceFile;
import org.fond.ingest.TextDecoding;

/**
 * Reads a whole FRUS volume in TEI (namespace {@code http://history.state.gov/frus/ns/1.0}): one
 * record per {@code div[@type='document']}, id {@code frus:{volume}/{xml:id}}. The volume id is the
 * header's {@code idno[@type='frus']}, else the root's {@code xml:id}, else the file name.
 *
 * <p>Hostile XML: the parser reads no DTD and resolves no external entity, and a file that declares
 * a DOCTYPE at all is rejected before anything in it is read, so neither an external entity nor an
 * entity-expansion bomb is ever expanded. FRUS volumes have no DOCTYPE. XML that is not
 * well-formed is rejected at the line where parsing stopped; the documents before it are kept. A
 * document without an {@code xml:id} is rejected on its own and reading goes on.
 */
public final class FrusTeiReader implements Reader {
    public static final String FORMAT = "frus-tei";
    public static final String FRUS_NAMESPACE = "http://history.state.gov/frus/ns/1.0";

    @Override
    public String format() {
        return FORMAT;
    }

    /** A {@code <TEI} element and the FRUS namespace within the first 8 KiB. */
    @Override
    public boolean accepts(SourceFile file) {
        return TextDecoding.sniff(file)
                .filter(prefix -> prefix.contains("<TEI") && prefix.contains(FRUS_NAMESPACE)).isPresent();
    }

    @Override
    public ReadResult read(SourceFile file) {
        List<Record> records = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        XMLStreamReader xml = null;
        try {
            xml = factory().createXMLStreamReader(new ByteArrayInputStream(file.bytes()));
            new VolumeWalk(file, xml, records, rejections).run();
        } catch (XMLStreamException e) {
            rejections.add(new Rejection(file.path(), line(e.getLocation()), "not well-formed XML: "
                    + firstLine(e.getMessage())));
        } finally {
            close(xml);
        }
        return new ReadResult(records, rejections);
    }

    /**
     * The JDK's own StAX parser (not whichever one is on the class path), with DTDs and external
     * entities off and no external access at all.
     */
    static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    /** The event loop over one volume: header values, page breaks between documents, documents. */
    private static final class VolumeWalk {
        private final SourceFile file;
        private final XMLStreamReader xml;
        private final List<Record> records;
        private final List<Rejection> rejections;
        private String volume;
        private String rootId;
        private String page;
        private FrusRecordBuilder builder;
        /** The text of the document being read, cleared for the next: one builder a volume, not one a document. */
        private final StringBuilder text = new StringBuilder(PlainTextBuilder.INITIAL_CAPACITY);

        VolumeWalk(SourceFile file, XMLStreamReader xml, List<Record> records, List<Rejection> rejections) {
            this.file = file;
            this.xml = xml;
            this.records = records;
            this.rejections = rejections;
        }

        void run() throws XMLStreamException {
            boolean root = true;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    rejections.add(new Rejection(file.path(), line(xml.getLocation()), "DOCTYPE declarations are "
                            + "refused: Fond reads no DTD and expands no entity (internal or external) in TEI"));
                    return;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                if (root) {
                    root = false;
                    if (!name.equals("TEI")) {
                        rejections.add(new Rejection(file.path(), line(xml.getLocation()),
                                "root element is <" + name + ">, not <TEI>"));
                        return;
                    }
                    rootId = xml.getAttributeValue(XMLConstants.XML_NS_URI, "id");
                } else if (name.equals("idno") && "frus".equals(xml.getAttributeValue(null, "type"))
                        && volume == null) {
                    volume = blankToNull(xml.getElementText());
                } else if (name.equals("pb")) {
                    page = xml.getAttributeValue(null, "n");
                } else if (name.equals("div") && "document".equals(xml.getAttributeValue(null, "type"))) {
                    document();
                }
            }
        }

        private void document() throws XMLStreamException {
            int line = line(xml.getLocation());
            DocumentParts parts = DocumentWalker.read(xml, page, text);
            if (!parts.pageBreaks().isEmpty()) {
                page = parts.pageBreaks().get(parts.pageBreaks().size() - 1).n();
            }
            if (parts.xmlId() == null || parts.xmlId().isBlank()) {
                rejections.add(new Rejection(file.path(), line, "document"
                        + (parts.number() == null ? "" : " " + parts.number()) + " has no xml:id to name it by"));
                return;
            }
            try {
                records.add(builder().build(parts));
            } catch (RuntimeException e) {
                // one document the model cannot hold must not cost the rest of the volume
                rejections.add(new Rejection(file.path(), line, "document " + parts.xmlId() + " could not be read: " + e));
            }
        }

        private FrusRecordBuilder builder() {
            if (builder == null) {
                builder = new FrusRecordBuilder(volumeId(), file.path());
            }
            return builder;
        }

        private String volumeId() {
            if (volume != null) {
                return volume;
            }
            if (rootId != null && !rootId.isBlank()) {
                return rootId.strip();
            }
            String name = file.name();
            for (String suffix : List.of(".gz", ".xml")) {
                if (name.endsWith(suffix)) {
                    name = name.substring(0, name.length() - suffix.length());
                }
            }
            return name;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static int line(Location location) {
        return location == null ? 0 : Math.max(0, location.getLineNumber());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        // the JDK prefixes "ParseError at [row,col]:[r,c]\nMessage: "; the line is reported separately
        int at = message.indexOf("Message: ");
        return (at >= 0 ? message.substring(at + "Message: ".length()) : message).strip();
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // nothing was opened that needs closing: the input is an in-memory array
            }
        }
    }
}
