package org.fond.ingest.wcda;

import java.util.ArrayList;
import java.util.List;

/**
 * One physical line of a decoded export: its 1-based number, where it starts in the text, and
 * its content without the line ending.
 */
record Line(int number, int start, String text) {

    boolean isBlank() {
        return text.isBlank();
    }

    /** The content without the trailing spaces of a markdown hard break. */
    String stripped() {
        return text.strip();
    }

    /** Splits {@code text} at {@code \n}; a {@code \r} before it is not content. */
    static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i == text.length() && start == i && i > 0) {
                    break;
                }
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                lines.add(new Line(number++, start, text.substring(start, end)));
                start = i + 1;
            }
        }
        return lines;
    }
}
