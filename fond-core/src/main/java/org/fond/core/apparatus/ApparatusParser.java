package org.fond.core.apparatus;

import java.util.List;
import org.fond.core.model.Annotation;

/** Finds and classifies editorial apparatus in a plain text. STUB: replaced by the scanner. */
public final class ApparatusParser {
    private ApparatusParser() {
    }

    /**
     * Every apparatus frame of {@code plain} (paragraphs separated by blank lines) as typed
     * annotations whose spans cover the brackets, in document order. Never throws.
     */
    public static List<Annotation> parse(String plain) {
        return List.of();
    }
}
