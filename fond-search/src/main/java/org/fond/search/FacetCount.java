package org.fond.search;

import java.util.Objects;

/**
 * One value of a facet field and the number of matching records that have it, with the label to
 * show for it: for person, organization and place the value is an authority id and the label its
 * name; for every other field the label is the value itself.
 */
public record FacetCount(String value, long count, String label) {
    public FacetCount {
        label = Objects.requireNonNullElse(label, value);
    }

    /** A value shown as itself. */
    public FacetCount(String value, long count) {
        this(value, count, value);
    }
}
