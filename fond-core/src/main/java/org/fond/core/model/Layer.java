package org.fond.core.model;

/**
 * The voice a stretch of text belongs to (MODEL.md §3.4), so a reader can hide the translator's
 * words and a query can exclude them.
 */
public enum Layer {
    /** The translated original text. */
    ORIGINAL,
    /** Handwriting and stamps on the original. */
    ARCHIVAL_ADDITION,
    /** Supplied words, notes, glosses and original wording added by the translator. */
    TRANSLATOR,
    /** The publisher's title, summary, citation and inserted source notes. */
    EDITORIAL,
    /** Regularizations made by Fond itself. */
    PLATFORM;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
