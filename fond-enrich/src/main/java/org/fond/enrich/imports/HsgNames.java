package org.fond.enrich.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names inside one name string of the Office of the Historian's people data. Its editors fold
 * several readings into one string — {@code Mao Tse-tung (Mao Zedong)}, {@code Chow (Chou) Shu-kai},
 * {@code Chow [also spelled Chou] Shu-kai}, {@code Mao Tse-Tung, Chairman} — and list bare titles
 * ({@code Chairman}) among the spellings; this splits the readings apart and says which pieces are no names.
 */
final class HsgNames {
    private static final Pattern PAREN = Pattern.compile("\\s*\\(([^()]*)\\)");
    private static final Pattern BRACKET = Pattern.compile("\\s*\\[[^\\]]*\\]");
    /** Titles that stand in the data as names; a record's own titles-from-name are added to these. */
    static final Set<String> TITLES = Set.of("General", "Gen.", "Sir", "Colonel", "Col.", "Dr.", "Admiral", "Adm.",
            "Captain", "Major", "Prince", "Baron", "Sheikh", "Shaikh", "Lord", "Lieutenant", "Marshal", "Commander",
            "Brigadier", "Senator", "Count", "Chairman", "President", "Premier", "Prime Minister", "Minister",
            "Ambassador", "Secretary", "King", "Queen", "Emperor", "Chancellor", "Madame", "Cardinal", "Chief");

    private static final Set<String> MARRIED_TITLES = Set.of("Madame", "Mme.", "Mrs.", "Mrs");

    private HsgNames() {
    }

    /** One reading of a name string, or a piece that was no name and why. */
    record Reading(String name, String notAName) {
    }

    static List<Reading> readings(String raw, Set<String> ownTitles) {
        String s = BRACKET.matcher(raw.strip().replaceAll("\\s+", " ")).replaceAll("");
        List<String> names = new ArrayList<>();
        Matcher m = PAREN.matcher(s);
        if (m.find()) {
            String inner = m.group(1).strip();
            String outer = (s.substring(0, m.start()) + " " + s.substring(m.end())).strip().replaceAll("\\s+", " ");
            boolean atEnd = m.end() >= s.length();
            names.add(outer);
            if (atEnd) {
                for (String piece : splitInner(inner)) {
                    names.add(piece);
                }
            } else {
                // "Chow (Chou) Shu-kai": the bracketed word replaces the word before it
                String before = s.substring(0, m.start()).strip();
                int lastSpace = before.lastIndexOf(' ');
                names.add(((lastSpace < 0 ? "" : before.substring(0, lastSpace + 1)) + inner + " "
                        + s.substring(m.end()).strip()).strip());
            }
        } else {
            names.add(s);
        }
        List<Reading> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            String name = stripTrailingTitle(n, ownTitles);
            if (name.isBlank()) {
                continue;
            }
            if (isTitle(name, ownTitles)) {
                out.add(new Reading(null, "title, not a name: " + name));
            } else if (!name.codePoints().anyMatch(Character::isLetter)) {
                out.add(new Reading(null, "no letters: " + name));
            } else if (i > 0 && name.matches("\\p{Lu}{2,}")) {
                out.add(new Reading(null, "abbreviation note, not a name: " + name));
            } else {
                out.add(new Reading(name, null));
            }
        }
        return out;
    }

    private static List<String> splitInner(String inner) {
        String[] pieces = inner.split("\\s*,\\s*");
        for (String p : pieces) {
            if (!p.contains(" ")) {
                return List.of(inner); // "Tang, Nancy" is one inverted name, not two
            }
        }
        return List.of(pieces);
    }

    private static String stripTrailingTitle(String name, Set<String> ownTitles) {
        int comma = name.lastIndexOf(',');
        String tail = comma > 0 ? name.substring(comma + 1).strip() : "";
        // "Chiang Kai-shek, Madame" is not Chiang Kai-shek: a married title is part of the name
        if (comma > 0 && isTitle(tail, ownTitles) && !MARRIED_TITLES.contains(tail)) {
            return name.substring(0, comma).strip();
        }
        return name;
    }

    private static boolean isTitle(String s, Set<String> ownTitles) {
        return TITLES.contains(s) || ownTitles.contains(s);
    }
}
