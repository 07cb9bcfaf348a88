package org.fond.core.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An independent check of R6 (never drop characters): walks {@code raw} and finds the repository as
 * cited, each level value and folio number in order, and the trailer at the end; whatever lies
 * between them may only be separators, level keywords, dashes and verso marks.
 */
final class Lossless {
    private static final Pattern OPENING = Pattern.compile("[\\s\\[({]*");
    private static final Pattern GAP = Pattern.compile("(?:[\\s,.;:/\\-–—'’]"
            + "|(?iu:ed\\. ?khr|ед\\. ?хр|fond|opis|papka|pap|delo|dok|listy|list|per|op|ll|фонд|опись|оп|папка"
            + "|дело|листы|лист|лл|ob|об|f|o|p|d|l|v|ф|п|д|л))*");
    private static final Pattern CLOSING = Pattern.compile("[\\s\\])}]*");

    private Lossless() {
    }

    static void assertAccountsForEveryCharacter(ArchivalReference ref) {
        String raw = ref.raw();
        int cursor = 0;
        if (ref.repository() != null) {
            int at = raw.indexOf(ref.repository().asCited());
            assertThat(at).as("repository %s in %s", ref.repository(), raw).isGreaterThanOrEqualTo(0);
            assertThat(raw.substring(0, at)).as("before the repository in %s", raw).matches(OPENING);
            cursor = at + ref.repository().asCited().length();
        }
        for (String value : values(ref)) {
            int at = raw.indexOf(value, cursor);
            assertThat(at).as("value %s after %d in %s", value, cursor, raw).isGreaterThanOrEqualTo(cursor);
            assertThat(raw.substring(cursor, at)).as("gap before %s in %s", value, raw).matches(GAP);
            cursor = at + value.length();
        }
        int trailerAt = ref.trailer().isEmpty() ? raw.length() : raw.lastIndexOf(ref.trailer());
        assertThat(trailerAt).as("trailer [%s] after the levels of %s", ref.trailer(), raw)
                .isGreaterThanOrEqualTo(cursor);
        assertThat(raw.substring(cursor, trailerAt)).as("before the trailer in %s", raw).matches(GAP);
        assertThat(raw.substring(Math.min(raw.length(), trailerAt + ref.trailer().length())))
                .as("after the trailer in %s", raw).matches(CLOSING);
    }

    private static List<String> values(ArchivalReference ref) {
        List<String> values = new ArrayList<>(ref.scheme().levels().values());
        for (FolioRange range : ref.scheme().folios()) {
            values.add(range.from());
            if (!range.to().equals(range.from()) || range.toVerso() != range.fromVerso()) {
                values.add(range.to());
            }
        }
        return values;
    }
}
