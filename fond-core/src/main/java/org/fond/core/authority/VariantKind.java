package org.fond.core.authority;

/** Why a name form is on an authority record (MODEL.md §5.9 {@code kind}). */
public enum VariantKind {
    /** The form the archive displays in its language. */
    PREFERRED,
    /** Seen in a source, with the source in {@link NameVariant#attestedIn()}. */
    ATTESTED,
    /** The name in the person's or place's own script (Hangul, Hanzi, Cyrillic). */
    NATIVE_SCRIPT,
    /** A systematic romanization (McCune–Reischauer, Revised Romanization, pinyin, Wade–Giles, BGN, LC). */
    ROMANIZATION,
    /** A form another language uses (Peking, Kim Ir Szen, Pjöngjang). */
    EXONYM,
    /** A wrong form that sources nonetheless carry (OCR slips, typos, truncations): found, never displayed. */
    ERROR,
    /** A form good for finding, not for showing (an abbreviation, a folded spelling). */
    SEARCH_ONLY
}
