package org.fond.core.date;

import java.util.List;
import java.util.Optional;

/**
 * Reads dates as EDTF (MODEL.md §5.5, §1.3 F5): whole display dates, and every date expression
 * in a running text with relative ones resolved against the date the text was written on.
 */
public final class DateParser {
    private DateParser() {
    }

    /**
     * A display date ({@code December 17, 1957}, {@code Dec. 17, 1957}, {@code 17 December 1957},
     * {@code December, 1957}, {@code 1957}, {@code April-May 1955}, {@code 14 through 20 December
     * 1957}, {@code 17 января 1955 г.}, ISO/EDTF) as EDTF; empty for anything else, never throws.
     */
    public static Optional<String> toEdtf(String display) {
        return DisplayDates.toEdtf(display);
    }

    /**
     * Every date expression in {@code plain} (paragraphs separated by {@code "\n\n"}), relative
     * ones resolved against {@code anchorEdtf} (the document or entry date), in document order.
     * Spans are offsets into {@code plain} and each surface equals its span's text. With no usable
     * anchor only expressions that carry their own year are returned.
     */
    public static List<DateExpression> extract(String plain, String anchorEdtf) {
        if (plain == null || plain.isEmpty()) {
            return List.of();
        }
        return new DateExtractor(plain, anchorEdtf).run();
    }
}
