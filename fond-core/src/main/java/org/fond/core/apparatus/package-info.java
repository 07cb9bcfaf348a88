/**
 * Editorial apparatus (MODEL.md §3): square-bracket frames found with a recovering scanner and
 * classified into typed {@link org.fond.core.model.Annotation}s. Unbalanced brackets are flagged,
 * never thrown.
 */
package org.fond.core.apparatus;
