/**
 * The reader for published collections of archival documents in one Markdown file, split into one
 * record per numbered document with its archival legend as the cited reference. The reference grammar
 * itself is fond-core's; only the book's layout lives here.
 */
package org.fond.ingest.collection;
