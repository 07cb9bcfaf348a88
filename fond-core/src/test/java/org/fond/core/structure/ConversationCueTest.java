package org.fond.core.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cue-word check that spares the closing-formula patterns agrees with a plain case-insensitive scan. */
class ConversationCueTest {

    @Test
    void findsACueWordExactlyWhereACaseInsensitiveScanDoes() {
        String[] pieces = {"lasted", "LASTED", "Lasted", "last", "ed", "present", "PRESENT", "pre", "sent", "went",
            "WENT", "continued", "ſ", "ſent", "İ", "ı", "K", "k", "Ω", "ß", "e", "l", "p", "w", "c", " ", "\n", "é",
            "\uD835\uDC0B", "\uD801\uDC00"};
        Random random = new Random(20261123);
        int hits = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(8); n >= 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            for (String word : new String[] {"lasted", "continued", "went", "present"}) {
                boolean expected = scan(text.toString(), word);
                assertThat(Conversation.containsAnyIgnoringCase(text.toString(), new String[] {word})).as(text + " / " + word)
                        .isEqualTo(expected);
                hits += expected ? 1 : 0;
            }
            String[] verbs = {"lasted", "continued", "went"};
            boolean any = scan(text.toString(), verbs[0]) || scan(text.toString(), verbs[1])
                    || scan(text.toString(), verbs[2]);
            assertThat(Conversation.containsAnyIgnoringCase(text.toString(), verbs)).as(text + " / any verb")
                    .isEqualTo(any);
        }
        assertThat(hits).isGreaterThan(1_000);
    }

    private static boolean scan(String text, String word) {
        for (int i = 0; i <= text.length() - word.length(); i++) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void cutsSentencesAsTheSentencePatternSplitsThem() {
        String[] pieces = {". ", ".  ", ".\n", "!\t", "? ", "Cde. ", "Cdes. ", "Cde ", "A. ", "É. ", "a. ", "x", "Kim", " ", "\n",
            ".", "!", "?", "\u000B", "\f", "\r", "1. ", "present", "I. M. Smith. "};
        Random random = new Random(20261123);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(10); n >= 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            assertThat(Conversation.sentences(t)).as(t).isEqualTo(java.util.List.of(Conversation.SENTENCE_END.split(t)));
        }
        String seed = org.fond.core.testing.Shared.read(org.fond.core.testing.Shared.seed115956());
        assertThat(Conversation.sentences(seed)).isEqualTo(java.util.List.of(Conversation.SENTENCE_END.split(seed)))
                .hasSizeGreaterThan(50);
    }
}
