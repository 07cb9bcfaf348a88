package org.fond.search.lucene;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * The opaque cursor of a result page: the sort values of its last hit (score or date, then record
 * id) with the order they belong to, in URL-safe Base64. Resuming after sort values rather than
 * after a position keeps pages stable when records are added or removed between requests.
 */
final class Cursor {
    private static final String VERSION = "c1";

    private Cursor() {
    }

    static String after(HitOrder order, FieldDoc last) {
        Object first = last.fields[0];
        String value = switch (first) {
            case Float score -> Integer.toString(Float.floatToIntBits(score));
            case Long date -> Long.toString(date);
            default -> throw new IllegalStateException("unexpected sort value " + first);
        };
        String id = ((BytesRef) last.fields[1]).utf8ToString();
        String plain = VERSION + "|" + order.name() + "|" + value + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The hit to resume after; rejects a cursor that is damaged or was made for another order. */
    static FieldDoc read(String cursor, HitOrder order) {
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a search cursor: " + cursor);
        }
        String[] parts = plain.split("\\|", 4);
        if (parts.length != 4 || !VERSION.equals(parts[0])) {
            throw new IllegalArgumentException("not a search cursor: " + cursor);
        }
        if (!order.name().equals(parts[1])) {
            throw new IllegalArgumentException("this cursor belongs to a search in another order ("
                    + parts[1].toLowerCase(java.util.Locale.ROOT) + ")");
        }
        try {
            Object value = order.byScore() ? (Object) Float.intBitsToFloat(Integer.parseInt(parts[2]))
                    : (Object) Long.parseLong(parts[2]);
            // doc MAX_VALUE: on equal values (only the last hit itself, ids being unique) resume after it
            return new FieldDoc(Integer.MAX_VALUE, Float.NaN, new Object[] {value, new BytesRef(parts[3])});
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a search cursor: " + cursor);
        }
    }
}
