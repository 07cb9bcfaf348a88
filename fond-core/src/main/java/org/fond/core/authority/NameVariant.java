package org.fond.core.authority;

import java.util.List;
import java.util.Objects;

/**
 * One form of a name on an authority record. {@code generated} marks a form made by the variant rules
 * rather than seen or curated; a reviewer may {@code rejected} it, and a rejected form is neither found
 * nor offered. {@code errorType} says what kind of slip an {@link VariantKind#ERROR} form is.
 *
 * @param lang BCP 47 tag ({@code en}, {@code ko}, {@code ko-Latn}, {@code ru-Latn}) or null when unknown
 * @param script ISO 15924 code ({@code Latn}, {@code Hang}, {@code Hani}, {@code Cyrl}) or null
 * @param scheme the romanization or house scheme ({@code McCune-Reischauer}, {@code pinyin}, {@code hsg}) or null
 * @param attestedIn where the form was seen ({@code wcda:115797#L43}, a FRUS persons-list URL)
 */
public record NameVariant(String value, String lang, String script, String scheme, VariantKind kind,
                          String errorType, List<String> attestedIn, boolean generated, boolean rejected) {

    public NameVariant {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a name variant needs a value");
        }
        Objects.requireNonNull(kind, "kind of " + value);
        attestedIn = attestedIn == null ? List.of() : List.copyOf(attestedIn);
    }

    /** A curated or attested form. */
    public static NameVariant of(String value, String lang, String script, String scheme, VariantKind kind) {
        return new NameVariant(value, lang, script, scheme, kind, null, List.of(), false, false);
    }

    /** A form made by the variant rules, awaiting review. */
    public static NameVariant generated(String value, String lang, String script, String scheme, VariantKind kind) {
        return new NameVariant(value, lang, script, scheme, kind, null, List.of(), true, false);
    }

    /** A generated slip form ({@code Kim II Sung}). */
    public static NameVariant generatedError(String value, String errorType) {
        return new NameVariant(value, null, "Latn", null, VariantKind.ERROR, errorType, List.of(), true, false);
    }

    public NameVariant asRejected() {
        return new NameVariant(value, lang, script, scheme, kind, errorType, attestedIn, generated, true);
    }

    public NameVariant withAttestation(String source) {
        if (attestedIn.contains(source)) {
            return this;
        }
        List<String> more = new java.util.ArrayList<>(attestedIn);
        more.add(source);
        return new NameVariant(value, lang, script, scheme, kind, errorType, more, generated, rejected);
    }
}
