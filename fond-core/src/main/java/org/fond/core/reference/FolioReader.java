package org.fond.core.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads folio lists: {@code 14-25}, {@code 14–25, 30}, {@code 5-7ob.}, {@code 12 об.}, {@code 3v}
 * (MODEL.md §2.3 {@code folios}). Shared by every grammar whose folios look like this, so that
 * versos and the three dashes are read one way everywhere.
 */
final class FolioReader {
    private static final String VERSO = "(?:\\s?(?:ob|об)\\.?(?![\\p{L}\\p{N}])|v(?![\\p{L}\\p{N}]))";
    private static final Pattern RANGE = Pattern.compile(
            "(\\d+)(" + VERSO + ")?(?:\\s?[-–—]\\s?(\\d+)(" + VERSO + ")?)?(?!\\p{N})");
    /** A list goes on only where a comma or semicolon is followed by another folio number. */
    private static final Pattern NEXT = Pattern.compile("\\s*[,;]\\s*(?=\\d)");

    private FolioReader() {
    }

    /** Folios read from {@code at}, ending at {@code end}. */
    record Folios(List<FolioRange> ranges, int end) {
    }

    static Optional<Folios> read(String text, int at) {
        List<FolioRange> ranges = new ArrayList<>();
        Matcher range = RANGE.matcher(text);
        Matcher next = NEXT.matcher(text);
        int end = at;
        int pos = at;
        while (range.region(pos, text.length()).lookingAt()) {
            ranges.add(rangeOf(range));
            end = range.end();
            if (!next.region(end, text.length()).lookingAt()) {
                break;
            }
            pos = next.end();
        }
        return ranges.isEmpty() ? Optional.empty() : Optional.of(new Folios(List.copyOf(ranges), end));
    }

    /** Reads exactly one range filling {@code text}, for positional references. */
    static Optional<FolioRange> readWhole(String text) {
        Matcher range = RANGE.matcher(text);
        return range.matches() ? Optional.of(rangeOf(range)) : Optional.empty();
    }

    private static FolioRange rangeOf(Matcher m) {
        boolean fromVerso = m.group(2) != null;
        if (m.group(3) == null) {
            return FolioRange.single(m.group(1), fromVerso);
        }
        return new FolioRange(m.group(1), fromVerso, m.group(3), m.group(4) != null);
    }
}
