package org.fond.core.model;

import java.util.List;

/** BCP-47 codes of the original document's languages and of this text's languages. */
public record Languages(List<String> original, List<String> content) {
    public Languages {
        original = List.copyOf(original);
        content = List.copyOf(content);
    }

    public static Languages none() {
        return new Languages(List.of(), List.of());
    }
}
