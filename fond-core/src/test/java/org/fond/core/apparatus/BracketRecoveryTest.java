package org.fond.core.apparatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fond.core.model.Annotation;
import org.fond.core.model.QualityFlag;
import org.junit.jupiter.api.Test;

/** Unbalanced and hostile brackets (MODEL.md §1.3 F13, §1.8 T9): flagged, never thrown. */
class BracketRecoveryTest {

    private static void assertSpansValid(String plain, List<Annotation> annotations) {
        for (Annotation a : annotations) {
            assertThat(a.span().end()).isLessThanOrEqualTo(plain.length());
            assertThat(plain.substring(a.span().start(), a.span().end())).isEqualTo(a.surface());
        }
    }

    private static List<String> flagCodes(String plain) {
        return ApparatusParser.analyse(plain).flags().stream().map(QualityFlag::code).toList();
    }

    @Test
    void neverThrowsOnUnbalancedBracketsInAnyArrangement() {
        for (String plain : List.of("]", "[", "[[", "]]", "][", "]][[", "[a]]", "[[a]", "[a [b", "a]\n\n]b",
                "[\n\n]", "[[[]]]]]", "[x]\n]", "[ ", "[[ ]", "] [x] ]]", "[a\n\n[b]]\n\n]]]", "", "\n\n]\n\n[")) {
            assertThatCode(() -> assertSpansValid(plain, ApparatusParser.parse(plain))).as(plain)
                    .doesNotThrowAnyException();
        }
        assertThat(ApparatusParser.parse(null)).isEmpty();
    }

    @Test
    void closesOpenFramesAtTheParagraphEndAndParsesTheNextParagraph() {
        String plain = "[a [b c\n\n[me] later";
        List<Annotation> all = ApparatusParser.parse(plain);
        assertThat(all).extracting(Annotation::surface).containsExactly("[a [b c", "[b c", "[me]");
        assertThat(all.get(0).flags()).containsExactly("unclosed-bracket");
        assertThat(all.get(1).flags()).containsExactly("unclosed-bracket");
        assertThat(all.get(2).flags()).isEmpty();
        assertThat(all.get(2)).isInstanceOf(Annotation.Supplied.class);
    }

    @Test
    void flagsASurplusBracketThatNoEarlierLineExplainsAsStray() {
        assertThat(flagCodes("He said [so] then]")).containsExactly("stray-bracket");
        assertThat(flagCodes("no frames here]")).containsExactly("stray-bracket");
        // the line before ended with text, not with a frame
        assertThat(flagCodes("[a] text\nmore]")).containsExactly("stray-bracket");
    }

    @Test
    void extendsAFrameThatEndedTheLineBeforeOverASurplusBracket() {
        String plain = "[handwritten: to the archive]\n[illegible signature]]\n\nNext.";
        List<Annotation> all = ApparatusParser.parse(plain);
        assertThat(all).hasSize(2);
        assertThat(all.get(0).surface()).isEqualTo("[handwritten: to the archive]\n[illegible signature]]");
        assertThat(((Annotation.HandwrittenAddition) all.get(0)).content())
                .isEqualTo("to the archive [illegible signature]");
        assertThat(all.get(0).flags()).containsExactly("bracket-imbalance");
        assertThat(all.get(0).span().contains(all.get(1).span())).isTrue();
        assertThat(flagCodes(plain)).doesNotContain("stray-bracket");
        // a second surplus bracket on the same line has nothing left to close
        assertThat(flagCodes("[note: a]\n[b]]]")).contains("stray-bracket");
    }

    @Test
    void acceptsASingleBracketClosingADoubleOne() {
        List<Annotation> all = ApparatusParser.parse("[[Kuz]netsov");
        assertThat(all).hasSize(1);
        assertThat(all.get(0).surface()).isEqualTo("[[Kuz]");
        assertThat(all.get(0).flags()).containsExactly("bracket-imbalance");
    }

    @Test
    void survivesTenThousandNestedBracketsInLinearTime() {
        String balanced = "[".repeat(10_000) + "x" + "]".repeat(10_000);
        String unclosed = "[".repeat(10_000) + "x\n\nafter [me]";
        String lonely = "]".repeat(10_000);
        long ms = time(() -> {
            List<Annotation> b = ApparatusParser.parse(balanced);
            assertSpansValid(balanced, b);
            assertThat(b).hasSize(BracketScanner.MAX_DEPTH);
            assertThat(flagCodes(balanced)).doesNotContain("stray-bracket", "unclosed-bracket")
                    .contains("nesting-too-deep");
            List<Annotation> u = ApparatusParser.parse(unclosed);
            assertSpansValid(unclosed, u);
            assertThat(u.get(u.size() - 1).surface()).isEqualTo("[me]");
            assertThat(u.get(u.size() - 1).flags()).isEmpty();
            assertThat(flagCodes(lonely)).hasSize(10_000).containsOnly("stray-bracket");
        });
        assertThat(ms).isLessThan(5_000);
    }

    @Test
    void scansAHundredThousandSiblingFramesQuickly() {
        String plain = "[a] ".repeat(100_000);
        long ms = time(() -> assertThat(BracketScanner.scan(plain).frames()).hasSize(100_000));
        assertThat(ms).isLessThan(5_000);
    }

    private static long time(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return (System.nanoTime() - t) / 1_000_000;
    }

    @Property(tries = 500)
    void parseNeverThrowsAndEverySpanIsValid(@ForAll("bracketSoup") String plain) {
        ApparatusParser.Result result = ApparatusParser.analyse(plain);
        assertSpansValid(plain, result.annotations());
        List<Frame> frames = BracketScanner.scan(plain).frames();
        for (Frame f : frames) {
            assertThat(f.span().contains(f.inner())).isTrue();
            assertThat(f.rawText()).isEqualTo(plain.substring(f.span().start(), f.span().end()));
            if (f.parent() >= 0) {
                assertThat(frames.get(f.parent()).span().contains(f.span())).isTrue();
            }
        }
    }

    @Provide
    Arbitrary<String> bracketSoup() {
        return Arbitraries.strings().withChars("[[]] a.\n_Nº#…sic:").ofMaxLength(200);
    }
}
