package org.fond.core.model;

/**
 * Where a record was read from: the URL as published (any host), the canonical URL Fond cites,
 * the publisher's record id, the source format, and the file name as ingested.
 */
public record Source(String url, String canonicalUrl, String recordId, String format, String file) {
}
