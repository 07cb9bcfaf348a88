package org.fond.enrich.variants;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Korean personal names from Hangul forward to McCune–Reischauer (via ICU's Korean-Latin/BGN) and Revised
 * Romanization (via ICU's Hangul-Latin, corrected for syllable-final k/t/p), one syllable at a time with
 * the family name first. Family names do not follow either system in practice (김 is Kim, not Gim; the
 * DPRK writes 리 as Ri), so a short table of conventional family spellings is written here by hand; the
 * Russian-style forms (Kim Ir Sen) come from the Cyrillic form, never from these rules.
 */
final class KoreanNames {

    /** Conventional family spellings: [M-R, RR, other common spellings…]. */
    private static final Map<String, List<String>> FAMILY = Map.ofEntries(
            Map.entry("김", List.of("Kim", "Kim")),
            Map.entry("박", List.of("Pak", "Bak", "Park")),
            Map.entry("리", List.of("Ri", "I", "Li", "Lee", "Yi", "Rhee")),
            Map.entry("이", List.of("Yi", "I", "Lee", "Ri", "Li", "Rhee")),
            Map.entry("최", List.of("Ch'oe", "Choe", "Choi")),
            Map.entry("정", List.of("Chŏng", "Jeong", "Chung")),
            Map.entry("조", List.of("Cho", "Jo")),
            Map.entry("강", List.of("Kang", "Gang")),
            Map.entry("장", List.of("Chang", "Jang")),
            Map.entry("윤", List.of("Yun", "Yun", "Yoon")),
            Map.entry("림", List.of("Rim", "Im", "Lim")),
            Map.entry("임", List.of("Im", "Im", "Lim", "Rim")),
            Map.entry("류", List.of("Ryu", "Yu", "Yoo")),
            Map.entry("유", List.of("Yu", "Yu", "Yoo", "Ryu")),
            Map.entry("로", List.of("Ro", "No", "Roh", "Noh")),
            Map.entry("노", List.of("No", "No", "Roh", "Ro")),
            Map.entry("서", List.of("Sŏ", "Seo", "Suh")),
            Map.entry("허", List.of("Hŏ", "Heo", "Hur")),
            Map.entry("한", List.of("Han", "Han")),
            Map.entry("남", List.of("Nam", "Nam")));

    /** The initial-liquid alternations of family names in Latin script (MODEL.md §5.10). */
    private static final List<List<String>> LIQUID_GROUPS = List.of(
            List.of("Ri", "Li", "Lee", "Yi", "Rhee"),
            List.of("Ro", "No", "Roh", "Noh"),
            List.of("Ryu", "Yu", "Yoo"),
            List.of("Rim", "Im", "Lim"));

    private KoreanNames() {
    }

    static boolean isHangulName(String s) {
        String t = s.replace(" ", "");
        return !t.isEmpty() && t.codePoints().allMatch(cp -> cp >= 0xAC00 && cp <= 0xD7A3);
    }

    /** M-R and RR forms of a Hangul personal name, family name first (김일성 → Kim Il-sŏng, Kim Il-seong). */
    static List<Candidate> personFromHangul(String hangul) {
        String syllables = hangul.replace(" ", "");
        if (!isHangulName(syllables) || syllables.length() < 2 || syllables.length() > 4) {
            return List.of();
        }
        String family = syllables.substring(0, 1);
        String given = syllables.substring(1);
        List<String> mrGiven = new ArrayList<>();
        List<String> rrGiven = new ArrayList<>();
        for (int i = 0; i < given.length(); i++) {
            String syl = given.substring(i, i + 1);
            mrGiven.add(mrSyllable(syl));
            rrGiven.add(rrSyllable(syl));
        }
        voiceMedial(mrGiven);
        List<String> famForms = FAMILY.get(family);
        String mrFamily = famForms != null ? famForms.get(0) : capitalise(mrSyllable(family));
        String rrFamily = famForms != null ? famForms.get(1) : capitalise(rrSyllable(family));
        List<Candidate> out = new ArrayList<>();
        out.add(Candidate.romanization(mrFamily + " " + hyphenated(mrGiven), "ko-Latn", "McCune-Reischauer"));
        out.add(Candidate.romanization(rrFamily + " " + hyphenated(rrGiven), "ko-Latn", "Revised-Romanization"));
        if (famForms != null) {
            for (String other : famForms.subList(2, famForms.size())) {
                out.add(Candidate.searchOnly(other + " " + hyphenated(rrGiven), "family-name-convention"));
            }
        }
        return out;
    }

    /** A Hangul place or single word: M-R and RR as one capitalised word (평양 → P'yŏngyang, Pyeongyang). */
    static List<Candidate> wordFromHangul(String hangul) {
        String syllables = hangul.replace(" ", "");
        if (!isHangulName(syllables)) {
            return List.of();
        }
        return List.of(
                Candidate.romanization(capitalise(Transliterators.koreanBgn(syllables)), "ko-Latn", "McCune-Reischauer"),
                Candidate.romanization(capitalise(rrWord(syllables)), "ko-Latn", "Revised-Romanization"));
    }

    /** Other family spellings of a Latin Korean name ({@code Ri Dong-geon} → {@code Li Dong-geon}, {@code Lee …}). */
    static List<Candidate> liquidAlternations(String latinName) {
        int space = latinName.indexOf(' ');
        if (space <= 0) {
            return List.of();
        }
        String family = latinName.substring(0, space);
        String rest = latinName.substring(space);
        for (List<String> group : LIQUID_GROUPS) {
            if (group.contains(family)) {
                return group.stream().filter(f -> !f.equals(family))
                        .map(f -> Candidate.searchOnly(f + rest, "korean-initial-liquid")).toList();
            }
        }
        return List.of();
    }

    private static String mrSyllable(String syl) {
        return Transliterators.koreanBgn(syl).replace('’', '\'');
    }

    /** Hangul-Latin writes final ㄱ ㄷ ㅂ as g d b; Revised Romanization writes k t p at a syllable's end. */
    private static String rrSyllable(String syl) {
        String r = Transliterators.hangulLatin(syl);
        if (r.endsWith("g") && !r.endsWith("ng")) {
            return r.substring(0, r.length() - 1) + "k";
        }
        if (r.endsWith("d")) {
            return r.substring(0, r.length() - 1) + "t";
        }
        if (r.endsWith("b")) {
            return r.substring(0, r.length() - 1) + "p";
        }
        return r;
    }

    private static String rrWord(String syllables) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < syllables.length(); i++) {
            sb.append(rrSyllable(syllables.substring(i, i + 1)));
        }
        return sb.toString();
    }

    /** M-R voices k t p ch after a vowel or a voiced final inside a given name (Tong-kŏn → Tong-gŏn). */
    private static void voiceMedial(List<String> given) {
        for (int i = 1; i < given.size(); i++) {
            String prev = given.get(i - 1);
            String cur = given.get(i);
            char last = prev.charAt(prev.length() - 1);
            boolean voicedBefore = "aeiouŏŭnmlg".indexOf(last) >= 0 && !prev.endsWith("k");
            if (!voicedBefore || cur.contains("'")) {
                continue;
            }
            if (cur.startsWith("ch")) {
                given.set(i, "j" + cur.substring(2));
            } else if (cur.startsWith("k")) {
                given.set(i, "g" + cur.substring(1));
            } else if (cur.startsWith("t")) {
                given.set(i, "d" + cur.substring(1));
            } else if (cur.startsWith("p")) {
                given.set(i, "b" + cur.substring(1));
            }
        }
    }

    private static String hyphenated(List<String> given) {
        return capitalise(String.join("-", given).toLowerCase(Locale.ROOT));
    }

    static String capitalise(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        return new String(Character.toChars(Character.toUpperCase(first))) + s.substring(Character.charCount(first));
    }
}
