/**
 * Imports of public authority data into {@link org.fond.core.authority.AuthorityRecord}s: the Office of the
 * Historian's people data and the persons lists of FRUS TEI volumes. Every entry read is either a record
 * or a counted skip with its reason and place; nothing is dropped silently.
 */
package org.fond.enrich.imports;
