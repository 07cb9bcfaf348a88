package org.fond.search.lucene;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 over the passage's distinct terms, then the position norm), the same
 * number computed the same way, without the {@code BytesRefHash} Lucene's {@link PassageScorer}
 * makes for every passage it scores: a hash with its own 32 KB byte block, to tell apart the few
 * terms of one sentence. Every candidate sentence of every shown hit is scored, so at 100k records
 * those blocks were 43% of the bytes a search allocated, and the collector's pauses that came with
 * them sat in the slowest searches. The distinct terms are found here by comparing each match with
 * those before it, in the order Lucene's hash numbers them (first occurrence), so the sum is taken in
 * the same order; a passage of more matches than {@link #MAX_COMPARED} is left to Lucene.
 */
final class PassageScores extends PassageScorer {
    /** Beyond this many matches in one passage the pairwise comparison would cost more than the hash. */
    static final int MAX_COMPARED = 64;

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        if (matches > MAX_COMPARED) {
            return super.score(passage, contentLength);
        }
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        double score = 0;
        for (int i = 0; i < matches; i++) {
            if (seenBefore(terms, i)) {
                continue;
            }
            int inPassage = 1;
            for (int j = i + 1; j < matches; j++) {
                if (terms[j].bytesEquals(terms[i])) {
                    inPassage++;
                }
            }
            // as Lucene: the float product, added to a double; the term's document frequency from its first match
            score += tf(inPassage, passage.getLength()) * weight(contentLength, freqsInDoc[i]);
        }
        score *= norm(passage.getStartOffset());
        return (float) score;
    }

    private static boolean seenBefore(BytesRef[] terms, int i) {
        for (int k = 0; k < i; k++) {
            if (terms[k].bytesEquals(terms[i])) {
                return true;
            }
        }
        return false;
    }
}
