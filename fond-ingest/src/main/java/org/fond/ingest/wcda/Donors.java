package org.fond.ingest.wcda;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The donors named in a Credits value ({@code This document was made possible with support from
 * ROK Ministry of Unification}). Lists are joined with {@code ", "} or {@code " and "}, but donor
 * names contain "and" too ({@code John D. and Catherine T. MacArthur Foundation}), so an
 * {@code and} splits only next to a donor Fond knows; an unknown name is kept whole.
 */
final class Donors {
    /** Donors seen on WCDA records; extend as new ones are met. */
    static final List<String> KNOWN = List.of(
            "ROK Ministry of Unification",
            "Leon Levy Foundation",
            "Korea Foundation",
            "John D. and Catherine T. MacArthur Foundation",
            "MacArthur Foundation",
            "Carnegie Corporation of New York",
            "Henry Luce Foundation",
            "Smith Richardson Foundation",
            "Woodrow Wilson International Center for Scholars");

    private static final Pattern PREFIX = Pattern.compile(
            "(?i)^\\s*this\\s+document\\s+was\\s+made\\s+possible\\s+(?:with|by)\\s+(?:the\\s+)?(?:generous\\s+)?"
                    + "(?:support|funding)\\s+(?:from|of)\\s+");
    private static final Pattern LEADING = Pattern.compile("(?i)^(?:and\\s+)?(?:the\\s+)?");

    private Donors() {
    }

    static List<String> parse(String credits) {
        String rest = PREFIX.matcher(credits.strip()).replaceFirst("").strip();
        if (rest.endsWith(".")) {
            rest = rest.substring(0, rest.length() - 1).strip();
        }
        List<String> donors = new ArrayList<>();
        for (String piece : rest.split("\\s*,\\s*")) {
            splitOnAnd(LEADING.matcher(piece.strip()).replaceFirst("").strip(), donors);
        }
        return donors;
    }

    /** Splits {@code piece} at an " and " only where a known donor stands on one side of it. */
    private static void splitOnAnd(String piece, List<String> donors) {
        if (piece.isEmpty()) {
            return;
        }
        String lower = piece.toLowerCase(Locale.ROOT);
        for (String known : KNOWN) {
            String k = known.toLowerCase(Locale.ROOT);
            if (lower.equals(k)) {
                donors.add(piece);
                return;
            }
        }
        for (String known : KNOWN) {
            String k = known.toLowerCase(Locale.ROOT);
            if (lower.startsWith(k + " and ")) {
                donors.add(piece.substring(0, k.length()));
                splitOnAnd(LEADING.matcher(piece.substring(k.length()).strip()).replaceFirst("").strip(), donors);
                return;
            }
            int at = lower.lastIndexOf(" and " + k);
            if (at < 0) {
                at = lower.lastIndexOf(" and the " + k);
            }
            if (at > 0 && lower.endsWith(k)) {
                splitOnAnd(piece.substring(0, at).strip(), donors);
                donors.add(piece.substring(piece.length() - k.length()));
                return;
            }
        }
        donors.add(piece);
    }
}
