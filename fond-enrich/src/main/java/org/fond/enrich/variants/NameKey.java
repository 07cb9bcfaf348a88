package org.fond.enrich.variants;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;

/**
 * The matching key of a whole name (MODEL.md §5.10): NFKC with case folding, diacritics stripped
 * (ŏ→o, ё→е), and everything that is not a letter or digit dropped — so hyphen, space and none meet
 * ({@code Il-sung} = {@code Il Sung} = {@code Ilsung}), apostrophes go ({@code Ch'oe} = {@code Choe}) and
 * {@code A.M.} = {@code A. M.}. The key is for the index only; stored names keep every character.
 */
public final class NameKey {
    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private NameKey() {
    }

    /** The key of {@code name}; empty when the name holds no letter or digit. */
    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = NFD.normalize(NFKC_CF.normalize(name));
        StringBuilder kept = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int cat = UCharacter.getType(cp);
            // modifier letters (ʼ ʻ) are apostrophes in romanized names, not letters of the name
            if (cat == UCharacterCategory.MODIFIER_LETTER || cat == UCharacterCategory.NON_SPACING_MARK) {
                continue;
            }
            if (UCharacter.isLetterOrDigit(cp)) {
                kept.appendCodePoint(cp);
            }
        }
        return NFC.normalize(kept);
    }

    /** The name without diacritics but otherwise as written ({@code P'yŏngyang} → {@code P'yongyang}). */
    public static String stripDiacritics(String name) {
        String d = NFD.normalize(name);
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); ) {
            int cp = d.codePointAt(i);
            i += Character.charCount(cp);
            if (UCharacter.getType(cp) != UCharacterCategory.NON_SPACING_MARK) {
                out.appendCodePoint(cp);
            }
        }
        return NFC.normalize(out);
    }
}
