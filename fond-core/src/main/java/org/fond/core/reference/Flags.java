package org.fond.core.reference;

import java.util.List;

/**
 * The data-quality flags the reference grammar sets on an {@link ArchivalReference}. Flags name
 * what an archivist should look at; the parse itself never fails.
 */
public final class Flags {
    /** A level keyword repeats ({@code D.72 Delo 5}); the first delo was read as the papka. */
    public static final String DUPLICATE_LEVEL = "duplicate-level";
    /** A level came after a deeper one ({@code D. 5, Op. 3}); it and what follows are the trailer. */
    public static final String LEVEL_OUT_OF_ORDER = "level-out-of-order";
    /** {@code P.} after the delo, read as a page (folio), not a papka. */
    public static final String PAGE_AS_FOLIO = "page-as-folio";
    /** Levels read by position from bare numbers ({@code AVPRF 0102/14/6/14-25}). */
    public static final String POSITIONAL = "positional";
    /** Levels without folios. */
    public static final String NO_FOLIOS = "no-folios";
    /** Fond, opis or delo missing: no file key. */
    public static final String INCOMPLETE_LEVELS = "incomplete-levels";
    /** Levels cited with no repository at all. */
    public static final String NO_REPOSITORY = "no-repository";
    /** Levels cited after a repository name that is not in the registry (kept as cited). */
    public static final String UNKNOWN_REPOSITORY = "unknown-repository";
    /** Text after the last recognised level that the grammar could not read (kept as the trailer). */
    public static final String UNPARSED_TRAILER = "unparsed-trailer";
    /** The repository is known but its levels are not parsed (no grammar, or none matched). */
    public static final String UNSTRUCTURED = "unstructured";
    /** The citation says the archival signature is missing ({@code [SAPMO-BA, Berlin, archival signature missing]}). */
    public static final String SIGNATURE_MISSING = "signature-missing";
    /** Found inside a handwritten annotation ({@code [handwritten: AVPRF …]}): corroborating only. */
    public static final String IN_HANDWRITTEN_ANNOTATION = "in-handwritten-annotation";

    /** An OCR slip in a level was corrected ({@code Al838} → {@code A1838}); the raw string keeps the slip. */
    public static final String OCR_CORRECTED = "ocr-corrected";
    /**
     * No repository was cited, but the citation family has only one ({@code 861.77/451} is a State
     * Department decimal file, held by NARA); the repository's {@code asCited} is empty.
     */
    public static final String IMPLIED_REPOSITORY = "implied-repository";
    /** A separator between levels was left out and supplied ({@code [AA : A1068 ER47/1/29]}, no comma). */
    public static final String MISSING_SEPARATOR = "missing-separator";

    public static final List<String> ALL = List.of(DUPLICATE_LEVEL, LEVEL_OUT_OF_ORDER, PAGE_AS_FOLIO, POSITIONAL,
            NO_FOLIOS, INCOMPLETE_LEVELS, NO_REPOSITORY, UNKNOWN_REPOSITORY, UNPARSED_TRAILER, UNSTRUCTURED,
            SIGNATURE_MISSING, IN_HANDWRITTEN_ANNOTATION, OCR_CORRECTED, IMPLIED_REPOSITORY,
            MISSING_SEPARATOR);

    private Flags() {
    }
}
