package org.fond.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.icu.tokenattributes.ScriptAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.fond.core.testing.PieceTexts;
import org.fond.search.RealCorpus;
import org.junit.jupiter.api.Test;

/** Fond's tokenizer gives the tokens, offsets, types and scripts of Lucene's ICU tokenizer on the same config. */
class FondTokenizerTest {

    @Test
    void tokenizesRealRecordsAsIcusTokenizer() throws IOException {
        List<String> texts = new ArrayList<>(RealCorpus.seedAndVolumeTexts("frus1918Russiav03"));
        texts.addAll(RealCorpus.seedAndVolumeTexts("frus1901China"));
        int tokens = 0;
        for (String text : texts) {
            tokens += assertSameTokens(text);
        }
        assertThat(tokens).isGreaterThan(200_000);
    }

    @Test
    void tokenizesOddTextAsIcusTokenizer() throws IOException {
        String[] pieces = {"Kim", "Il-sung", "’s", "'s", "U.S.", "3,564", "1957", "a:b", "x_y", " ", "  ", "\n", "\r\n",
            "\t", ".", ",", ";", "(", "—", "–", "“", "”", "\u00A0", "\u3000", "毛泽东", "김일성은", "Muccio는", "ｶﾀｶﾅ",
            "ひらがな", "Ким", "КимIl", "Hŭngnam", "u\u0306", "\u0301", "\uD840\uDC00", "\uD835\uDC00", "\uD800", "😀", "#️⃣",
            "1\uFE0F", "2\u20E3", "#", "*", "©", "®", "™", "ß", "İ", "ﬁ", "\u05D0\"\u05D1", "ภาษาไทย", "\u200D",
            "\u00AD", "é", "Ｋｉｍ", "１９５７", "Ⅻ", "ǅ", "Σ", "§", "¼", "…", "<b>", "&amp;", "\u0000", "\uFFFD", "x"};
        Random random = new Random(20261207);
        int tokens = 0;
        for (int i = 0; i < 4_000; i++) {
            // every twentieth text is long, so that chunks (4,096 characters) end in every kind of place
            int n = i % 20 == 0 ? 2_000 + random.nextInt(2_000) : random.nextInt(40);
            tokens += assertSameTokens(PieceTexts.join(random, pieces, n + 1));
        }
        assertThat(tokens).isGreaterThan(100_000);
    }

    @Test
    void cutsChunksAsIcusTokenizer() throws IOException {
        // white space at the end of a full buffer, just before it and nowhere: ICU cuts the chunk there
        for (int at : new int[] {4_094, 4_095, 4_096, 4_097, 8_191}) {
            assertSameTokens("a".repeat(at) + " Kim Il Sung " + "b".repeat(5_000) + " Ким " + "c".repeat(9_000));
            assertSameTokens("x ".repeat(at / 2) + "Ким" + " y".repeat(3_000));
        }
        assertSameTokens("");
        assertSameTokens("   ");
    }

    private static int assertSameTokens(String text) throws IOException {
        List<String> expected = tokens(new ICUTokenizer(new WordBreaks()), () -> new StringReader(text));
        List<String> actual = tokens(new FondTokenizer(new WordBreaks()), () -> new StringReader(text));
        if (!actual.equals(expected)) {
            assertThat(actual).as(text).isEqualTo(expected);
        }
        // offsets corrected through a char filter as ICU's tokenizer corrects them
        Supplier<Reader> stripped = () -> new HTMLStripCharFilter(new StringReader(text));
        List<String> icuStripped = tokens(new ICUTokenizer(new WordBreaks()), stripped);
        List<String> fondStripped = tokens(new FondTokenizer(new WordBreaks()), stripped);
        if (!fondStripped.equals(icuStripped)) {
            assertThat(fondStripped).as("through a char filter: " + text).isEqualTo(icuStripped);
        }
        return actual.size();
    }

    /** Each token as {@code term type script +increment start-end}, then the end offset; the tokenizer used twice. */
    private static List<String> tokens(Tokenizer tokenizer, Supplier<Reader> reader) throws IOException {
        List<String> out = new ArrayList<>();
        CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
        PositionIncrementAttribute increment = tokenizer.addAttribute(PositionIncrementAttribute.class);
        TypeAttribute type = tokenizer.addAttribute(TypeAttribute.class);
        ScriptAttribute script = tokenizer.addAttribute(ScriptAttribute.class);
        {
            for (int round = 0; round < 2; round++) {
                tokenizer.setReader(reader.get());
                tokenizer.reset();
                while (tokenizer.incrementToken()) {
                    out.add(term + " " + type.type() + " " + script.getCode() + " +" + increment.getPositionIncrement()
                            + " " + offset.startOffset() + "-" + offset.endOffset());
                }
                tokenizer.end();
                out.add("end " + offset.endOffset());
                tokenizer.close();
            }
        }
        return out;
    }
}
