/**
 * Reads whole <i>Foreign Relations of the United States</i> volumes in the Office of the Historian's
 * TEI (MODEL.md §4.7): every {@code div[@type='document']} becomes one record with its heading,
 * dateline, source notes, footnotes, page breaks and hand-tagged person names. The XML is streamed
 * with StAX; DTDs and entities are refused, never expanded.
 */
package org.fond.ingest.frus;
