package org.fond.core.date;

import org.fond.core.model.Confidence;
import org.fond.core.model.Provenance;
import org.fond.core.model.Span;

/**
 * A date found in a text: its span and surface, what kind of expression it is (absolute, range,
 * month, deictic, relative, open-interval…), its EDTF value, the anchor date a relative
 * expression was resolved against (null for absolute ones), and its modality.
 */
public record DateExpression(Span span, String surface, String kind, String edtf, String anchor,
                             Modality modality, Confidence confidence, Provenance provenance) {
}
