package org.fond.core.model;

/**
 * Something found in the text: {@code type} is person, organization, place, date, reference or
 * quantity (ARCHITECTURE §3); {@code entity} is an authority id or null; {@code value} is the
 * normalised value (EDTF for a date, canonical form for a reference), or null.
 */
public record Mention(String type, Span span, String surface, String entity, String value,
                      Provenance provenance) {
}
