package org.fond.core.reference;

import java.util.List;
import java.util.Map;

/**
 * The arrangement a reference follows. Closed: each citation family (Russian fond/opis/delo,
 * NARA decimal files, NAA series/control symbol, BArch, PRC FMA, Japan MFA…) is one case here,
 * parsed by one grammar and rendered by one canonical writer.
 */
public sealed interface ReferenceScheme permits ReferenceScheme.RussianFile, ReferenceScheme.Unstructured {

    /** A stable scheme id for JSON and the index, e.g. {@code ru-fopdl}. */
    String id();

    /** The named levels in archival order, values as cited (strings: {@code 0102} stays {@code 0102}). */
    Map<String, String> levels();

    List<FolioRange> folios();

    /** The Russian/Soviet family: fond → opis → [papka] → delo → listy. Absent levels are null. */
    record RussianFile(String fond, String opis, String papka, String delo, List<FolioRange> folios)
            implements ReferenceScheme {
        public RussianFile {
            folios = folios == null ? List.of() : List.copyOf(folios);
        }

        public String id() {
            return "ru-fopdl";
        }

        public Map<String, String> levels() {
            var levels = new java.util.LinkedHashMap<String, String>();
            if (fond != null) levels.put("fond", fond);
            if (opis != null) levels.put("opis", opis);
            if (papka != null) levels.put("papka", papka);
            if (delo != null) levels.put("delo", delo);
            return java.util.Collections.unmodifiableMap(levels);
        }
    }

    /** A reference Fond cannot break into levels: the repository (if known) and the rest, verbatim. */
    record Unstructured() implements ReferenceScheme {
        public String id() {
            return "unstructured";
        }

        public Map<String, String> levels() {
            return Map.of();
        }

        public List<FolioRange> folios() {
            return List.of();
        }
    }
}
