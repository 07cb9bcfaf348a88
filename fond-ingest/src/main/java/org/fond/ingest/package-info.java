/**
 * Ingest: turns source files into {@link org.fond.core.model.Record}s. {@link org.fond.ingest.Readers}
 * is the front door: it unpacks folders and archives under explicit limits, picks a
 * {@link org.fond.ingest.Reader} per file and turns every failure into a one-line
 * {@link org.fond.ingest.Rejection}. Nothing here knows about storage or search.
 */
package org.fond.ingest;
