package org.fond.enrich.variants;

import org.fond.core.authority.NameVariant;
import org.fond.core.authority.VariantKind;

/** A form a rule proposes, before it becomes a generated {@link NameVariant} of a record. */
record Candidate(String value, String lang, String script, String scheme, VariantKind kind, String errorType) {

    static Candidate romanization(String value, String lang, String scheme) {
        return new Candidate(value, lang, "Latn", scheme, VariantKind.ROMANIZATION, null);
    }

    static Candidate searchOnly(String value, String scheme) {
        return new Candidate(value, null, "Latn", scheme, VariantKind.SEARCH_ONLY, null);
    }

    NameVariant toVariant() {
        return new NameVariant(value, lang, script, scheme, kind, errorType, java.util.List.of(), true, false);
    }
}
