/**
 * Archival references (MODEL.md §2): the parsed, typed form of strings such as
 * {@code AVPRF F. 0102, Op. 14, Delo 6, Listy 14-25}. Level values are strings, never numbers;
 * the raw citation is always kept and no character of it is ever dropped.
 */
package org.fond.core.reference;
