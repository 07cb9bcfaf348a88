/**
 * Document structure (MODEL.md §4): sub-documents, openers and closers, headings, enumerated
 * topics and lists, and the formal elements on them (classification, copy and registry numbers,
 * signatories, addressees, presence and duration of a conversation).
 */
package org.fond.core.structure;
