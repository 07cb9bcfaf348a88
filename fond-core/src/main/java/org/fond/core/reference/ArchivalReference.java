package org.fond.core.reference;

import java.util.Set;
import org.fond.core.model.Confidence;
import org.fond.core.model.Provenance;

/**
 * A parsed archival reference (MODEL.md §2.5). {@code raw} is the string as cited; {@code trailer}
 * is whatever followed the last recognised level, verbatim; {@code fileKey} groups the documents
 * of one archival file ({@code AVPRF/0102/14/6}); {@code canonical} is Fond's display form.
 * {@code foundIn} says where it was read: citation (authoritative), body, or handwritten.
 */
public record ArchivalReference(String raw, Repository repository, ReferenceScheme scheme, String trailer,
                                String fileKey, String canonical, Set<String> flags, Confidence confidence,
                                String foundIn, Provenance provenance) {
    public ArchivalReference {
        java.util.Objects.requireNonNull(raw, "raw");
        java.util.Objects.requireNonNull(scheme, "scheme");
        flags = Set.copyOf(flags);
        trailer = trailer == null ? "" : trailer;
    }

    public ArchivalReference withFlag(String flag) {
        var more = new java.util.TreeSet<>(flags);
        more.add(flag);
        return new ArchivalReference(raw, repository, scheme, trailer, fileKey, canonical, more, confidence,
                foundIn, provenance);
    }
}
