package org.fond.enrich.imports;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.fond.core.authority.AuthorityRecord;
import org.fond.core.authority.AuthorityStatus;
import org.fond.core.authority.Change;
import org.fond.core.authority.EntityType;
import org.fond.core.authority.ExternalId;
import org.fond.core.authority.NameVariant;
import org.fond.core.authority.VariantKind;

/**
 * Reads the Office of the Historian's people data (a tar.gz of one XML file per person: preferred name,
 * alternates, every original spelling with the FRUS persons-list URLs it came from, titles, years,
 * remarks) into provisional person records {@code per:hsg-<id>}, streaming the archive. Each spelling
 * becomes an attested form; a file that cannot be read, or a piece that is no name, is a counted skip.
 */
public final class HsgPeopleImport {
    private static final String FRUS_URL = "https://history.state.gov/historicaldocuments/";
    private static final String PEOPLE_URL = "https://history.state.gov/departmenthistory/people/";

    private final Clock clock;

    public HsgPeopleImport() {
        this(Clock.systemUTC());
    }

    public HsgPeopleImport(Clock clock) {
        this.clock = clock;
    }

    /** Parsed content of one person file. */
    private record Person(String id, List<String> preferred, List<String> alternates,
                          Map<String, List<String>> originals, Set<String> titles, String birth, String death,
                          String viaf, String remark) {
    }

