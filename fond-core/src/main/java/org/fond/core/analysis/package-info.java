/**
 * The analysis pipeline: takes what a reader read (header fields and a normalised body) and derives
 * apparatus, structure, references, dates and mentions, in that order. Readers call it; it never
 * calls readers or storage.
 */
package org.fond.core.analysis;
