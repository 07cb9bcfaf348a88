package org.fond.search.lucene;

import java.util.ArrayList;
import java.util.List;
import org.fond.core.reference.ArchivalReference;
import org.fond.core.reference.ReferenceScheme;

/**
 * Where a reference sits in the archive tree: repository, then fond, opis and delo as cited
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
        if (reference.scheme() instanceof ReferenceScheme.RussianFile r) {
            for (String level : new String[] {r.fond(), r.opis(), r.delo()}) {
                if (blank(level)) {
                    break;
                }
                levels.add(level.strip());
            }
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
