package org.fond.ingest.wcda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The small parts of the header grammar, each on the variants MODEL.md §1.2–1.5 lists. */
class HeaderPartsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "**Citation:**|CITATION", "#### Citation:|CITATION", "**Citation**:|CITATION", "citation:|CITATION",
            "## **Summary:**|SUMMARY", "__Summary:__|SUMMARY", "#### **Credits:**|CREDITS",
            "## Original Language:|ORIGINAL_LANGUAGE", "**Original Languages:**|ORIGINAL_LANGUAGE",
            "### **Contents:**|CONTENTS", "### Contents|CONTENTS", "**Original Archive:**|UNKNOWN"})
    void recognisesALabelInAnyDecoration(String line, Label.Kind kind) {
        assertThat(Label.of(new Line(1, 0, line))).hasValueSatisfying(l -> assertThat(l.kind()).isEqualTo(kind));
    }

    @ParameterizedTest
    @ValueSource(strings = {"## JOURNAL", "Copy Secret Nº 4", "Original Archive:", "**Summary:", "Russian",
            "**The Ambassador said:** nothing", "## **A very long heading with many words in it:**"})
    void doesNotTakeABodyLineForALabel(String line) {
        assertThat(Label.of(new Line(1, 0, line))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Translation - English|translation|en", "English Translation|translation|en",
            "Transcript - Russian|transcript|ru", "Original Scan|original-scan|", "Translation – Korean|translation|ko"})
    void readsContentTokens(String line, String kind, String language) {
        assertThat(ContentToken.parse(line)).hasValueSatisfying(t -> {
            assertThat(t.kind()).isEqualTo(kind);
            assertThat(t.language()).isEqualTo(language);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Copy Secret Nº 4", "## JOURNAL", "Translation - Klingonese", "Russian"})
    void doesNotTakeABodyLineForAContentToken(String line) {
        assertThat(ContentToken.parse(line)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"Russian,ru", "Korean,ko", "Chinese,zh", "English,en", "German,de", "Hungarian,hu", "Polish,pl",
            "Czech,cs", "Romanian,ro", "Bulgarian,bg", "Mongolian,mn", "Vietnamese,vi", "Japanese,ja", "French,fr",
            "Spanish,es", "Albanian,sq", "russian,ru"})
    void mapsLanguageNamesToBcp47(String name, String code) {
        assertThat(LanguageNames.code(name)).contains(code);
    }

    @Test
    void splitsALanguageListOnCommasAndLines() {
        assertThat(LanguageNames.names("Russian, Chinese\nKorean")).containsExactly("Russian", "Chinese", "Korean");
    }

    @Test
    void splitsDonorsOnlyNextToKnownDonorsBecauseNamesContainAnd() {
        assertThat(Donors.parse("This document was made possible with support from ROK Ministry of Unification"))
                .containsExactly("ROK Ministry of Unification");
        assertThat(Donors.parse("This document was made possible with support from the ROK Ministry of Unification, "
                + "Leon Levy Foundation")).containsExactly("ROK Ministry of Unification", "Leon Levy Foundation");
        assertThat(Donors.parse("This document was made possible with support from the ROK Ministry of Unification "
                + "and the Leon Levy Foundation.")).containsExactly("ROK Ministry of Unification", "Leon Levy Foundation");
        assertThat(Donors.parse("This document was made possible with support from the John D. and Catherine T. "
                + "MacArthur Foundation and Korea Foundation"))
                .containsExactly("John D. and Catherine T. MacArthur Foundation", "Korea Foundation");
        assertThat(Donors.parse("This document was made possible with support from Friends and Neighbours Fund"))
                .containsExactly("Friends and Neighbours Fund");
    }

    @Test
    void takesACitationApartWithCommaOutsideStraightQuotes() {
        Citation c = Citation.parse("\"Report on a Visit\", March 3, 1956, Wilson Center Digital Archive, "
                + "RGANI F. 5, Op. 28, D. 412, Ll. 1-3. Translated for NKIDP by Jane Roe. "
                + "<https://mirror.example/document/123456>");
        assertThat(c.title()).isEqualTo("Report on a Visit");
        assertThat(c.displayDate()).isEqualTo("March 3, 1956");
        assertThat(c.publisher()).isEqualTo("Wilson Center Digital Archive");
        assertThat(c.source()).isEqualTo("RGANI F. 5, Op. 28, D. 412, Ll. 1-3");
        assertThat(c.url()).isEqualTo("https://mirror.example/document/123456");
        assertThat(c.creditList()).extracting(Citation.Credit::name, Citation.Credit::role, Citation.Credit::project)
                .containsExactly(tuple("Jane Roe", "translator", "NKIDP"));
    }

    @Test
    void takesACitationApartWithCurlyQuotesCommaInsideAndTheOldPublisher() {
        Citation c = Citation.parse("“Record of a Talk, 29 May 1957,” May 29, 1957, History and Public Policy Program "
                + "Digital Archive, AVPRF F. 0102, Op. 13, P. 72, Delo 5, Listy 44-113. Translated by Jane Roe. "
                + "http://old.example/document/115622");
        assertThat(c.title()).isEqualTo("Record of a Talk, 29 May 1957");
        assertThat(c.displayDate()).isEqualTo("May 29, 1957");
        assertThat(c.publisher()).isEqualTo("History and Public Policy Program Digital Archive");
        assertThat(c.source()).isEqualTo("AVPRF F. 0102, Op. 13, P. 72, Delo 5, Listy 44-113");
        assertThat(c.url()).isEqualTo("http://old.example/document/115622");
        assertThat(c.creditList()).extracting(Citation.Credit::name, Citation.Credit::role)
                .containsExactly(tuple("Jane Roe", "translator"));
    }

    @Test
    void readsSeveralCreditClausesAndRoles() {
        Citation c = Citation.parse("\"A Letter\", 1960, Wilson Center Digital Archive, RGASPI, f. 558, op. 11, "
                + "d. 97, ll. 67-70. Contributed by Ann Smith and translated by Bob Jones. https://x.example/document/1");
        assertThat(c.source()).isEqualTo("RGASPI, f. 558, op. 11, d. 97, ll. 67-70");
        assertThat(c.creditList()).extracting(Citation.Credit::name, Citation.Credit::role)
                .containsExactly(tuple("Ann Smith", "contributor"), tuple("Bob Jones", "translator"));

        Citation noSource = Citation.parse("\"A Memo\", May 1957, Wilson Center Digital Archive, Obtained by Cy Doe; "
                + "translated and edited by Di Poe, Ed K. Lee, and Flo Moe. https://x.example/document/2");
        assertThat(noSource.source()).isNull();
        assertThat(noSource.creditList()).extracting(Citation.Credit::name, Citation.Credit::role).containsExactly(
                tuple("Cy Doe", "obtainer"), tuple("Di Poe", "translator"), tuple("Ed K. Lee", "translator"),
                tuple("Flo Moe", "translator"), tuple("Di Poe", "editor"), tuple("Ed K. Lee", "editor"),
                tuple("Flo Moe", "editor"));

        Citation both = Citation.parse("\"A Note\", 1961, Wilson Center Digital Archive, Archive X. Obtained and "
                + "translated by Gil Roe. https://x.example/document/3");
        assertThat(both.creditList()).extracting(Citation.Credit::role).containsExactly("obtainer", "translator");
    }

    @Test
    void findsNoUrlInATruncatedCitation() {
        Citation c = Citation.parse("\"A Note\", May 1957, Wilson Center Digital Archive, AVPRF F. 0102, Op. 14, Delo 6, Listy");
        assertThat(c.url()).isNull();
        assertThat(c.source()).isEqualTo("AVPRF F. 0102, Op. 14, Delo 6, Listy");
    }

    @Test
    void readsBothTitleBlockForms() {
        List<Line> h1 = Line.split("\n# May 1955 Information on the Situation\n");
        assertThat(TitleBlock.parse(h1, 1)).hasValueSatisfying(t -> {
            assertThat(t.displayDate()).isEqualTo("May 1955");
            assertThat(t.title()).isEqualTo("Information on the Situation");
            assertThat(t.titleLine()).isEqualTo(2);
        });
        List<Line> bold = Line.split("**1957**  \n**A Title**  \n**In Two Parts**\n\n**Citation:**\n");
        assertThat(TitleBlock.parse(bold, 0)).hasValueSatisfying(t -> {
            assertThat(t.displayDate()).isEqualTo("1957");
            assertThat(t.title()).isEqualTo("A Title In Two Parts");
            assertThat(t.next()).isEqualTo(3);
        });
    }
}