    public ImportResult read(Path tarGz) throws IOException {
        String file = tarGz.getFileName().toString();
        List<AuthorityRecord> records = new ArrayList<>();
        List<ImportResult.Skip> skipped = new ArrayList<>();
        int read = 0;
        String at = clock.instant().toString();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(tarGz));
             TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(raw))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                if (!entry.isFile()) {
                    continue;
                }
                String where = file + "!" + entry.getName();
                read++;
                if (!entry.getName().endsWith(".xml")) {
                    skipped.add(new ImportResult.Skip(where, "not a person file"));
                    continue;
                }
                byte[] bytes = tar.readAllBytes();
                try {
                    Person p = parse(bytes);
                    AuthorityRecord r = toRecord(p, where, at, skipped);
                    if (r != null) {
                        records.add(r);
                    }
                } catch (XMLStreamException e) {
                    skipped.add(new ImportResult.Skip(where, "malformed XML: " + e.getMessage()));
                }
            }
        } catch (IOException e) {
            throw new IOException(file + ": cannot read the archive: " + e.getMessage(), e);
        }
        return new ImportResult(records, read, skipped);
    }

    private static Person parse(byte[] xml) throws XMLStreamException {
        XMLStreamReader r = SafeXml.factory().createXMLStreamReader(new ByteArrayInputStream(xml));
        String id = null;
        String birth = null;
        String death = null;
        String viaf = null;
        String remark = null;
        List<String> preferred = new ArrayList<>();
        List<String> alternates = new ArrayList<>();
        Map<String, List<String>> originals = new LinkedHashMap<>();
        Set<String> titles = new HashSet<>();
        List<String> path = new ArrayList<>();
        String currentOriginal = null;
        try {
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    String parent = path.isEmpty() ? "" : path.getLast();
                    String grand = path.size() < 2 ? "" : path.get(path.size() - 2);
                    path.add(name);
                    switch (name) {
                        case "id" -> id = text(r, path);
                        case "birth-year" -> birth = text(r, path);
                        case "death-year" -> death = text(r, path);
                        case "authority" -> {
                            if ("viaf".equals(r.getAttributeValue(null, "service"))) {
                                viaf = text(r, path);
                            }
                        }
                        case "name" -> {
                            String value = text(r, path);
                            switch (parent) {
                                case "preferred" -> preferred.add(value);
                                case "alternates" -> alternates.add(value);
                                case "original" -> {
                                    currentOriginal = value;
                                    originals.computeIfAbsent(value, k -> new ArrayList<>());
                                }
                                case "title" -> titles.add(value);
                                default -> { }
                            }
                        }
                        case "source-url" -> {
                            String url = text(r, path);
                            if ("original".equals(parent) && currentOriginal != null) {
                                originals.get(currentOriginal).add(compact(url));
                            }
                        }
                        case "p" -> {
                            String p = text(r, path);
                            if (remark == null && "remark".equals(parent) && "remarks".equals(grand) && !p.isBlank()) {
                                remark = p;
                            }
                        }
                        default -> { }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    path.removeLast();
                }
            }
        } finally {
            r.close();
        }
        return new Person(id, preferred, alternates, originals, titles, birth, death, viaf, remark);
    }

    /** The element's text; consumes its end tag, so the path is popped here. */
    private static String text(XMLStreamReader r, List<String> path) throws XMLStreamException {
        String t = r.getElementText().strip();
        path.removeLast();
        return t;
    }

    private static AuthorityRecord toRecord(Person p, String where, String at, List<ImportResult.Skip> skipped) {
        if (p.id() == null || !p.id().matches("\\d+")) {
            skipped.add(new ImportResult.Skip(where, "no numeric <id>: " + p.id()));
            return null;
        }
        Map<String, NameVariant> labels = new LinkedHashMap<>();
        for (String raw : p.preferred()) {
            addReadings(raw, VariantKind.PREFERRED, List.of(), p.titles(), labels, where, skipped);
        }
        for (String raw : p.alternates()) {
            addReadings(raw, VariantKind.ATTESTED, List.of(), p.titles(), labels, where, skipped);
        }
        p.originals().forEach((raw, urls) ->
                addReadings(raw, VariantKind.ATTESTED, urls, p.titles(), labels, where, skipped));
        if (labels.isEmpty()) {
            skipped.add(new ImportResult.Skip(where, "no usable name: person " + p.id()));
            return null;
        }
        List<NameVariant> list = List.copyOf(labels.values());
        String pref = list.stream().filter(v -> v.kind() == VariantKind.PREFERRED).map(NameVariant::value)
                .findFirst().orElse(list.getFirst().value());
        List<ExternalId> ids = new ArrayList<>();
        ids.add(new ExternalId("hsg", p.id(), null, "verified"));
        if (p.viaf() != null && !p.viaf().isBlank()) {
            ids.add(new ExternalId("viaf", p.viaf(), null, "unverified"));
        }
        return new AuthorityRecord("per:hsg-" + p.id(), EntityType.PERSON, AuthorityStatus.PROVISIONAL,
                Map.of("en", pref), list, List.of(), ids, List.of(), note(p),
                List.of(new Change(at, "hsg-people-import", "imported", null, where, null)));
    }

    private static void addReadings(String raw, VariantKind kind, List<String> attested, Set<String> titles,
                                    Map<String, NameVariant> labels, String where, List<ImportResult.Skip> skipped) {
        for (HsgNames.Reading reading : HsgNames.readings(raw, titles)) {
            if (reading.name() == null) {
                skipped.add(new ImportResult.Skip(where, reading.notAName()));
                continue;
            }
            NameVariant existing = labels.get(reading.name());
            if (existing == null) {
                labels.put(reading.name(), new NameVariant(reading.name(), null, "Latn", "hsg", kind, null,
                        attested, false, false));
            } else {
                for (String a : attested) {
                    existing = existing.withAttestation(a);
                }
                labels.put(reading.name(), existing);
            }
        }
    }

    private static String note(Person p) {
        StringBuilder sb = new StringBuilder();
        if ((p.birth() != null && !p.birth().isBlank()) || (p.death() != null && !p.death().isBlank())) {
            sb.append(p.birth() == null ? "" : p.birth()).append('–').append(p.death() == null ? "" : p.death());
        }
        if (p.remark() != null) {
            String r = p.remark().replaceAll("\\s+", " ");
            sb.append(sb.isEmpty() ? "" : "; ").append(r.length() > 240 ? r.substring(0, 240) + "…" : r);
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    /** A persons-list URL in short form: {@code frus:frus1969-76v22/persons#p_AD_1}. */
    static String compact(String url) {
        if (url.startsWith(FRUS_URL)) {
            return "frus:" + url.substring(FRUS_URL.length());
        }
        if (url.startsWith(PEOPLE_URL)) {
            return "hsg-people:" + url.substring(PEOPLE_URL.length());
        }
        return url;
    }
}
