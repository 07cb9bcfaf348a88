package org.fond.core.apparatus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The logical number marker (MODEL.md §1.3 F6, §1.8 T5): {@code Nº} (N + U+00BA, as in S2),
 * {@code №} (U+2116), {@code N°} (degree sign), {@code No.}, {@code Nr.}, {@code #}, and {@code N.}
 * when a digit follows. All are one marker for matching and registry-number extraction; the text
 * keeps the characters it was written with.
 */
public final class NumberMarker {
    /** One number marker, not part of a longer word ({@code Nobody}, {@code Nr} in a name). */
    public static final Pattern MARKER = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:N[\\u00BA\\u00B0]|\\u2116|No\\.|Nr\\.|N\\.(?=\\s?\\p{N})|#)");

    /**
     * A marker and the field after it: group {@code value} is the number ({@code 367vn},
     * {@code 83/M}), a blank form field ({@code __}) or a bracketed blank ({@code [left blank]}).
     */
    public static final Pattern FIELD = Pattern.compile(MARKER.pattern()
            + "[ \\t\\u00A0]*(?<value>_{2,}|\\[[^\\]\\n]*\\bleft blank\\]|[\\p{L}\\p{N}][\\p{L}\\p{N}/\\-]*)");

    /** The form a marker takes in normalised matching text. */
    public static final String CANONICAL = "\u2116";

    private NumberMarker() {
    }

    /** Whether {@code text} is exactly one number marker. */
    public static boolean isMarker(CharSequence text) {
        return MARKER.matcher(text).matches();
    }

    /** {@code text} with every number marker written as {@link #CANONICAL}, for matching only. */
    public static String canonical(CharSequence text) {
        return MARKER.matcher(text).replaceAll(Matcher.quoteReplacement(CANONICAL));
    }

    /** Whether {@code before} ends with a number marker (and spaces), e.g. the text before {@code [left blank]}. */
    public static boolean endsWithMarker(CharSequence before) {
        String s = before.toString().stripTrailing();
        Matcher m = MARKER.matcher(s);
        int from = Math.max(0, s.length() - 4);
        while (m.find(from)) {
            if (m.end() == s.length()) {
                return true;
            }
            from = m.end();
            if (from >= s.length()) {
                break;
            }
        }
        return false;
    }
}
