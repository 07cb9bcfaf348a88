package org.fond.core.apparatus;

import java.util.Set;
import org.fond.core.model.Span;

/**
 * One bracketed stretch of the plain text as the {@link BracketScanner} found it, before it is
 * classified: {@code span} covers the brackets, {@code inner} the text between them. Kept apart
 * from the annotation so a frame can be re-classified without re-scanning (MODEL.md §3.3).
 *
 * @param rawText        {@code plain.substring(span)}, exactly
 * @param doubled        opened by {@code [[} (the translator's comment or restored letters)
 * @param depth          0 for a top-level frame, 1 inside one frame, …
 * @param parent         index of the enclosing frame in the scan's frame list, or -1
 * @param misplacedClose the early closing bracket a surplus {@code ]} showed to be a mistake
 *                       (S1:L35–36), or null; it lies inside {@code inner} and is not content
 * @param flags          data-quality flags: {@code unclosed-bracket}, {@code bracket-imbalance},
 *                       {@code nesting-too-deep}
 */
public record Frame(Span span, String rawText, Span inner, boolean doubled, int depth, int parent,
                    Span misplacedClose, Set<String> flags) {
    public Frame {
        flags = Set.copyOf(flags);
    }

    /** The text between the brackets, less a misplaced closing bracket. */
    public String innerText(String plain) {
        if (misplacedClose == null || !inner.contains(misplacedClose)) {
            return inner.of(plain);
        }
        return plain.substring(inner.start(), misplacedClose.start()) + plain.substring(misplacedClose.end(), inner.end());
    }
}
