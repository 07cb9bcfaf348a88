package org.fond.search.lucene;

import java.util.ArrayList;
import java.util.List;
import org.fond.core.reference.ArchivalReference;
import org.fond.core.reference.ReferenceScheme;

/**
 * Where a reference sits in the archive tree: repository, then its levels as cited: fond, opis and
 * delo for a Russian file; series and control symbol for the National Archives of Australia
 * ({@code NAA / A1838 / 852/20/4}); decimal file and document for the State Department's files
 * ({@code NARA / 861.77 / 451}). For a Russian file the levels are fond, opis and delo
 * ({@code 0102} stays {@code 0102}, so it never meets {@code 102}). A papka only groups dela inside
 * an opis and is left out, as in the file key. The path is cut at the first missing level, so
 * {@code AVPRF F. 0102} is {@code [AVPRF, 0102]}. Keys join the levels with {@code /}; a slash or a
 * percent sign inside a level is percent-escaped so that a level can never pose as two.
 */
final class ArchivePath {
    private ArchivePath() {
    }

    /** The levels of {@code reference}, from the repository down; empty when the repository is unknown. */
    static List<String> levels(ArchivalReference reference) {
        List<String> levels = new ArrayList<>();
        if (reference.repository() == null || blank(reference.repository().code())) {
            return levels;
        }
        levels.add(reference.repository().code());
        String[] below = switch (reference.scheme()) {
            case ReferenceScheme.RussianFile r -> new String[] {r.fond(), r.opis(), r.delo()};
            // the item is a part of the file the control symbol names, not a level of the archive
            case ReferenceScheme.NaaItem n -> new String[] {n.series(), n.controlSymbol()};
            // the record group is implied by the repository and mostly uncited: grouping by it would split one file
            case ReferenceScheme.DecimalFile d -> new String[] {d.file(), d.document()};
            case ReferenceScheme.Unstructured u -> new String[0];
        };
        for (String level : below) {
            if (blank(level)) {
                break;
            }
            levels.add(level.strip());
        }
        return levels;
    }

    /** Every prefix key of {@code levels}: {@code AVPRF}, {@code AVPRF/0102}, … */
    static List<String> prefixes(List<String> levels) {
        List<String> keys = new ArrayList<>();
        for (int depth = 1; depth <= levels.size(); depth++) {
            keys.add(key(levels.subList(0, depth)));
        }
        return keys;
    }

    static String key(List<String> levels) {
        StringBuilder b = new StringBuilder();
        for (String level : levels) {
            if (!b.isEmpty()) {
                b.append('/');
            }
            b.append(level.replace("%", "%25").replace("/", "%2F"));
        }
        return b.toString();
    }

    /** The last level of a key, unescaped. */
    static String lastLevel(String key) {
        String last = key.substring(key.lastIndexOf('/') + 1);
        return last.replace("%2F", "/").replace("%25", "%");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
