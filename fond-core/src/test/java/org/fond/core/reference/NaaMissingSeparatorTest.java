package org.fond.core.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.fond.core.model.Provenance;
import org.junit.jupiter.api.Test;

/** DAFP citations that leave out the comma after the series, or close a bracket inside the symbol. */
class NaaMissingSeparatorTest {
    private static final Provenance TEST = Provenance.of("test", "naa");

    private static ReferenceScheme.NaaItem found(String line) {
        var found = ReferenceParser.find(line, ReferenceParser.FOUND_IN_BODY, TEST);
        assertThat(found).hasSize(1);
        return (ReferenceScheme.NaaItem) found.getFirst().reference().scheme();
    }

    @Test
    void readsASlashedControlSymbolAfterTheSeriesWithoutAComma() {
        var ref = ReferenceParser.find("[AA : A1068 ER47/1/29]", "body", TEST).getFirst().reference();
        assertThat(ref.scheme()).isEqualTo(new ReferenceScheme.NaaItem("A1068", "ER47/1/29", null));
        assertThat(ref.flags()).contains(Flags.MISSING_SEPARATOR);
    }

    @Test
    void readsABracketedNumberAfterTheSeriesAsTheControlSymbol() {
        assertThat(found(" _[NAA : A11537 [1]]_")).isEqualTo(new ReferenceScheme.NaaItem("A11537", "1", null));
    }

    @Test
    void keepsATemporaryNumberInTheSeriesAndWordsAfterItOut() {
        assertThat(found("[AA:A1838 T189, 854/10/1]").series()).isEqualTo("A1838 T189");
        // the single-volume mark is printed in either case
        assertThat(found("[AA : A1838 T184(SV), 3123/4/13]"))
                .isEqualTo(new ReferenceScheme.NaaItem("A1838 T184(SV)", "3123/4/13", null));
        // prose after a series is no control symbol
        assertThat(found("[AA : A1838 Department files]").controlSymbol()).isNull();
    }

    @Test
    void keepsAWordNamingAPartOfTheFileAndNeverEndsInsideAWord() {
        assertThat(found("[NAA : A6768, EATS 77 Annex A]").controlSymbol()).isEqualTo("EATS 77 Annex A");
        assertThat(found("[AA : A1838, TIMOR Portuguese file]").controlSymbol()).isEqualTo("TIMOR");
    }

    @Test
    void leavesAClosingBracketWithNoOpeningOutOfTheSymbol() {
        assertThat(found("(AA : A1608, N51/1/6)").controlSymbol()).isEqualTo("N51/1/6");
        assertThat(found("[AA : A1838, TIMOR (PORTUGUESE) 22]").controlSymbol()).isEqualTo("TIMOR (PORTUGUESE) 22");
    }
}
