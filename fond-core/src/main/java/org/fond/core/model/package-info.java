/**
 * The document model: {@link org.fond.core.model.Record} and the values it holds. Every value is
 * immutable; offsets are UTF-16 code units into {@link org.fond.core.model.Text#plain()}; every
 * derived value carries a {@link org.fond.core.model.Provenance}.
 */
package org.fond.core.model;
