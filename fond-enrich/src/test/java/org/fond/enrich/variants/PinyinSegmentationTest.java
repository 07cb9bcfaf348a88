package org.fond.enrich.variants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Remembering the tails that cannot be split changes no segmentation, only how long a hopeless token takes. */
class PinyinSegmentationTest {

    @Test
    void splitsAsTheBacktrackingSearchDoes() {
        List<String> syllables = new ArrayList<>(ChineseNames.pinyinSyllables());
        syllables.sort(null);
        Random random = new Random(20261123);
        int split = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder token = new StringBuilder();
            for (int n = random.nextInt(4); n >= 0; n--) {
                token.append(random.nextInt(5) == 0 ? String.valueOf((char) ('a' + random.nextInt(26)))
                        : syllables.get(random.nextInt(syllables.size())));
            }
            List<String> expected = backtracking(token.toString(), ChineseNames.pinyinSyllables());
            assertThat(ChineseNames.segmentPinyin(token.toString())).as(token.toString()).isEqualTo(expected);
            split += expected == null ? 0 : 1;
        }
        assertThat(split).isGreaterThan(5_000);
        assertThat(ChineseNames.segmentPinyin("zedong")).containsExactly("ze", "dong");
        assertThat(ChineseNames.segmentPinyin("")).isNull();
    }

    @Test
    void givesUpQuicklyOnALongTokenThatCannotBeSplit() {
        String hopeless = "a".repeat(60) + "q";
        assertThat(ChineseNames.segmentPinyin(hopeless)).isNull();
    }

    /** The search as it was: longest syllable first, backing off, nothing remembered. */
    private static List<String> backtracking(String token, Set<String> inventory) {
        if (token.isEmpty()) {
            return null;
        }
        for (int len = Math.min(6, token.length()); len >= 1; len--) {
            String head = token.substring(0, len);
            if (!inventory.contains(head)) {
                continue;
            }
            if (len == token.length()) {
                return new ArrayList<>(List.of(head));
            }
            List<String> rest = backtracking(token.substring(len), inventory);
            if (rest != null) {
                rest.addFirst(head);
                return rest;
            }
        }
        return null;
    }
}
