package org.fond.core.date;

import java.util.List;
import java.util.Optional;

/** Parses dates to EDTF. STUB: replaced by the date grammar. */
public final class DateParser {
    private DateParser() {
    }

    /** A display date ({@code December 17, 1957}, {@code 17 January 1955}, {@code May 1955}, {@code 1957}) as EDTF. */
    public static Optional<String> toEdtf(String display) {
        return Optional.empty();
    }

    /**
     * Every date expression in {@code plain}, relative ones resolved against {@code anchorEdtf}
     * (the document or entry date), in document order.
     */
    public static List<DateExpression> extract(String plain, String anchorEdtf) {
        return List.of();
    }
}
