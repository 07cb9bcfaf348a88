/**
 * The name authority: an in-memory index of {@link org.fond.core.authority.AuthorityRecord}s answering
 * {@link org.fond.core.authority.NameAuthority} by whole-name keys, our own seed records, merge and split
 * with their audit trail, and the JSON-lines form the archive stores.
 */
package org.fond.enrich.authority;
