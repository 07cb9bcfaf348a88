/**
 * Fond's core: the document model as immutable values, and the analysis that derives structure
 * from a record's text (archival references, editorial apparatus, units, dates). Nothing here
 * knows about files, storage, indexes or the web; it depends on ICU4J only.
 */
package org.fond.core;
