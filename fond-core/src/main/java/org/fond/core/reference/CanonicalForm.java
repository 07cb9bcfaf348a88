package org.fond.core.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Fond's display form and file key of a reference (MODEL.md §2.5, R2), one case per scheme, so a new
 * scheme that forgets its canonical form does not compile.
 */
final class CanonicalForm {
    private CanonicalForm() {
    }

    /** {@code AVPRF, f. 0102, op. 14, d. 6, ll. 14–25}; papka as {@code p. 72} when present. */
    static String canonical(Repository repository, ReferenceScheme scheme, String trailer) {
        List<String> parts = new ArrayList<>();
        if (repository != null) {
            parts.add(repository.code() != null ? repository.code() : repository.asCited());
        }
        switch (scheme) {
            case ReferenceScheme.RussianFile r -> {
                addLevel(parts, "f. ", r.fond());
                addLevel(parts, "op. ", r.opis());
                addLevel(parts, "p. ", r.papka());
                addLevel(parts, "d. ", r.delo());
                if (!r.folios().isEmpty()) {
                    parts.add(folios(r.folios()));
                }
            }
            case ReferenceScheme.NaaItem n -> {
                addLevel(parts, "", n.series());
                addLevel(parts, "", n.controlSymbol());
                addLevel(parts, "", n.item());
            }
            case ReferenceScheme.DecimalFile d -> {
                addLevel(parts, "RG ", d.recordGroup());
                if (d.file() != null) {
                    parts.add(d.file() + (d.document() == null ? "" : "/" + d.document())
                            + (d.form() == null ? "" : ": " + d.form()));
                }
            }
            case ReferenceScheme.Unstructured u -> {
                if (!trailer.isEmpty()) {
                    parts.add(trailer);
                }
            }
        }
        return String.join(", ", parts);
    }

    /**
     * {@code REPO/fond/opis/delo}: the identity of an archival file. Papka is an attribute, not part
     * of the identity (MODEL.md §2.1). Null when the repository is unknown or a level is missing.
     */
    static String fileKey(Repository repository, ReferenceScheme scheme) {
        if (repository == null || repository.code() == null) {
            return null;
        }
        return switch (scheme) {
            case ReferenceScheme.RussianFile r -> r.fond() == null || r.opis() == null || r.delo() == null
                    ? null
                    : repository.code() + "/" + r.fond() + "/" + r.opis() + "/" + r.delo();
            // an NAA item is series + control symbol (+ part); the part is an item of its own there
            case ReferenceScheme.NaaItem n -> n.series() == null || n.controlSymbol() == null
                    ? null
                    : repository.code() + "/" + n.series() + "/" + n.controlSymbol()
                            + (n.item() == null ? "" : "/" + n.item());
            // the decimal file is the file; its numbered documents are what it groups
            case ReferenceScheme.DecimalFile d -> d.file() == null ? null : repository.code() + "/" + d.file();
            case ReferenceScheme.Unstructured u -> null;
        };
    }

    static String folios(List<FolioRange> folios) {
        boolean one = folios.size() == 1 && folios.getFirst().from().equals(folios.getFirst().to())
                && folios.getFirst().fromVerso() == folios.getFirst().toVerso();
        StringJoiner list = new StringJoiner(", ", one ? "l. " : "ll. ", "");
        for (FolioRange range : folios) {
            String from = range.from() + (range.fromVerso() ? "ob." : "");
            String to = range.to() + (range.toVerso() ? "ob." : "");
            list.add(from.equals(to) ? from : from + "–" + to);
        }
        return list.toString();
    }

    private static void addLevel(List<String> parts, String keyword, String value) {
        if (value != null) {
            parts.add(keyword + value);
        }
    }
}
