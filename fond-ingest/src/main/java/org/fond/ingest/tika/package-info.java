/**
 * The reader for formats Fond does not parse itself (PDF, DOCX, ODT, RTF, HTML, and plain text when
 * asked for by name), through Apache Tika under explicit {@link org.fond.ingest.tika.TikaLimits}. Only
 * extraction and first-line heuristics live here; analysis is fond-core's, as for every reader.
 */
package org.fond.ingest.tika;
