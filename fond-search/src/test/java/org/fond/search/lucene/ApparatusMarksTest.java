package org.fond.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.fond.core.model.Annotation;
import org.fond.core.model.Layer;
import org.fond.core.model.Provenance;
import org.fond.core.model.Record;
import org.fond.core.model.Span;
import org.fond.search.RealCorpus;
import org.fond.search.SeedRecords;
import org.junit.jupiter.api.Test;

class ApparatusMarksTest {
    private static final Provenance TEST = Provenance.of("search-test", "fixture");

    private static boolean isMark(FondAnalyzerTest.Token t) {
        return t.term().equals(ApparatusMarks.MARK);
    }

    @Test
    void marksExactlyTheWordsOfTheSeedsApparatusAtTheirOwnPositions() {
        Record s1 = SeedRecords.s1();
        assertThat(s1.annotations().stream().filter(a -> a.layer() != Layer.ORIGINAL))
                .as("the seed's handwritten additions").isNotEmpty();
        assertThat(markedWords(FondAnalyzer.forIndexing(), s1.text().plain(), s1.annotations())).isPositive();
    }

    /**
     * Every record of a FRUS volume (footnotes and editors' insertions throughout), one analyzer for
     * all as indexing uses it, and a text whose apparatus falls inside Han and Hangul (single
     * characters and bigrams, where tokens share starts): each word marked exactly where it meets a span.
     */
    @Test
    void marksExactlyTheApparatusOfEveryRecordOfAVolumeAndOfHanAndHangul() {
        FondAnalyzer analyzer = FondAnalyzer.forIndexing();
        int marked = 0;
        int records = 0;
        for (Record r : RealCorpus.frusVolume("frus1901China")) {
            if (r.annotations().stream().anyMatch(a -> a.layer() != Layer.ORIGINAL)) {
                marked += markedWords(analyzer, r.text().plain(), r.annotations());
                records++;
            }
        }
        assertThat(records).as("records with apparatus").isGreaterThan(50);
        assertThat(marked).isGreaterThan(1_000);
        String cjk = "金日成 [sic] 김일성은 平壤 [인장] 에서 Kim";
        List<Annotation> spans = List.of(
                new Annotation.HandwrittenAddition(new Span(1, 2), "日", "handwritten", "日", Set.of(), TEST),
                new Annotation.HandwrittenAddition(new Span(4, 9), "[sic]", "handwritten", "[sic]", Set.of(), TEST),
                new Annotation.HandwrittenAddition(new Span(15, 16), "平", "handwritten", "平", Set.of(), TEST),
                new Annotation.HandwrittenAddition(new Span(18, 22), "[인장]", "handwritten", "[인장]", Set.of(), TEST));
        assertThat(markedWords(analyzer, cjk, spans)).isGreaterThanOrEqualTo(6);
    }

    /** Checks every token of {@code plain} against the spans by brute force; the number of words marked. */
    private static int markedWords(FondAnalyzer analyzer, String plain, List<Annotation> annotations) {
        List<Span> apparatus = annotations.stream().filter(a -> a.layer() != Layer.ORIGINAL)
                .map(Annotation::span).toList();
        List<FondAnalyzerTest.Token> tokens = FondAnalyzerTest.tokens(analyzer, ApparatusMarks.Text.of(plain, annotations));
        int marked = 0;
        for (int i = 0; i < tokens.size(); i++) {
            FondAnalyzerTest.Token t = tokens.get(i);
            if (isMark(t)) {
                continue;
            }
            boolean inApparatus = apparatus.stream().anyMatch(s -> s.start() < t.end() && t.start() < s.end());
            boolean hasMark = i + 1 < tokens.size() && isMark(tokens.get(i + 1));
            assertThat(hasMark).as("%s at %d", t.term(), t.start()).isEqualTo(inApparatus);
            if (hasMark) {
                FondAnalyzerTest.Token mark = tokens.get(i + 1);
                assertThat(mark.increment()).isZero();
                assertThat(mark.start()).isEqualTo(t.start());
                assertThat(mark.end()).isEqualTo(t.end());
                marked++;
            }
        }
        return marked;
    }

    @Test
    void marksAWordThatTheApparatusCutsAndNothingOutsideIt() {
        String plain = "Comrade Kuznetsov arrived [sic] late.";
        // an editor restored "Kuz" (a fragment of a word) and added "[sic]"
        List<Annotation> notes = List.of(
                new Annotation.HandwrittenAddition(new Span(8, 11), "Kuz", "handwritten", "Kuz", Set.of(), TEST),
                new Annotation.HandwrittenAddition(new Span(26, 31), "[sic]", "handwritten", "[sic]", Set.of(), TEST));
        List<FondAnalyzerTest.Token> tokens = FondAnalyzerTest.tokens(FondAnalyzer.forIndexing(), ApparatusMarks.Text.of(plain, notes));
        assertThat(tokens).extracting(FondAnalyzerTest.Token::term).containsExactly("comrade", "kuznetsov", ApparatusMarks.MARK,
                "arrived", "sic", ApparatusMarks.MARK, "late");
    }

    @Test
    void leavesTextWithoutSpansAndQueriesUnmarked() {
        String plain = SeedRecords.s1().text().plain();
        assertThat(FondAnalyzerTest.tokens(FondAnalyzer.forIndexing(), new java.io.StringReader(plain))).noneMatch(ApparatusMarksTest::isMark);
        assertThat(FondAnalyzerTest.tokens(FondAnalyzer.forQueries(), ApparatusMarks.Text.of(plain, SeedRecords.s1().annotations())))
                .noneMatch(ApparatusMarksTest::isMark);
        assertThat(FondAnalyzerTest.tokens(FondAnalyzer.forIndexing(), ApparatusMarks.Text.of(plain, List.of()))).noneMatch(ApparatusMarksTest::isMark);
    }
}
