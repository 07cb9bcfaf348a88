package org.fond.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.RuleBasedBreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizerConfig;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.fond.core.testing.PieceTexts;
import org.fond.search.RealCorpus;
import org.junit.jupiter.api.Test;

/** The analysis chain on fond-core's word break iterator gives the tokens it gives on ICU's own. */
class WordBreaksTest {

    /** The same configuration with ICU's root word iterator. */
    private static final class IcuWordBreaks extends ICUTokenizerConfig {
        private static final RuleBasedBreakIterator ROOT =
                (RuleBasedBreakIterator) BreakIterator.getWordInstance(ULocale.ROOT);
        private final WordBreaks words = new WordBreaks();

        @Override
        public RuleBasedBreakIterator getBreakIterator(int script) {
            return ROOT.clone();
        }

        @Override
        public String getType(int script, int ruleStatus) {
            return words.getType(script, ruleStatus);
        }

        @Override
        public boolean combineCJ() {
            return words.combineCJ();
        }
    }

    @Test
    void analysesRealRecordsAsOnIcusIterator() throws IOException {
        List<String> texts = RealCorpus.seedAndVolumeTexts("frus1918Russiav03");
        int tokens = 0;
        for (String text : texts) {
            tokens += assertSameTokens(text);
        }
        assertThat(tokens).isGreaterThan(100_000);
    }

    @Test
    void analysesRandomTextAsOnIcusIterator() throws IOException {
        String[] pieces = {"Kim", "Il-sung", "’s", "'s", "U.S.", "3,564", "1957", "a:b", "x_y", " ", "  ", "\n", "\r\n",
            "\t", ".", ",", ";", "(", "—", "\u00A0", "毛泽东", "김일성은", "ｶﾀｶﾅ", "ひらがな", "Ким", "Hŭngnam", "u\u0306",
            "\uD840\uDC00", "😀", "#️⃣", "©", "ß", "İ", "ﬁ", "\u05D0\"\u05D1", "ภาษาไทย", "\u200D", "\u00AD", "é"};
        Random random = new Random(20261123);
        int tokens = 0;
        for (int i = 0; i < 3_000; i++) {
            int n = i % 100 == 0 ? 3_000 : random.nextInt(40);
            tokens += assertSameTokens(PieceTexts.join(random, pieces, n + 1));
        }
        assertThat(tokens).isGreaterThan(50_000);
    }

    private static int assertSameTokens(String text) throws IOException {
        int n = 0;
        for (boolean forQuery : new boolean[] {false, true}) {
            List<String> expected = tokens(new FondAnalyzer(forQuery, new IcuWordBreaks()), text);
            List<String> actual = tokens(new FondAnalyzer(forQuery, new WordBreaks()), text);
            if (!actual.equals(expected)) {
                assertThat(actual).as(text).isEqualTo(expected);
            }
            n += actual.size();
        }
        return n;
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (analyzer; TokenStream ts = analyzer.tokenStream(RecordDocument.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + " " + type.type() + " +" + increment.getPositionIncrement() + " "
                        + offset.startOffset() + "-" + offset.endOffset());
            }
            ts.end();
            out.add("end " + offset.endOffset() + " +" + increment.getPositionIncrement());
        }
        return out;
    }
}
