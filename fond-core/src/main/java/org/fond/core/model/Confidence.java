package org.fond.core.model;

/** How sure a parser is of a derived value. */
public enum Confidence {
    HIGH, MEDIUM, LOW;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
