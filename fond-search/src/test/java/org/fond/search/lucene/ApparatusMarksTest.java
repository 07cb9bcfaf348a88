package org.fond.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.fond.core.model.Annotation;
import org.fond.core.model.Layer;
import org.fond.core.model.Provenance;
import org.fond.core.model.Record;
import org.fond.core.model.Span;
import org.fond.search.SeedRecords;
import org.junit.jupiter.api.Test;

class ApparatusMarksTest {
    private static final Provenance TEST = Provenance.of("search-test", "fixture");

    record Token(String term, int start, int end, int increment) {
        boolean isMark() {
            return term.equals(ApparatusMarks.MARK);
        }
    }

    static List<Token> tokens(Analyzer analyzer, Reader text) throws IOException {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(RecordDocument.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(), inc.getPositionIncrement()));
            }
            ts.end();
        }
        return tokens;
    }

    @Test
    void marksExactlyTheWordsOfTheSeedsApparatusAtTheirOwnPositions() throws IOException {
        Record s1 = SeedRecords.s1();
        String plain = s1.text().plain();
        List<Span> apparatus = s1.annotations().stream().filter(a -> a.layer() != Layer.ORIGINAL)
                .map(Annotation::span).toList();
        assertThat(apparatus).as("the seed's handwritten additions").isNotEmpty();
        List<Token> tokens = tokens(FondAnalyzer.forIndexing(), ApparatusMarks.Text.of(plain, s1.annotations()));
        int marked = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isMark()) {
                continue;
            }
            boolean inApparatus = apparatus.stream().anyMatch(s -> s.start() < t.end() && t.start() < s.end());
            boolean hasMark = i + 1 < tokens.size() && tokens.get(i + 1).isMark();
            assertThat(hasMark).as("%s at %d", t.term(), t.start()).isEqualTo(inApparatus);
            if (hasMark) {
                Token mark = tokens.get(i + 1);
                assertThat(mark.increment()).isZero();
                assertThat(mark.start()).isEqualTo(t.start());
                assertThat(mark.end()).isEqualTo(t.end());
                marked++;
            }
        }
        assertThat(marked).isPositive();
    }

    @Test
    void marksAWordThatTheApparatusCutsAndNothingOutsideIt() throws IOException {
        String plain = "Comrade Kuznetsov arrived [sic] late.";
        // an editor restored "Kuz" (a fragment of a word) and added "[sic]"
        List<Annotation> notes = List.of(
                new Annotation.HandwrittenAddition(new Span(8, 11), "Kuz", "handwritten", "Kuz", Set.of(), TEST),
                new Annotation.HandwrittenAddition(new Span(26, 31), "[sic]", "handwritten", "[sic]", Set.of(), TEST));
        List<Token> tokens = tokens(FondAnalyzer.forIndexing(), ApparatusMarks.Text.of(plain, notes));
        assertThat(tokens).extracting(Token::term).containsExactly("comrade", "kuznetsov", ApparatusMarks.MARK,
                "arrived", "sic", ApparatusMarks.MARK, "late");
    }

    @Test
    void leavesTextWithoutSpansAndQueriesUnmarked() throws IOException {
        String plain = SeedRecords.s1().text().plain();
        assertThat(tokens(FondAnalyzer.forIndexing(), new java.io.StringReader(plain))).noneMatch(Token::isMark);
        assertThat(tokens(FondAnalyzer.forQueries(), ApparatusMarks.Text.of(plain, SeedRecords.s1().annotations())))
                .noneMatch(Token::isMark);
        assertThat(tokens(FondAnalyzer.forIndexing(), ApparatusMarks.Text.of(plain, List.of()))).noneMatch(Token::isMark);
    }
}
