package org.fond.enrich.variants;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Chinese names: Hanzi forward to pinyin (ICU Han-Latin), and pinyin ↔ Wade–Giles by syllable. The pinyin
 * syllable inventory is read out of ICU's own Han-Latin data (every CJK ideograph's reading), so it is
 * not typed in by hand; the pinyin → Wade–Giles spelling rules are, since no library ships them. Forms
 * that neither system produces (Peking, Chiang Kai-shek, Canton) are a curated exception list.
 */
final class ChineseNames {

    /** Postal and customary forms no syllable rule yields, both ways: pinyin form → customary forms. */
    private static final Map<String, List<String>> EXCEPTIONS = Map.of(
            "Beijing", List.of("Peking", "Peiping", "Pei-ching"),
            "Nanjing", List.of("Nanking"),
            "Tianjin", List.of("Tientsin"),
            "Guangzhou", List.of("Canton"),
            "Xiamen", List.of("Amoy"),
            "Jiang Jieshi", List.of("Chiang Kai-shek"),
            "Sun Yixian", List.of("Sun Yat-sen"),
            "Mao Zedong", List.of("Mao Tse-tung"),
            "Zhou Enlai", List.of("Chou En-lai"));

    private static volatile Tables tables;

    /** {@code exact}: Wade–Giles syllable as the system writes it → pinyin; {@code loose}: with apostrophes or umlauts dropped. */
    private record Tables(Set<String> pinyin, Map<String, List<String>> exact, Map<String, List<String>> loose) {
    }

    private ChineseNames() {
    }

