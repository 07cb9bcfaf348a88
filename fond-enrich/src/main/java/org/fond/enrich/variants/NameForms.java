package org.fond.enrich.variants;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.fond.core.authority.VariantKind;

/**
 * Script-independent reshapings of a Latin name: inverted catalogue order to direct order
 * ({@code Molotov, Vyacheslav Mikhailovich} → {@code Vyacheslav Mikhailovich Molotov}), initials, the
 * hyphen/space/joined forms of an East Asian given name, and known OCR slips (MODEL.md §5.8 trap 1).
 */
final class NameForms {
    private static final Pattern IL = Pattern.compile("\\bIl\\b");
    private static final Pattern II_AFTER_NAME = Pattern.compile("(\\p{Lu}\\p{L}*\\s+)II\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NameForms() {
    }

    /** Direct-order forms of an inverted {@code Family, Given…} name; initials forms too when asked. */
    static List<Candidate> directOrder(String name, boolean withInitials) {
        int comma = name.indexOf(',');
        if (comma <= 0 || name.indexOf(',', comma + 1) >= 0) {
            return List.of();
        }
        String family = name.substring(0, comma).trim();
        String[] given = SPACES.split(name.substring(comma + 1).trim());
        if (family.isEmpty() || given.length == 0 || given[0].isEmpty() || family.contains(" ")) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>();
        out.add(Candidate.searchOnly(String.join(" ", given) + " " + family, "direct-order"));
        if (given.length > 1 && !given[0].endsWith(".")) {
            out.add(Candidate.searchOnly(given[0] + " " + family, "direct-order"));
        }
        if (withInitials) {
            StringBuilder initials = new StringBuilder();
            for (String g : given) {
                initials.append(g.charAt(0)).append(". ");
            }
            out.add(Candidate.searchOnly(initials + family, "initials"));
            out.add(Candidate.searchOnly(given[0].charAt(0) + ". " + family, "initials"));
        }
        return out;
    }

    /**
     * The short forms of a direct-order Russian full name: {@code Pavel Fyodorovich Yudin} →
     * {@code Pavel Yudin}, {@code P. F. Yudin}, {@code P. Yudin} (the forms signatures and indexes use).
     */
    static List<Candidate> russianShortForms(String name) {
        String[] t = SPACES.split(name.trim());
        if (t.length != 3 || !RussianNames.looksRussian(t[1]) || name.contains(",")) {
            return List.of();
        }
        return List.of(Candidate.searchOnly(t[0] + " " + t[2], "short-form"),
                Candidate.searchOnly(t[0].charAt(0) + ". " + t[1].charAt(0) + ". " + t[2], "initials"),
                Candidate.searchOnly(t[0].charAt(0) + ". " + t[2], "initials"));
    }

    /**
     * The three writings of an East Asian given name: {@code Kim Il-sung} ↔ {@code Kim Il Sung} ↔
     * {@code Kim Ilsung}. The matching key already folds them; search phrases need them spelled out.
     */
    static List<Candidate> givenNameWritings(String name) {
        String[] tokens = SPACES.split(name.trim());
        List<Candidate> out = new ArrayList<>();
        if (tokens.length == 2 && tokens[1].contains("-") && tokens[1].indexOf('-', tokens[1].indexOf('-') + 1) < 0) {
            String[] parts = tokens[1].split("-");
            if (parts.length == 2 && !parts[0].isEmpty() && !parts[1].isEmpty()) {
                out.add(Candidate.searchOnly(tokens[0] + " " + cap(parts[0]) + " " + cap(parts[1]), "spaced-given-name"));
                out.add(Candidate.searchOnly(tokens[0] + " " + cap(parts[0]) + parts[1].toLowerCase(Locale.ROOT),
                        "joined-given-name"));
                out.add(Candidate.searchOnly(tokens[0] + " " + cap(parts[0]) + "-" + parts[1].toLowerCase(Locale.ROOT),
                        "hyphenated-given-name"));
            }
        } else if (tokens.length == 3 && tokens[1].length() <= 5 && tokens[2].length() <= 6) {
            out.add(Candidate.searchOnly(tokens[0] + " " + tokens[1] + "-" + tokens[2].toLowerCase(Locale.ROOT),
                    "hyphenated-given-name"));
            out.add(Candidate.searchOnly(tokens[0] + " " + tokens[1] + tokens[2].toLowerCase(Locale.ROOT),
                    "joined-given-name"));
        }
        out.removeIf(c -> c.value().equals(name));
        return out;
    }

    /** OCR slips: the token {@code Il} read as {@code II} (and back), {@code m} read as {@code rn} (and back). */
    static List<Candidate> ocrSlips(String name) {
        List<Candidate> out = new ArrayList<>();
        if (name.contains("Il") && IL.matcher(name).find()) {
            out.add(error(IL.matcher(name).replaceAll("II"), "I/l confusion"));
        }
        if (name.contains("II") && II_AFTER_NAME.matcher(name).find()) {
            out.add(error(II_AFTER_NAME.matcher(name).replaceAll("$1Il"), "I/l confusion"));
        }
        if (name.contains("m")) {
            out.add(error(name.replace("m", "rn"), "rn/m confusion"));
        }
        if (name.contains("rn")) {
            out.add(error(name.replace("rn", "m"), "rn/m confusion"));
        }
        return out;
    }

    /**
     * The truncated last syllable of a Korean name ({@code Kim Il Sung} → {@code Kim Il Sun}): the final
     * {@code g} of an {@code -ng} syllable is the letter typists and OCR drop; the rest must stay exact.
     */
    static List<Candidate> truncation(String name) {
        if (name.length() > 4 && name.endsWith("ng") && name.indexOf(' ') > 0) {
            return List.of(error(name.substring(0, name.length() - 1), "truncation"));
        }
        return List.of();
    }

    private static Candidate error(String value, String type) {
        return new Candidate(value, null, "Latn", null, VariantKind.ERROR, type);
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : KoreanNames.capitalise(s.toLowerCase(Locale.ROOT));
    }
}
