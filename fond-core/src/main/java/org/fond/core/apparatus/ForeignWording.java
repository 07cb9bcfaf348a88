package org.fond.core.apparatus;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Small, explained heuristics for the translator's foreign-language brackets (MODEL.md §3.3 rules
 * 10–12). They are hand-written because no library answers "is this Latin word English or
 * romanized Russian": a Latin→Cyrillic transliterator (ICU {@code Latin-Cyrillic}) converts any
 * Latin string, English or not, so a round trip through it proves nothing, and shipping an English
 * dictionary for a handful of brackets per record would be out of proportion.
 */
final class ForeignWording {
    /** Lower-case Latin words, with the apostrophe Russian romanization uses for the soft sign. */
    private static final Pattern LOWER_LATIN_WORD = Pattern.compile("[a-z]+(?:['\u2019][a-z]*)?(?:-[a-z]+)*");
    /**
     * Letter patterns that romanized Russian has and everyday English almost never has:
     * kh, zh, shch (х, ж, щ); ts before a vowel (ц); a soft-sign apostrophe after a consonant other
     * than s (s' is the English plural possessive); ya/yu after a consonant (я, ю); and the
     * adjective endings -iy, -yy, -aya, -oye, -yye, -ykh, -ogo.
     */
    private static final Pattern RUSSIAN_MARKER = Pattern.compile(
            "kh|zh|shch|ts[aeiouy]|[bcdfghjklmnpqrtvwxz]['\u2019]|[bcdfghjklmnpqrstvz]y[au]"
                    + "|(?:iy|yy|aya|oye|yye|ykh|ogo)$");
    /** English words that may stand in a supplied bracket but carry a marker by accident. */
    private static final Set<String> ENGLISH = Set.of("the", "a", "an", "of", "in", "to", "and", "or", "for",
            "with", "by", "on", "at", "from", "that", "this", "is", "are", "was", "were", "me", "him", "her",
            "it", "they", "them", "we", "us", "you", "there", "he", "she", "his", "its", "their", "our", "not",
            "khaki", "khan", "sheikh", "pizza", "tsunami", "lawyer", "kenya", "kenyan", "libya");

    /**
     * Romanized syllables of Chinese (pinyin), Korean and Japanese: an optional initial, a vowel
     * nucleus and an optional final. A title all of whose words split into such syllables
     * ({@code Renmin Ribao}) is taken as foreign; English words rarely split ({@code People} does not).
     */
    private static final Pattern ROMANIZED_WORD = Pattern.compile(
            "(?:(?:zh|ch|sh|ts|kk|tt|pp|ss|jj|[bpmfdtnlgkhjqxrzcsyw])?"
                    + "(?:yeo|iao|uai|ia|ie|iu|ua|uo|ui|ue|ai|ei|ao|ou|eo|eu|ae|oe|ya|yo|yu|ye|wa|wo|we|wi|[aeiouv])"
                    + "(?:ng|[nmlk](?![aeiouvy]))?)+");

    private ForeignWording() {
    }

    /** Whether bracket content is romanized Russian wording ({@code berut plokho}, {@code artel'}). */
    static boolean isRussianWording(String content) {
        List<String> words = words(content);
        if (words.isEmpty() || words.size() > 6) {
            return false;
        }
        boolean marked = false;
        for (String w : words) {
            if (!LOWER_LATIN_WORD.matcher(w).matches() || ENGLISH.contains(w)) {
                return false;
            }
            marked |= RUSSIAN_MARKER.matcher(w).find();
        }
        return marked;
    }

    /** Whether every word of {@code title} (at least two) is a romanized Chinese, Korean or Japanese word. */
    static boolean isRomanizedTitle(List<String> title) {
        if (title.size() < 2) {
            return false;
        }
        for (String w : title) {
            // short words only: real syllables are few, and a bound keeps the regex from backtracking long
            if (w.length() > 24 || !ROMANIZED_WORD.matcher(w.toLowerCase(Locale.ROOT)).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code alt} spells the same name as {@code name} in another romanization: the same
     * number of syllable parts (split at spaces and hyphens), the same first letter of the first
     * part and of all but at most one of the others, and not the same letters.
     */
    static boolean isAltRomanization(List<String> name, List<String> alt) {
        List<String> a = parts(name);
        List<String> b = parts(alt);
        if (a.isEmpty() || a.size() != b.size() || letters(a).equals(letters(b))) {
            return false;
        }
        int mismatches = 0;
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).charAt(0) != b.get(i).charAt(0)) {
                if (i == 0) {
                    return false;
                }
                mismatches++;
            }
        }
        return mismatches <= (a.size() >= 3 ? 1 : 0);
    }

    /** The words of a name-like sequence: each capitalized, letters, hyphens and apostrophes only. */
    static boolean isNameLike(List<String> words) {
        if (words.isEmpty() || words.size() > 4) {
            return false;
        }
        for (String w : words) {
            if (!w.matches("\\p{Lu}[\\p{L}'\u2019\\-]*")) {
                return false;
            }
        }
        return true;
    }

    static List<String> words(String content) {
        String s = content.strip();
        return s.isEmpty() ? List.of() : List.of(s.split("\\s+"));
    }

    private static List<String> parts(List<String> words) {
        return words.stream().flatMap(w -> java.util.Arrays.stream(w.split("-")))
                .filter(p -> !p.isEmpty()).map(p -> p.toLowerCase(Locale.ROOT)).toList();
    }

    private static String letters(List<String> parts) {
        return String.join("", parts);
    }
}
