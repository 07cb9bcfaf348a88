package org.fond.ingest.dafp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The dateline date, with the volumes' editorial marks read past. */
class TextDateTest {

    @Test
    void readsThePlainDateline() {
        assertThat(TextDate.of("Letter LONDON, 7 November 1949\n\nPERSONAL AND SECRET")).contains("1949-11-07");
    }

    @Test
    void readsPastEditorsBracketsAndFootnoteNumbers() {
        assertThat(TextDate.of("Cablegram 234 WASHINGTON, [22] [1] February 1948, 6 p.m.")).contains("1948-02-22");
        assertThat(TextDate.of("Cablegram 265 CANBERRA, 7 [October] [1] 1947, 4.05 p.m.")).contains("1947-10-07");
        assertThat(TextDate.of("Cablegram K199 BATAVIA, [2 December] 1948, 6.45 p.m.")).contains("1948-12-02");
        assertThat(TextDate.of("Cablegram 189 WELLINGTON, 26 November 194[8], 5.30 p.m.")).contains("1948-11-26");
        assertThat(TextDate.of("Cablegram 812 CANBERRA, 1[7] September 1948, 5.45 p.m.")).contains("1948-09-17");
        assertThat(TextDate.of("Letter CANBERRA, 2[8] [1] February 1946")).contains("1946-02-28");
        assertThat(TextDate.of("Canberra, March 1971[1](#f1)")).contains("1971-03");
    }

    @Test
    void readsPastTypesettingSlips() {
        assertThat(TextDate.of("Cablegram 93 WASHINGTON, 20 May 1940,11.08 p.m.")).contains("1940-05-20");
        assertThat(TextDate.of("Cablegram UN1048 NEW YORK, 29 0ctober 1947, 11.22 p.m.")).contains("1947-10-29");
        assertThat(TextDate.of("Cablegram 82 LONDON, 22, April 1941, 6.05 p.m.")).contains("1941-04-22");
        assertThat(TextDate.of("Cablegram 208 LONDON, 29March 1946, 7.15 p.m.")).contains("1946-03-29");
        assertThat(TextDate.of("Cablegram Z66 LONDON, 11 March 1941,9 p.m.")).contains("1941-03-11");
        assertThat(TextDate.of("Cablegram 231 17 April 194i,")).contains("1941-04-17");
        assertThat(TextDate.of("Report[April 1949][1],")).contains("1949-04");
    }

    @Test
    void readsPastOcrSlipsOnlyWhereTheyAreCertain() {
        assertThat(TextDate.of("Cablegram 77 NEW DELHI, Lo February 1948, 11.50 p.m.")).contains("1948-02-10");
        assertThat(TextDate.of("Cablegram 283 PARIS, 123 December 1948], 11.10 p.m.")).contains("1948-12-23");
        assertThat(TextDate.of("Cablegram [161] n.d. [c. 14 February 19391,")).hasValueSatisfying(d ->
                assertThat(d).startsWith("1939-02-14"));
        // without the unmatched bracket a 1 before the day is a number of its own: nothing is taken back
        assertThat(TextDate.clean("Cablegram 123 December 1948")).isEqualTo("Cablegram 123 December 1948");
        assertThat(TextDate.clean("Conference 19 May 19391")).isEqualTo("Conference 19 May 19391");
        // a word of two letters is no day unless its letters read as digits
        assertThat(TextDate.clean("Go March 1948")).isEqualTo("Go March 1948");
        assertThat(TextDate.clean("On March 1948")).isEqualTo("On March 1948");
    }

    @Test
    void keepsTheEditorsQueryAsAnUncertainDay() {
        assertThat(TextDate.of("Extract [LONDON, 22(?) May 1944] [1]")).contains("1944-05-22?");
    }

    @Test
    void skipsEmptyEmphasisLinesAndGivesNothingForAnUndatedDocument() {
        assertThat(TextDate.of("_\n\nMinute CANBERRA, 3 June 1949")).contains("1949-06-03");
        assertThat(TextDate.of("Canberra, undated\n\nSECRET\n\nText\n\nIn reply to yours of 3 June 1949"))
                .isEmpty();
        // a bracketed cable number is not a footnote: it stays, and the date after it is read
        assertThat(TextDate.clean("Cablegram [161] LONDON")).isEqualTo("Cablegram 161 LONDON");
    }
}
