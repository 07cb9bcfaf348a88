package org.fond.core.reference;

import java.util.List;
import java.util.Map;

/**
 * The arrangement a reference follows. Closed: each citation family (Russian fond/opis/delo,
 * NARA decimal files, NAA series/control symbol, BArch, PRC FMA, Japan MFA…) is one case here,
 * parsed by one grammar and rendered by one canonical writer.
 */
public sealed interface ReferenceScheme permits ReferenceScheme.RussianFile, ReferenceScheme.NaaItem, ReferenceScheme.DecimalFile,
        ReferenceScheme.Unstructured {

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

    /**
     * The National Archives of Australia: series ({@code A1838}) → control symbol ({@code 852/20/4}) →
     * item, the part or number cited after the control symbol ({@code IV}, {@code ITEM 28}); absent
     * levels are null. Values as cited, except OCR slips the grammar corrected and flagged.
     */
    record NaaItem(String series, String controlSymbol, String item) implements ReferenceScheme {
        public String id() {
            return "au-naa";
        }

        public Map<String, String> levels() {
            var levels = new java.util.LinkedHashMap<String, String>();
            if (series != null) levels.put("series", series);
            if (controlSymbol != null) levels.put("controlSymbol", controlSymbol);
            if (item != null) levels.put("item", item);
            return java.util.Collections.unmodifiableMap(levels);
        }

        public List<FolioRange> folios() {
            return List.of();
        }
    }

    /**
     * The US Department of State decimal files (1910–1963, now NARA RG 59): record group when
     * cited, the decimal file ({@code 861.77}, {@code 500.A15a3}, {@code 711.00111 Armament Control}),
     * the document number in it ({@code 451}, {@code 621a}) and the form the editors name after a
     * colon ({@code Telegram}). Absent levels are null.
     */
    record DecimalFile(String recordGroup, String file, String document, String form) implements ReferenceScheme {
        public String id() {
            return "us-decimal";
        }

        public Map<String, String> levels() {
            var levels = new java.util.LinkedHashMap<String, String>();
            if (recordGroup != null) levels.put("recordGroup", recordGroup);
            if (file != null) levels.put("file", file);
            if (document != null) levels.put("document", document);
            if (form != null) levels.put("form", form);
            return java.util.Collections.unmodifiableMap(levels);
        }

        public List<FolioRange> folios() {
            return List.of();
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
