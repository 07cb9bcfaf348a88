package org.fond.enrich.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.fond.core.authority.AuthorityRecord;
import org.fond.core.authority.AuthorityStatus;
import org.fond.core.authority.Change;
import org.fond.core.authority.EntityType;
import org.fond.core.authority.ExternalId;
import org.fond.core.authority.NameVariant;
import org.fond.core.authority.VariantKind;

/**
 * Reads the front-matter persons list of a FRUS TEI volume ({@code div xml:id="persons"}, or a
 * {@code list type="persons"}/{@code "names"}) into provisional person records. A persons-list id such
 * as {@code p_BND1} is unique only inside its volume, so the record id and the {@code frus-person}
 * external id both carry the volume id. The item's text after the name becomes the disambiguation note.
 */
public final class FrusPersonsImport {
    private final Clock clock;

    public FrusPersonsImport() {
        this(Clock.systemUTC());
    }

    public FrusPersonsImport(Clock clock) {
        this.clock = clock;
    }

    /** Reads a volume, gzipped ({@code .xml.gz}) or not; a volume without a persons list gives no records. */
    public ImportResult read(Path volume) throws IOException {
        String file = volume.getFileName().toString();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(volume));
             InputStream in = file.endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return read(in, file);
        } catch (XMLStreamException e) {
            throw new IOException(file + ": malformed TEI at line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNumber()) + ": " + e.getMessage(), e);
        }
    }

    private ImportResult read(InputStream in, String file) throws XMLStreamException {
        XMLStreamReader r = SafeXml.factory().createXMLStreamReader(in);
        String volumeId = null;
        int depth = 0;
        int listDepth = -1;          // depth of the persons container we are inside, or -1
        int itemDepth = -1;
        String personId = null;
        StringBuilder name = null;
        StringBuilder item = null;
        boolean inName = false;
        int read = 0;
        int itemLine = 0;
        List<AuthorityRecord> records = new ArrayList<>();
        List<ImportResult.Skip> skipped = new ArrayList<>();
        String at = clock.instant().toString();
        try {
            while (r.hasNext()) {
                int ev = r.next();
                switch (ev) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        String local = r.getLocalName();
                        String xmlId = r.getAttributeValue(XMLConstants.XML_NS_URI, "id");
                        if (volumeId == null && local.equals("TEI")) {
                            volumeId = xmlId;
                        }
                        if (listDepth < 0 && isPersonsContainer(local, xmlId, r.getAttributeValue(null, "type"))) {
                            listDepth = depth;
                        } else if (listDepth > 0 && local.equals("item") && itemDepth < 0) {
                            itemDepth = depth;
                            item = new StringBuilder();
                            name = new StringBuilder();
                            personId = null;
                            itemLine = r.getLocation().getLineNumber();
                        } else if (itemDepth > 0 && local.equals("persName") && personId == null) {
                            personId = xmlId;
                            inName = true;
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (itemDepth > 0) {
                            (inName ? name : item).append(r.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        String local = r.getLocalName();
                        if (inName && local.equals("persName")) {
                            inName = false;
                        } else if (depth == itemDepth) {
                            read++;
                            String where = file + " line " + itemLine;
                            AuthorityRecord rec = toRecord(volumeId, personId, clean(name), clean(item), where, at, skipped);
                            if (rec != null) {
                                records.add(rec);
                            }
                            itemDepth = -1;
                        } else if (depth == listDepth) {
                            listDepth = -1;
                        }
                        depth--;
                    }
                    default -> { }
                }
            }
        } finally {
            r.close();
        }
        return new ImportResult(records, read, skipped);
    }

    private static boolean isPersonsContainer(String local, String xmlId, String type) {
        return (local.equals("div") && "persons".equals(xmlId))
                || (local.equals("list") && ("persons".equals(type) || "names".equals(type)));
    }

    private static AuthorityRecord toRecord(String volume, String personId, String name, String description,
                                            String where, String at, List<ImportResult.Skip> skipped) {
        if (volume == null) {
            skipped.add(new ImportResult.Skip(where, "no volume id on the TEI root"));
            return null;
        }
        if (personId == null || personId.isBlank()) {
            skipped.add(new ImportResult.Skip(where, "item without a persName xml:id: " + abbreviate(name + description)));
            return null;
        }
        if (name.isBlank()) {
            skipped.add(new ImportResult.Skip(where, "empty persName: " + personId));
            return null;
        }
        String note = description.replaceFirst("^[,;:.\\s]+", "");
        String source = "frus:" + volume + "/persons#" + personId;
        NameVariant label = new NameVariant(name, "en", "Latn", "frus-persons", VariantKind.ATTESTED, null,
                List.of(source), false, false);
        return new AuthorityRecord("per:frus-" + volume + "-" + personId, EntityType.PERSON, AuthorityStatus.PROVISIONAL,
                Map.of("en", name), List.of(label), List.of(),
                List.of(new ExternalId("frus-person", personId, volume, "verified")), List.of(),
                note.isBlank() ? null : note,
                List.of(new Change(at, "frus-persons-import", "imported", null, where, null)));
    }

    private static String clean(StringBuilder sb) {
        return sb == null ? "" : sb.toString().replaceAll("\\s+", " ").strip();
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
