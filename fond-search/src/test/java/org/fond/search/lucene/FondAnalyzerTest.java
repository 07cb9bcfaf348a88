package org.fond.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.fond.core.testing.Shared;
import org.fond.core.text.MarkdownNormaliser;
import org.junit.jupiter.api.Test;

class FondAnalyzerTest {
    record Token(String term, int start, int end, int increment) {
    }

    static List<Token> tokens(Analyzer analyzer, String text) {
        return tokens(analyzer, new java.io.StringReader(text));
    }

    /** The tokens of {@code text} as the {@code text} field's analysis gives them. */
    static List<Token> tokens(Analyzer analyzer, java.io.Reader text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(), inc.getPositionIncrement()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    @Test
    void foldsCaseDiacriticsAndWidthButKeepsOffsetsOnTheOriginal() {
        String text = "КИМ met Cde. Hŭngnam’s ＡＢＣ";
        List<Token> tokens = tokens(FondAnalyzer.forIndexing(), text);
        assertThat(tokens).extracting(Token::term).containsExactly("ким", "met", "cde", "hungnam", "abc");
        assertThat(tokens).extracting(t -> text.substring(t.start(), t.end()))
                .containsExactly("КИМ", "met", "Cde", "Hŭngnam’s", "ＡＢＣ");
    }

    @Test
    void foldsDecomposedDiacriticsAndCountsCharactersOutsideTheBasicPlane() {
        String text = "Hu\u0306ngnam \uD840\uDC00\u4E00 ok";   // u + combining breve; a CJK Extension B character
        List<Token> tokens = tokens(FondAnalyzer.forQueries(), text);
        assertThat(tokens.get(0).term()).isEqualTo("hungnam");
        assertThat(text.substring(tokens.get(0).start(), tokens.get(0).end())).isEqualTo("Hu\u0306ngnam");
        assertThat(tokens.get(1).term()).isEqualTo("\uD840\uDC00\u4E00");
        assertThat(text.substring(tokens.get(1).start(), tokens.get(1).end())).isEqualTo("\uD840\uDC00\u4E00");
        assertThat(tokens.get(2).term()).isEqualTo("ok");
    }

    @Test
    void indexesHanAsBigramsAndSingleCharactersButQueriesOnlyBigrams() {
        assertThat(tokens(FondAnalyzer.forIndexing(), "毛泽东")).extracting(Token::term)
                .containsExactly("毛", "毛泽", "泽", "泽东", "东");
        assertThat(tokens(FondAnalyzer.forQueries(), "毛泽东")).extracting(Token::term).containsExactly("毛泽", "泽东");
        assertThat(tokens(FondAnalyzer.forQueries(), "毛")).extracting(Token::term).containsExactly("毛");
    }

    @Test
    void doesNotPairHangulAcrossASpace() {
        assertThat(tokens(FondAnalyzer.forQueries(), "김일성은 평양")).extracting(Token::term)
                .containsExactly("김일", "일성", "성은", "평양");
    }

    @Test
    void everyTokenOfTheSeedsPointsAtTextThatFoldsToIt() {
        String plain = MarkdownNormaliser.normalise(Shared.read(Shared.seed115956()), 1).text().plain();
        List<Token> tokens = tokens(FondAnalyzer.forIndexing(), plain);
        assertThat(tokens).hasSizeGreaterThan(1000);
        for (Token t : tokens) {
            String surface = plain.substring(t.start(), t.end());
            String folded = com.ibm.icu.text.Normalizer2.getNFKCCasefoldInstance().normalize(surface)
                    .replace('’', '\'').replaceAll("'s$", "");
            assertThat(folded).as("token %s at %d", t.term(), t.start()).isEqualTo(t.term());
        }
    }
}
