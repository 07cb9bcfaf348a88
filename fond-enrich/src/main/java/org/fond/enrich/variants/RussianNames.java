package org.fond.enrich.variants;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Russian names: Cyrillic forward to BGN/PCGN (ICU's Russian-Latin/BGN), Library of Congress without
 * diacritics and the scholarly system (both hand-mapped: ICU ships neither, and its Cyrillic-Latin is
 * ISO 9, which no source of ours uses), and, for names known only in Latin script, the spelling swaps
 * that separate those systems in practice: ye/e, yu/iu, ya/ia, -iy/-ii/-y, ay/ai (Yudin = Iudin,
 * Sergeyevich = Sergeevich, Georgiy = Georgii).
 */
final class RussianNames {

    private static final Map<Character, String> LC = letters(
            "а a б b в v г g д d е e ё e ж zh з z и i й i к k л l м m н n о o п p р r с s т t у u ф f "
                    + "х kh ц ts ч ch ш sh щ shch ъ _ ы y ь _ э e ю iu я ia");
    private static final Map<Character, String> SCHOLARLY = letters(
            "а a б b в v г g д d е e ё ë ж ž з z и i й j к k л l м m н n о o п p р r с s т t у u ф f "
                    + "х x ц c ч č ш š щ šč ъ _ ы y ь _ э è ю ju я ja");
    private static final Pattern PATRONYMIC = Pattern.compile("\\b\\p{L}+(ovich|evich|ovna|evna)\\b");
    private static final List<Rule> TO_LC = List.of(
            Rule.of("\\bYe", "E"), Rule.of("\\bye", "e"),
            Rule.of("([aeiouAEIOU])ye", "$1e"),
            Rule.of("\\bY([auo])", "I$1"),
            Rule.of("([^\\s\\-aeiouyAEIOUY])y([auo])", "$1i$2"),
            Rule.of("([aeiou])y([^aeiouy\\s\\-]|\\b)", "$1i$2"),
            Rule.of("iy\\b", "ii"));
    // "ie" stays: Sergeievich is its own slip, not an LC spelling to respell
    private static final List<Rule> TO_BGN = List.of(
            Rule.of("\\bI([auo])", "Y$1"),
            Rule.of("([^\\s\\-aeiouyAEIOUY])i([auo])", "$1y$2"),
            Rule.of("([aeou])e", "$1ye"),
            Rule.of("([aou])i([^aeiouy\\s\\-])", "$1y$2"),
            Rule.of("ii\\b", "iy"));
    private static final Pattern ENDING_Y = Pattern.compile("i[iy]\\b");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    private RussianNames() {
    }

    static boolean isCyrillic(String s) {
        return CYRILLIC.matcher(s).find();
    }

    /** Whether a Latin name reads as Russian: it carries a patronymic. */
    static boolean looksRussian(String latin) {
        return PATRONYMIC.matcher(latin).find();
    }

    /** BGN, BGN without ë, LC and scholarly forms of a Cyrillic name. */
    static List<Candidate> fromCyrillic(String cyrillic) {
        // BGN marks a ts/z or z/e split with a middle dot (Tsz·edun); sources never print it
        String bgn = Transliterators.russianBgn(cyrillic).replace("·", "");
        List<Candidate> out = new ArrayList<>();
        out.add(Candidate.romanization(bgn, "ru-Latn", "BGN/PCGN"));
        if (bgn.contains("ë")) {
            out.add(Candidate.romanization(bgn.replace("ë", "yo").replace("Ë", "Yo"), "ru-Latn", "BGN/PCGN"));
            out.add(Candidate.searchOnly(bgn.replace("ë", "e").replace("Ë", "E"), "BGN/PCGN"));
        }
        out.add(Candidate.romanization(map(cyrillic, LC), "ru-Latn", "ALA-LC"));
        out.add(Candidate.romanization(map(cyrillic, SCHOLARLY), "ru-Latn", "scholarly"));
        return out;
    }

    /** The other system's spelling of a Latin-script Russian name (both directions), without duplicates. */
    static List<Candidate> latinAlternatives(String latin) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(toLc(latin));
        forms.add(toBgn(latin));
        forms.add(endingY(latin));
        forms.remove(latin);
        return forms.stream().map(f -> Candidate.searchOnly(f, "russian-spelling")).toList();
    }

    /** BGN-style → LC-style: Yudin → Iudin, Vyacheslav → Viacheslav, Sergeyevich → Sergeevich, -iy → -ii. */
    static String toLc(String s) {
        return Rule.apply(s, TO_LC);
    }

    /** LC-style → BGN-style: Iudin → Yudin, Viacheslav → Vyacheslav, Sergeevich → Sergeyevich, -ii → -iy. */
    static String toBgn(String s) {
        return Rule.apply(s, TO_BGN);
    }

    /** -iy and -ii endings as plain -y (Georgiy → Georgy), the English habit. */
    static String endingY(String s) {
        return ENDING_Y.matcher(s).replaceAll("y");
    }

    /** A compiled respelling rule; the rules run in order, each on the previous one's output. */
    private record Rule(Pattern pattern, String replacement) {
        static Rule of(String regex, String replacement) {
            return new Rule(Pattern.compile(regex), replacement);
        }

        static String apply(String s, List<Rule> rules) {
            String r = s;
            for (Rule rule : rules) {
                r = rule.pattern().matcher(r).replaceAll(rule.replacement());
            }
            return r;
        }
    }

    private static String map(String cyrillic, Map<Character, String> table) {
        StringBuilder out = new StringBuilder();
        boolean wordStart = true;
        for (char c : cyrillic.toCharArray()) {
            char lower = Character.toLowerCase(c);
            String m = table.get(lower);
            if (m == null) {
                out.append(c);
                wordStart = !Character.isLetter(c);
                continue;
            }
            if (m.equals("_")) {
                continue; // hard and soft signs drop out of the searchable form
            }
            out.append(Character.isUpperCase(c) && wordStart ? KoreanNames.capitalise(m) : m);
            wordStart = false;
        }
        return out.toString();
    }

    private static Map<Character, String> letters(String pairs) {
        String[] t = pairs.split(" ");
        java.util.HashMap<Character, String> m = new java.util.HashMap<>();
        for (int i = 0; i < t.length; i += 2) {
            m.put(t[i].charAt(0), t[i + 1]);
        }
        return Map.copyOf(m);
    }
}
