package org.fond.core.text;

import org.fond.core.model.Span;

/**
 * A block of the plain text: a paragraph, heading or list item with its span and the 1-based
 * source line it starts on. A separator ({@code ===}) leaves no text behind, so its span is empty
 * and sits at the boundary it marked. {@code marker} is the markup that was removed ({@code ##},
 * {@code -}), kept so nothing is lost.
 */
public record Block(Kind kind, Span span, int line, String marker) {
    public enum Kind { PARAGRAPH, HEADING, LIST_ITEM, SEPARATOR }
}
