package org.fond.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.fond.search.RealCorpus;
import org.junit.jupiter.api.Test;

/** Fond's passage scores are Lucene's, bit for bit. */
class PassageScoresTest {
    private static final PassageScorer LUCENE = new PassageScorer();
    private static final PassageScorer FOND = new PassageScores();
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Offset and length of "government", "state" and "treaty" in the shared bytes of the random test. */
    private static final int[][] SLICES = {{2, 10}, {12, 5}, {17, 6}};
    private static final Pattern SENTENCE_END = Pattern.compile("[.;:]\\s|\\n\\n");

    @Test
    void scoresTheSentencesOfRealRecordsAsLucene() {
        Set<String> query = Set.of("the", "of", "government", "secretary", "state", "minister", "japanese", "treaty");
        int scored = 0;
        int repeated = 0;
        List<String> texts = new java.util.ArrayList<>(RealCorpus.seedAndVolumeTexts("frus1918Russiav03"));
        texts.addAll(RealCorpus.seedAndVolumeTexts("frus1901China"));
        for (String text : texts) {
            Map<String, Integer> inDoc = new HashMap<>();
            Matcher words = WORD.matcher(text);
            while (words.find()) {
                inDoc.merge(words.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
            Matcher ends = SENTENCE_END.matcher(text);
            int start = 0;
            while (start < text.length()) {
                int end = ends.find(start) ? ends.end() : text.length();
                Passage passage = new Passage();
                passage.setStartOffset(start);
                passage.setEndOffset(end);
                Map<String, Integer> inPassage = new HashMap<>();
                Matcher m = WORD.matcher(text).region(start, end);
                while (m.find()) {
                    String term = m.group().toLowerCase(Locale.ROOT);
                    if (query.contains(term)) {
                        // a new BytesRef each match, as Lucene's offsets enums give: equal bytes, other objects
                        passage.addMatch(m.start(), m.end(), new BytesRef(term), inDoc.get(term));
                        inPassage.merge(term, 1, Integer::sum);
                    }
                }
                if (passage.getNumMatches() > 0) {
                    assertSameScore(passage, text.length());
                    scored++;
                    if (inPassage.values().stream().anyMatch(n -> n > 1)) {
                        repeated++;
                    }
                }
                start = end;
            }
        }
        assertThat(scored).isGreaterThan(5_000);
        assertThat(repeated).isGreaterThan(1_000);
    }

    @Test
    void scoresRandomPassagesAsLucene() {
        Random random = new Random(20261207);
        byte[] shared = "xxgovernmentstatetreatyxx".getBytes(StandardCharsets.UTF_8);
        List<BytesRef> vocabulary = List.of(new BytesRef("government"), new BytesRef("state"), new BytesRef("treaty"),
                new BytesRef("ким"), new BytesRef("김일성"), new BytesRef(""));
        for (int i = 0; i < 20_000; i++) {
            Passage passage = new Passage();
            int start = random.nextInt(100_000);
            passage.setStartOffset(start);
            int length = 1 + random.nextInt(2_000);
            passage.setEndOffset(start + length);
            // up to past MAX_COMPARED, where Lucene's own scorer takes over
            int matches = i % 50 == 0 ? PassageScores.MAX_COMPARED + random.nextInt(40) : random.nextInt(12);
            for (int k = 0; k < matches; k++) {
                int t = random.nextInt(vocabulary.size() + SLICES.length);
                BytesRef term = t < vocabulary.size() ? BytesRef.deepCopyOf(vocabulary.get(t))
                        // the same bytes at an offset into a larger array
                        : new BytesRef(shared, SLICES[t - vocabulary.size()][0], SLICES[t - vocabulary.size()][1]);
                int at = start + k % length;
                passage.addMatch(at, at + 1, term, 1 + random.nextInt(500));
            }
            assertSameScore(passage, 1 + random.nextInt(1_000_000));
        }
    }

    private static void assertSameScore(Passage passage, int contentLength) {
        float lucene = LUCENE.score(passage, contentLength);
        float fond = FOND.score(passage, contentLength);
        assertThat(Float.floatToIntBits(fond)).as("score of %s", passage).isEqualTo(Float.floatToIntBits(lucene));
    }
}
