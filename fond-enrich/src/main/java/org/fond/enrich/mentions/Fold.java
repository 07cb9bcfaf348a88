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
        String decomposed = NFD.normalize(token);
        StringBuilder kept = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(c -> {
            if (UCharacter.getType(c) != UCharacterCategory.NON_SPACING_MARK && !isApostrophe(c) && !isHyphen(c)) {
                kept.appendCodePoint(c);
            }
        });
        return CASEFOLD.normalize(kept);
    }

    static boolean isApostrophe(int c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`';
    }

    static boolean isHyphen(int c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014'
                || c == '\u2212';
    }
}
