package org.fond.enrich.mentions.eval;

import org.fond.enrich.mentions.NameDictionary;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * A FRUS volume's list of principal persons ({@code div[@xml:id="persons"]}, each {@code persName
 * xml:id="p_…"} written {@code Surname, Given names}) as dictionary entries with the FRUS id
 * {@code frus:<volume>#<id>}: the name as listed, given names before the surname, initials and
 * surname, and the surname alone.
 */
public final class FrusPersons {
    private FrusPersons() {
    }

    public static List<NameDictionary.Entry> read(Path volumeFile) throws IOException {
        String volume = volumeFile.getFileName().toString().replaceFirst("\\.xml(\\.gz)?$", "");
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<NameDictionary.Entry> entries = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(volumeFile);
             InputStream in = volumeFile.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            int depthInPersons = 0;
            String id = null;
            StringBuilder name = new StringBuilder();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (depthInPersons > 0) {
                        depthInPersons++;
                    } else if (xml.getLocalName().equals("div")
                            && "persons".equals(xml.getAttributeValue("http://www.w3.org/XML/1998/namespace", "id"))) {
                        depthInPersons = 1;
                    }
                    if (depthInPersons > 0 && xml.getLocalName().equals("persName")) {
                        id = xml.getAttributeValue("http://www.w3.org/XML/1998/namespace", "id");
                        name.setLength(0);
                    }
                } else if (event == XMLStreamConstants.CHARACTERS && id != null) {
                    name.append(xml.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT && depthInPersons > 0) {
                    if (xml.getLocalName().equals("persName") && id != null) {
                        for (String form : forms(name.toString())) {
                            entries.add(new NameDictionary.Entry(form, "frus:" + volume + "#" + id, "person"));
                        }
                        id = null;
                    }
                    depthInPersons--;
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException(volumeFile + ": " + e.getMessage(), e);
        }
        return entries;
    }

    /** {@code Bakhmeteff, Boris A.} → the listed form, {@code Boris A. Bakhmeteff}, {@code B. A. Bakhmeteff}, {@code Bakhmeteff}. */
    static Set<String> forms(String listed) {
        String name = listed.replaceAll("\\s+", " ").replaceAll("\\s*\\([^)]*\\)", "").strip();
        Set<String> forms = new LinkedHashSet<>();
        forms.add(name);
        int comma = name.indexOf(',');
        if (comma > 0) {
            String surname = name.substring(0, comma).strip();
            String given = name.substring(comma + 1).strip();
            forms.add(surname);
            if (!given.isEmpty()) {
                forms.add(given + " " + surname);
                StringBuilder initials = new StringBuilder();
                for (String part : given.split(" ")) {
                    if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                        initials.append(part.charAt(0)).append(". ");
                    }
                }
                forms.add(initials + surname);
            }
        }
        return forms;
    }
}
