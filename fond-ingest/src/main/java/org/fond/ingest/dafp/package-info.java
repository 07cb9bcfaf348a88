/**
 * The reader for <i>Documents on Australian Foreign Policy</i> (DFAT) as Jekyll Markdown: front matter
 * to header fields and gold reference labels, body to normalised text. Only DAFP's layout lives here;
 * the National Archives of Australia grammar itself is fond-core's.
 */
package org.fond.ingest.dafp;
