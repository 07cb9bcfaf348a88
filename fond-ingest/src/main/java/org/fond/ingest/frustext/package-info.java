/**
 * The reader for FRUS volumes flattened to one line of plain text in a small TSV: one record a volume,
 * kept for full-text search and benchmarks. Per-document FRUS ingest is the TEI reader's.
 */
package org.fond.ingest.frustext;
