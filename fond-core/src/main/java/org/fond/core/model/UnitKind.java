package org.fond.core.model;

/** The kinds of {@link Unit} (MODEL.md §4.1). */
public enum UnitKind {
    DOCUMENT, SUB_DOCUMENT, JOURNAL_ENTRY, HEADING, OPENER, CLOSER, ADDRESS, PARAGRAPH,
    LIST, LIST_ITEM, TOPIC, EDITORIAL_SOURCE_NOTE, STAMP, ANNOTATION;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
