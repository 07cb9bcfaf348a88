package org.fond.core.model;

/** The document's date as an EDTF string ({@code 1957-12-17}, {@code 1955-04/1955-05}) and as displayed. */
public record DocumentDate(String edtf, String display, Provenance provenance) {
}
