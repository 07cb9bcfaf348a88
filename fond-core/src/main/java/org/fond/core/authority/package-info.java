/**
 * The authority as the rest of Fond sees it: persons, organizations and places with their name
 * variants across scripts and romanizations (MODEL.md §5.9). The records and the variant generation
 * live here and in fond-enrich; search and the web only ask through {@link org.fond.core.authority.NameAuthority}.
 */
package org.fond.core.authority;
