package org.fond.search.lucene;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.RuleBasedBreakIterator;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.icu.segmentation.DefaultICUTokenizerConfig;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizerConfig;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.fond.core.text.WordBreakIterator;

/**
 * Word boundaries from ICU's own root word break rules, for the ICU tokenizer.
 *
 * <p>Lucene's {@link DefaultICUTokenizerConfig} loads break rules compiled for the ICU version
 * Lucene was built with; ICU4J 79 (which fond-core uses for transliteration) refuses that file
 * ("Header authentication failed"). ICU's built-in word rules always match the ICU4J on the
 * classpath, follow the same Unicode rules (UAX #29 with dictionaries for Han, Thai…), and the
 * token types are the ones {@link CJKBigramFilter} expects, as in the default config. Unlike the
 * default config it does not split Myanmar into syllables, which Fond's sources do not need.
 *
 * <p>The iterator is fond-core's {@link WordBreakIterator}: ICU's root boundaries and statuses,
 * read directly for plain Latin, Cyrillic and Greek text and by ICU for the rest.
 */
final class WordBreaks extends ICUTokenizerConfig {

    @Override
    public RuleBasedBreakIterator getBreakIterator(int script) {
        // each tokenizer needs its own iterator: break iterators keep state
        return WordBreakIterator.newInstance();
    }

    @Override
    public String getType(int script, int ruleStatus) {
        if (ruleStatus == EMOJI_SEQUENCE_STATUS) {
            return type(StandardTokenizer.EMOJI);
        }
        if (ruleStatus >= BreakIterator.WORD_IDEO && ruleStatus < BreakIterator.WORD_IDEO_LIMIT) {
            return type(StandardTokenizer.IDEOGRAPHIC);
        }
        if (ruleStatus >= BreakIterator.WORD_KANA && ruleStatus < BreakIterator.WORD_KANA_LIMIT) {
            return script == UScript.HIRAGANA ? type(StandardTokenizer.HIRAGANA)
                    : type(StandardTokenizer.KATAKANA);
        }
        if (ruleStatus >= BreakIterator.WORD_LETTER && ruleStatus < BreakIterator.WORD_LETTER_LIMIT) {
            return script == UScript.HANGUL ? type(StandardTokenizer.HANGUL)
                    : type(StandardTokenizer.ALPHANUM);
        }
        if (ruleStatus >= BreakIterator.WORD_NUMBER && ruleStatus < BreakIterator.WORD_NUMBER_LIMIT) {
            return type(StandardTokenizer.NUM);
        }
        return "<OTHER>";
    }

    /**
     * The standard token type names; not taken from {@link DefaultICUTokenizerConfig}, whose class
     * initialiser loads the incompatible rules.
     */
    private static String type(int standardType) {
        return StandardTokenizer.TOKEN_TYPES[standardType];
    }

    @Override
    public boolean combineCJ() {
        // Han and kana in one run, so ICU's Chinese/Japanese dictionary sees whole words
        return true;
    }
}
