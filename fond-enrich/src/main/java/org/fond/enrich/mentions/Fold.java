package org.fond.enrich.mentions;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;

/**
 * The matching form of a token: case, width and compatibility folded (ICU NFKC_Casefold), diacritics
 * removed ({@code Chargé} = {@code charge}), apostrophes dropped ({@code O’Brien} = {@code obrien}),
 * and a hyphen alone folded to nothing, so that {@code Il-sung}, {@code Il sung} and {@code IL SUNG}
 * meet. Every method is thread-safe.
 */
public final class Fold {
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Normalizer2 CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

    private Fold() {
    }

    /** The folded key of one token's text. */
    public static String key(String token) {
        String ascii = asciiKey(token);
        return ascii != null ? ascii : icuKey(token);
    }

    /** The full fold through ICU, for any text. */
    static String icuKey(String token) {
        String decomposed = NFD.normalize(token);
        StringBuilder kept = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(c -> {
            if (UCharacter.getType(c) != UCharacterCategory.NON_SPACING_MARK && !isApostrophe(c) && !isHyphen(c)) {
                kept.appendCodePoint(c);
            }
        });
        return CASEFOLD.normalize(kept);
    }

    /**
     * Most tokens of an English translation are plain ASCII, whose fold is only lower case with
     * apostrophes and hyphens dropped: NFKC_Casefold maps no ASCII letter or digit to anything else.
     * Null when the token has any other character, which then takes the full ICU path.
     */
    private static String asciiKey(String token) {
        boolean upper = false;
        boolean drop = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            upper |= c >= 'A' && c <= 'Z';
            drop |= c == '\'' || c == '-' || c == '`';
        }
        if (!drop) {
            // asked of every token of every record: one pass, and the JDK's lower-casing (A-Z only, here) or none
            return upper ? token.toLowerCase(java.util.Locale.ROOT) : token;
        }
        StringBuilder kept = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c != '\'' && c != '-' && c != '`') {
                kept.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            }
        }
        return kept.toString();
    }

    static boolean isApostrophe(int c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`';
    }

    static boolean isHyphen(int c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014'
                || c == '\u2212';
    }
}
