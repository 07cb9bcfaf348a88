package org.fond.search;

/** One value of a facet field and the number of matching records that have it. */
public record FacetCount(String value, long count) {
}
