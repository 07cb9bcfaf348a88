package org.fond.core.structure;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.fond.core.model.UnitKind;

/**
 * Stable path ids for the children of one unit ({@code A/opener}, {@code A/p3},
 * {@code entry/topic-3}, {@code entry/list-2/b}): counted per kind in document order, so the same
 * text always gives the same ids. List items are named by their own label, since that is how an
 * archivist cites them ("item b) of the second list").
 */
final class Ids {
    private final String parent;
    private final Map<UnitKind, Integer> counts = new EnumMap<>(UnitKind.class);
    private final Set<String> used = new HashSet<>();

    Ids(String parent) {
        this.parent = parent;
    }

    String next(UnitKind kind) {
        int n = counts.merge(kind, 1, Integer::sum);
        String local = switch (kind) {
            case PARAGRAPH -> "p" + n;
            case OPENER, CLOSER, HEADING -> n == 1 ? kind.id() : kind.id() + "-" + n;
            case JOURNAL_ENTRY -> n == 1 ? "entry" : "entry-" + n;
            case EDITORIAL_SOURCE_NOTE -> "source-note-" + n;
            default -> kind.id() + "-" + n;
        };
        return claim(local);
    }

    /** The id of a list item: its label ({@code a)} → {@code a}), or its position when it has none. */
    String item(String labelSegment, int position) {
        String local = labelSegment == null || labelSegment.isEmpty() ? "item-" + position : labelSegment;
        return claim(used.contains(path(local)) ? local + "-" + position : local);
    }

    private String claim(String local) {
        String id = path(local);
        used.add(id);
        return id;
    }

    private String path(String local) {
        return parent.isEmpty() ? local : parent + "/" + local;
    }
}
