package org.fond.enrich.variants;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * The CLDR transliterators ICU4J ships, behind one lock each: a {@link Transliterator} instance is not
 * promised to be safe across threads, and building one is costly, so each is built once.
 */
final class Transliterators {
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Transliterator RUSSIAN_BGN = Transliterator.getInstance("Russian-Latin/BGN");
    private static final Transliterator KOREAN_BGN = Transliterator.getInstance("Korean-Latin/BGN");
    private static final Transliterator HANGUL_LATIN = Transliterator.getInstance("Hangul-Latin");
    private static final Transliterator HAN_LATIN = Transliterator.getInstance("Han-Latin");
    private static final Transliterator HANS_HANT = Transliterator.getInstance("Hans-Hant");
    private static final Transliterator HANT_HANS = Transliterator.getInstance("Hant-Hans");

    private Transliterators() {
    }

    static String russianBgn(String cyrillic) {
        synchronized (RUSSIAN_BGN) {
            return RUSSIAN_BGN.transliterate(cyrillic);
        }
    }

    /** McCune–Reischauer-based BGN; its rules expect decomposed jamo, so the input is NFD first. */
    static String koreanBgn(String hangul) {
        synchronized (KOREAN_BGN) {
            return KOREAN_BGN.transliterate(NFD.normalize(hangul));
        }
    }

    /** ICU's Hangul-Latin (ISO/TR 11941, close to Revised Romanization). */
    static String hangulLatin(String hangul) {
        synchronized (HANGUL_LATIN) {
            return HANGUL_LATIN.transliterate(hangul);
        }
    }

    /** Pinyin with tone marks, one syllable per character, separated by spaces. */
    static String hanLatin(String han) {
        synchronized (HAN_LATIN) {
            return HAN_LATIN.transliterate(han);
        }
    }

    static String traditional(String han) {
        synchronized (HANS_HANT) {
            return HANS_HANT.transliterate(han);
        }
    }

    static String simplified(String han) {
        synchronized (HANT_HANS) {
            return HANT_HANS.transliterate(han);
        }
    }
}
