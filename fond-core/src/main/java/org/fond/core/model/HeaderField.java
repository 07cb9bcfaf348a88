package org.fond.core.model;

/**
 * One field of a source's header exactly as read: its label as written, its value with line
 * breaks kept, the 1-based line of the label, and whether Fond knows the label. Unknown labels
 * are kept here, never dropped.
 */
public record HeaderField(String label, String value, int line, boolean known) {
}
