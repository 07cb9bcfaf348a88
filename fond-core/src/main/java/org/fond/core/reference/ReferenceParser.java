package org.fond.core.reference;

import java.util.List;
import java.util.Optional;
import org.fond.core.model.Provenance;

/**
 * Parses archival references (MODEL.md §2.3). STUB: replaced by the grammar.
 */
public final class ReferenceParser {
    private ReferenceParser() {
    }

    /**
     * Parses one reference string as cited. Empty when {@code raw} holds no recognisable
     * repository or level; otherwise every character of {@code raw} is accounted for in the
     * levels, folios or trailer.
     */
    public static Optional<ArchivalReference> parse(String raw, String foundIn, Provenance provenance) {
        return Optional.empty();
    }

    /** Finds every reference in a longer text (a body line, a handwritten note), with its offsets. */
    public static List<Found> find(String text, String foundIn, Provenance provenance) {
        return List.of();
    }

    /** A reference found inside a longer text, at {@code [start, end)}. */
    public record Found(int start, int end, ArchivalReference reference) {
    }
}