    static boolean isHanName(String s) {
        String t = s.replace(" ", "");
        return !t.isEmpty() && t.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /** A Hanzi personal name → pinyin and Wade–Giles, family name (first character) first; plus the other character set. */
    static List<Candidate> personFromHanzi(String han, boolean person) {
        String chars = han.replace(" ", "");
        if (!isHanName(chars)) {
            return List.of();
        }
        List<String> syllables = new ArrayList<>();
        for (String s : Transliterators.hanLatin(chars).trim().split("\\s+")) {
            syllables.add(NameKey.stripDiacritics(s).toLowerCase(Locale.ROOT).replace("ü", "u"));
        }
        if (syllables.size() != chars.codePointCount(0, chars.length())) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>();
        String pinyin;
        String wadeGiles;
        if (person && syllables.size() >= 2) {
            List<String> given = syllables.subList(1, syllables.size());
            pinyin = cap(syllables.getFirst()) + " " + cap(String.join("", given));
            wadeGiles = cap(wg(syllables.getFirst())) + " " + cap(String.join("-", given.stream().map(ChineseNames::wg).toList()));
        } else {
            pinyin = cap(String.join("", syllables));
            wadeGiles = cap(String.join("-", syllables.stream().map(ChineseNames::wg).toList()));
        }
        out.add(Candidate.romanization(pinyin, "zh-Latn", "pinyin"));
        out.add(Candidate.romanization(wadeGiles, "zh-Latn", "Wade-Giles"));
        for (String e : EXCEPTIONS.getOrDefault(pinyin, List.of())) {
            out.add(new Candidate(e, "en", "Latn", "customary", org.fond.core.authority.VariantKind.EXONYM, null));
        }
        String trad = Transliterators.traditional(chars);
        String simp = Transliterators.simplified(chars);
        for (String other : new LinkedHashSet<>(List.of(trad, simp))) {
            if (!other.equals(chars)) {
                out.add(new Candidate(other, other.equals(trad) ? "zh-Hant" : "zh-Hans", "Hani", null,
                        org.fond.core.authority.VariantKind.NATIVE_SCRIPT, null));
            }
        }
        return out;
    }

    /**
     * Other romanizations of a Latin Chinese name of the shape {@code Family Given}: pinyin → Wade–Giles,
     * Wade–Giles → pinyin (every reading when apostrophes were dropped), and the curated exceptions.
     */
    static List<Candidate> latinAlternatives(String name) {
        List<Candidate> out = new ArrayList<>();
        EXCEPTIONS.forEach((pinyin, customary) -> {
            if (pinyin.equals(name)) {
                customary.forEach(c -> out.add(new Candidate(c, "en", "Latn", "customary",
                        org.fond.core.authority.VariantKind.EXONYM, null)));
            } else if (customary.contains(name)) {
                out.add(Candidate.romanization(pinyin, "zh-Latn", "pinyin"));
            }
        });
        String[] tokens = name.trim().split("\\s+");
        // only "Family Given": a lone token (Chan, Dai) or an inverted catalogue form reads as too many things
        if (tokens.length != 2 || name.contains(",")) {
            return out;
        }
        List<List<String>> pinyinSyllables = new ArrayList<>();
        for (String t : tokens) {
            List<String> seg = segmentPinyin(t.toLowerCase(Locale.ROOT));
            if (seg == null) {
                pinyinSyllables = null;
                break;
            }
            pinyinSyllables.add(seg);
        }
        if (pinyinSyllables != null && pinyinSyllables.get(0).size() == 1
                && pinyinSyllables.get(1).size() <= 2) {
            out.add(Candidate.romanization(cap(wg(pinyinSyllables.get(0).getFirst())) + " "
                    + cap(String.join("-", pinyinSyllables.get(1).stream().map(ChineseNames::wg).toList())),
                    "zh-Latn", "Wade-Giles"));
        }
        List<List<String>> readings = new ArrayList<>();
        for (String t : tokens) {
            List<String> tokenReadings = wadeGilesToPinyin(t);
            if (tokenReadings.isEmpty()) {
                return out;
            }
            readings.add(tokenReadings);
        }
        if (!tokens[1].contains("-")) {
            return out; // "Family Given" in WG hyphenates a two-syllable given name; without it, too many false hits
        }
        for (String first : readings.getFirst()) {
            for (String rest : readings.get(1)) {
                String p = cap(first) + " " + cap(rest);
                if (!p.equalsIgnoreCase(name)) {
                    out.add(Candidate.romanization(p, "zh-Latn", "pinyin"));
                }
            }
        }
        return out;
    }

    /** Pinyin readings of one Wade–Giles token ({@code Tse-tung} → {@code zedong}); empty when it is not WG. */
    private static List<String> wadeGilesToPinyin(String token) {
        List<List<String>> parts = new ArrayList<>();
        for (String syl : token.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').split("-")) {
            // a syllable written as the system writes it reads one way; one stripped of its marks may read several
            List<String> p = tables().exact().getOrDefault(syl, tables().loose().get(syl));
            if (p == null) {
                return List.of();
            }
            parts.add(p);
        }
        List<String> out = List.of("");
        for (List<String> options : parts) {
            List<String> next = new ArrayList<>();
            for (String prefix : out) {
                for (String o : options) {
                    next.add(prefix + o);
                }
            }
            out = next.size() > 4 ? next.subList(0, 4) : next;
        }
        return out;
    }

    /**
     * Splits a joined pinyin token into syllables ({@code zedong} → ze + dong), or null: the longest
     * syllable first at each place, backing off to shorter ones. A tail that cannot be split is
     * remembered, so that a long token of syllable-like letters is not tried in exponentially many ways.
     */
    static List<String> segmentPinyin(String token) {
        if (token.isEmpty()) {
            return null;
        }
        return segmentPinyin(token, 0, tables().pinyin(), new boolean[token.length()]);
    }

    private static List<String> segmentPinyin(String token, int from, Set<String> inventory, boolean[] unsplittable) {
        if (unsplittable[from]) {
            return null;
        }
        for (int len = Math.min(6, token.length() - from); len >= 1; len--) {
            String head = token.substring(from, from + len);
            if (!inventory.contains(head)) {
                continue;
            }
            if (from + len == token.length()) {
                return new ArrayList<>(List.of(head));
            }
            List<String> rest = segmentPinyin(token, from + len, inventory, unsplittable);
            if (rest != null) {
                rest.addFirst(head);
                return rest;
            }
        }
        unsplittable[from] = true;
        return null;
    }

    /** The pinyin syllables a token is split into. */
    static Set<String> pinyinSyllables() {
        return tables().pinyin();
    }

    /** One pinyin syllable in Wade–Giles (with its aspiration apostrophes). */
    static String wg(String py) {
        String whole = switch (py) {
            case "zi" -> "tzu";
            case "ci" -> "tz'u";
            case "si" -> "ssu";
            case "zhi" -> "chih";
            case "chi" -> "ch'ih";
            case "shi" -> "shih";
            case "ri" -> "jih";
            case "er" -> "erh";
            case "you" -> "yu";
            case "yan" -> "yen";
            case "ye" -> "yeh";
            case "yi" -> "i";
            case "yong" -> "yung";
            default -> null;
        };
        if (whole != null) {
            return whole;
        }
        if (py.startsWith("yu")) {
            return "yü" + py.substring(2).replace("e", "eh");
        }
        String[][] initials = {{"zh", "ch"}, {"ch", "ch'"}, {"sh", "sh"}, {"b", "p"}, {"p", "p'"}, {"d", "t"},
                {"t", "t'"}, {"g", "k"}, {"k", "k'"}, {"j", "ch"}, {"q", "ch'"}, {"x", "hs"}, {"r", "j"},
                {"z", "ts"}, {"c", "ts'"}};
        String ini = "";
        String fin = py;
        String pyIni = "";
        for (String[] pair : initials) {
            if (py.startsWith(pair[0])) {
                ini = pair[1];
                pyIni = pair[0];
                fin = py.substring(pair[0].length());
                break;
            }
        }
        if (pyIni.isEmpty()) {
            for (String c : List.of("m", "f", "n", "l", "h", "s", "w")) {
                if (py.startsWith(c)) {
                    ini = c;
                    pyIni = c;
                    fin = py.substring(1);
                    break;
                }
            }
        }
        boolean palatal = pyIni.equals("j") || pyIni.equals("q") || pyIni.equals("x");
        if (palatal && fin.startsWith("u")) {
            fin = "ü" + fin.substring(1);
        }
        fin = switch (fin) {
            case "ong" -> "ung";
            case "ian" -> "ien";
            case "ie" -> "ieh";
            case "üe", "ue" -> "üeh";
            case "uo" -> Set.of("g", "k", "h", "sh").contains(pyIni) ? "uo" : "o";
            case "e" -> Set.of("g", "k", "h").contains(pyIni) ? "o" : "e";
            case "ui" -> Set.of("g", "k").contains(pyIni) ? "uei" : "ui";
            default -> fin;
        };
        return ini + fin;
    }

    private static Tables tables() {
        Tables t = tables;
        if (t == null) {
            synchronized (ChineseNames.class) {
                t = tables;
                if (t == null) {
                    t = buildTables();
                    tables = t;
                }
            }
        }
        return t;
    }

    private static Tables buildTables() {
        StringBuilder all = new StringBuilder();
        for (int cp = 0x4E00; cp <= 0x9FFF; cp++) {
            all.appendCodePoint(cp).append(' ');
        }
        Set<String> inventory = new TreeSet<>();
        for (String s : Transliterators.hanLatin(all.toString()).split(" ")) {
            String bare = NameKey.stripDiacritics(s).toLowerCase(Locale.ROOT);
            // interjection readings (m, ng, hm) are no syllables of names
            if (bare.matches("[a-z]+") && bare.matches(".*[aeiou].*")) {
                inventory.add(bare);
            }
        }
        Map<String, List<String>> exact = new HashMap<>();
        Map<String, List<String>> loose = new HashMap<>();
        for (String py : inventory) {
            String w = wg(py);
            exact.computeIfAbsent(w, k -> new ArrayList<>()).add(py);
            for (String form : new LinkedHashSet<>(List.of(w.replace("'", ""), w.replace("ü", "u"),
                    w.replace("'", "").replace("ü", "u")))) {
                loose.computeIfAbsent(form, k -> new ArrayList<>()).add(py);
            }
        }
        return new Tables(Set.copyOf(inventory), Map.copyOf(exact), Map.copyOf(loose));
    }

    private static String cap(String s) {
        return KoreanNames.capitalise(s);
    }
}
