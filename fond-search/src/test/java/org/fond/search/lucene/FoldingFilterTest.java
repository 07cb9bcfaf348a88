package org.fond.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.fond.core.testing.PieceTexts;
import org.fond.search.RealCorpus;
import org.junit.jupiter.api.Test;

/** Fond's folding filter gives the terms (and offsets) Lucene's ICU folding filter gives. */
class FoldingFilterTest {

    @Test
    void foldsEveryAsciiCharacterAsIcuDoes() {
        int lowered = 0;
        for (char c = 0; c < 0x80; c++) {
            char[] one = {c};
            if (FoldingFilter.lowerAscii(one, 1)) {
                lowered++;
                assertThat(String.valueOf(one)).as("U+%04X", (int) c)
                        .isEqualTo(ICUFoldingFilter.NORMALIZER.normalize(String.valueOf(c)));
            } else {
                assertThat(String.valueOf(one)).as("U+%04X left to ICU unchanged", (int) c).isEqualTo(String.valueOf(c));
            }
        }
        assertThat(lowered).as("ASCII characters folded without ICU").isGreaterThan(120);
        assertThat(FoldingFilter.lowerAscii("a^b".toCharArray(), 3)).as("ICU drops ^").isFalse();
        assertThat(FoldingFilter.lowerAscii("Kimé".toCharArray(), 4)).isFalse();
        char[] untouched = "KIM é".toCharArray();
        FoldingFilter.lowerAscii(untouched, untouched.length);
        assertThat(String.valueOf(untouched)).as("a word that is not all ASCII is left to ICU whole").isEqualTo("KIM é");
    }

    @Test
    void foldsRealRecordsAsIcuDoes() throws IOException {
        List<String> texts = RealCorpus.seedAndVolumeTexts("frus1918Russiav03");
        int words = 0;
        for (String text : texts) {
            List<String> icu = terms(text, ICUFoldingFilter::new);
            assertThat(terms(text, FoldingFilter::new)).isEqualTo(icu);
            words += icu.size();
        }
        assertThat(words).isGreaterThan(100_000);
    }

    @Test
    void foldsOddTextAsIcuDoes() throws IOException {
        String[] pieces = {"Kim", "KIM", "Il-sung", "’S", "'s", "U.S.", "3,564", "A_B", " ", "\n", "Ким", "КИМ", "Hŭngnam",
            "HŬNGNAM", "u\u0306", "ß", "İ", "ı", "ﬁ", "Ｋｉｍ", "ｶﾀｶﾅ", "김일성은", "毛泽东", "K", "Å", "ǅ", "ſ", "Σ", "\u00AD", "@",
            "x\u0301", "\uD835\uDC00", "é", "É", "Æ", "Ø", "Ł", "^", "`", "a^", "~", "Q"};
        Random random = new Random(20261207);
        int words = 0;
        for (int i = 0; i < 5_000; i++) {
            String text = PieceTexts.join(random, pieces, random.nextInt(30) + 1);
            List<String> icu = terms(text, ICUFoldingFilter::new);
            assertThat(terms(text, FoldingFilter::new)).as(text).isEqualTo(icu);
            words += icu.size();
        }
        assertThat(words).isGreaterThan(20_000);
    }

    /** Each term with its offsets, {@code start-end@term}, after Fond's tokenizer and the given folding. */
    private static List<String> terms(String text, Function<TokenStream, TokenStream> folding) throws IOException {
        Tokenizer tokenizer = new ICUTokenizer(new WordBreaks());
        tokenizer.setReader(new StringReader(text));
        List<String> out = new ArrayList<>();
        try (TokenStream stream = folding.apply(tokenizer)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(offsets.startOffset() + "-" + offsets.endOffset() + "@" + term);
            }
            stream.end();
        }
        return out;
    }
}
