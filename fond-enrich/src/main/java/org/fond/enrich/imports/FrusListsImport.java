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
 * Reads the front-matter lists of a FRUS TEI volume into provisional authority records: the persons list
 * ({@code div xml:id="persons"}, or a {@code list type="persons"}/{@code "names"}; each item's
 * {@code persName}) as persons, and the abbreviations and terms list ({@code div xml:id="terms"}, or a
 * {@code list type="terms"}/{@code "abbreviations"}; each item's {@code term}) as concepts. An id such as
 * {@code p_BND1} or {@code t_ACC1} is unique only inside its volume, so the record id and the external id
 * ({@code frus-person}, {@code frus-term}) both carry the volume id. The item's text after the name or term
 * becomes the disambiguation note; a term's expansion ({@code ACC, Allied Control Commission}) is also a
 * form of its name when it reads as one.
 */
public final class FrusListsImport {
    /** The two lists of a volume's front matter, and what their items become. */
    enum ListKind {
        PERSONS("persName", EntityType.PERSON, "frus-person", "persons"),
        TERMS("term", EntityType.CONCEPT, "frus-term", "terms");

        final String nameElement;
        final EntityType type;
        final String externalScheme;
        final String divId;

        ListKind(String nameElement, EntityType type, String externalScheme, String divId) {
            this.nameElement = nameElement;
            this.type = type;
            this.externalScheme = externalScheme;
            this.divId = divId;
        }

        /** The list this element opens, or null. */
        static ListKind opened(String local, String xmlId, String type) {
            if (local.equals("div")) {
                return "persons".equals(xmlId) ? PERSONS : "terms".equals(xmlId) ? TERMS : null;
            }
            if (local.equals("list") && type != null) {
                return switch (type) {
                    case "persons", "names" -> PERSONS;
                    case "terms", "abbreviations" -> TERMS;
                    default -> null;
                };
            }
            return null;
        }
    }

    /** An expansion longer than this, or with a clause in it, is a description rather than a name. */
    private static final int NAME_WORDS = 8;

    private final Clock clock;

    public FrusListsImport() {
        this(Clock.systemUTC());
    }

    public FrusListsImport(Clock clock) {
        this.clock = clock;
    }

    /** Reads a volume, gzipped ({@code .xml.gz}) or not; a volume without either list gives no records. */
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

    /** The item being read: its list, the name element's id and text, the rest of its text. */
    private static final class Item {
        final ListKind kind;
        final int depth;
        final int line;
        String id;
        boolean inName;
        final StringBuilder name = new StringBuilder();
        final StringBuilder rest = new StringBuilder();

        Item(ListKind kind, int depth, int line) {
            this.kind = kind;
            this.depth = depth;
            this.line = line;
        }
    }

    private ImportResult read(InputStream in, String file) throws XMLStreamException {
        XMLStreamReader r = SafeXml.factory().createXMLStreamReader(in);
        String volumeId = null;
        int depth = 0;
        ListKind list = null;
        int listDepth = -1;          // depth of the list container we are inside, or -1
        Item item = null;
        int read = 0;
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
                        ListKind opened = list == null ? ListKind.opened(local, xmlId, r.getAttributeValue(null, "type")) : null;
                        if (opened != null) {
                            list = opened;
                            listDepth = depth;
                        } else if (list != null && local.equals("item") && item == null) {
                            item = new Item(list, depth, r.getLocation().getLineNumber());
                        } else if (item != null && local.equals(item.kind.nameElement) && item.id == null) {
                            item.id = xmlId;
                            item.inName = true;
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (item != null) {
                            (item.inName ? item.name : item.rest).append(r.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        String local = r.getLocalName();
                        if (item != null && item.inName && local.equals(item.kind.nameElement)) {
                            item.inName = false;
                        } else if (item != null && depth == item.depth) {
                            read++;
                            AuthorityRecord rec = toRecord(volumeId, item, file + " line " + item.line, at, skipped);
                            if (rec != null) {
                                records.add(rec);
                            }
                            item = null;
                        } else if (depth == listDepth) {
                            list = null;
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

    private static AuthorityRecord toRecord(String volume, Item item, String where, String at,
                                            List<ImportResult.Skip> skipped) {
        String name = clean(item.name);
        String description = clean(item.rest);
        String element = item.kind.nameElement;
        if (volume == null) {
            skipped.add(new ImportResult.Skip(where, "no volume id on the TEI root"));
            return null;
        }
        if (item.id == null || item.id.isBlank()) {
            skipped.add(new ImportResult.Skip(where, "item without a " + element + " xml:id: " + abbreviate(name + description)));
            return null;
        }
        if (name.isBlank()) {
            skipped.add(new ImportResult.Skip(where, "empty " + element + ": " + item.id));
            return null;
        }
        String note = description.replaceFirst("^[,;:.\\s]+", "").strip();
        String source = "frus:" + volume + "/" + item.kind.divId + "#" + item.id;
        String scheme = "frus-" + item.kind.divId;
        List<NameVariant> labels = new ArrayList<>();
        labels.add(new NameVariant(name, "en", "Latn", scheme, VariantKind.ATTESTED, null, List.of(source), false, false));
        Map<String, String> prefLabel = Map.of("en", name);
        if (item.kind == ListKind.TERMS && readsAsName(note) && !note.equalsIgnoreCase(name)) {
            String expansion = note.replaceFirst("[.;,]$", "");
            labels.add(new NameVariant(expansion, "en", "Latn", scheme, VariantKind.ATTESTED, null, List.of(source), false, false));
        }
        return new AuthorityRecord(item.kind.type.prefix() + ":frus-" + volume + "-" + item.id, item.kind.type,
                AuthorityStatus.PROVISIONAL, prefLabel, labels, List.of(),
                List.of(new ExternalId(item.kind.externalScheme, item.id, volume, "verified")), List.of(),
                note.isBlank() ? null : note,
                List.of(new Change(at, scheme + "-import", "imported", null, where, null)));
    }

    /** An expansion that names something ({@code Allied Control Commission}), not a sentence about it. */
    private static boolean readsAsName(String note) {
        String s = note.replaceFirst("[.;,]$", "");
        return !s.isBlank() && s.split("\\s+").length <= NAME_WORDS && !s.matches(".*[;:()\\[\\]].*")
                && !s.contains(", ") && !s.toLowerCase(java.util.Locale.ROOT).startsWith("see ");
    }

    private static String clean(StringBuilder sb) {
        return sb == null ? "" : sb.toString().replaceAll("\\s+", " ").strip();
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
