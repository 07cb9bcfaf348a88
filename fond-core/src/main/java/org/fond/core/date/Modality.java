package org.fond.core.date;

/** Whether a dated thing happened, is happening, or is intended (MODEL.md §5.5). */
public enum Modality {
    PAST, CURRENT, PLANNED, PROPOSED, SCHEDULED, RECURRING, UNSPECIFIED;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
