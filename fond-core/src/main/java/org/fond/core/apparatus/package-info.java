/**
 * Editorial apparatus (MODEL.md §3): square-bracket frames found with a recovering scanner
 * ({@link org.fond.core.apparatus.BracketScanner}) and classified by ordered rules
 * ({@link org.fond.core.apparatus.FrameClassifier}) into typed {@link org.fond.core.model.Annotation}s,
 * plus the unbracketed blank number field and editorial ellipsis. Unbalanced brackets are flagged,
 * never thrown.
 */
package org.fond.core.apparatus;
