package org.fond.core.model;

/** A data-quality observation about a record, e.g. a title that differs from the citation's. */
public record QualityFlag(String code, String message, int line) {
}
