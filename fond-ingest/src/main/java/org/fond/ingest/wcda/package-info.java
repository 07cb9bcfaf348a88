/**
 * The reader of Wilson Center Digital Archive exports (MODEL.md §1): the tolerant header grammar
 * (title block and decorated labels), the citation string, credits, languages and contents.
 * Only header knowledge lives here; the body goes to fond-core's normaliser and analyser unchanged.
 */
package org.fond.ingest.wcda;
