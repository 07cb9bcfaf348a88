package org.fond.core.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.fond.core.testing.PieceTexts;
import org.junit.jupiter.api.Test;

/** The cue-word checks that spare the closing-formula patterns find what the patterns alone find. */
class ConversationCueTest {

    @Test
    void findsACueWordExactlyWhereACaseInsensitiveScanDoes() {
        String[] pieces = {"lasted", "LASTED", "Lasted", "last", "ed", "present", "PRESENT", "pre", "sent", "went",
            "WENT", "continued", "ſ", "ſent", "İ", "ı", "K", "k", "Ω", "ß", "e", "l", "p", "w", "c", " ", "\n", "é",
            "\uD835\uDC0B", "\uD801\uDC00"};
        Random random = new Random(20261123);
        int hits = 0;
        for (int i = 0; i < 50_000; i++) {
            String text = PieceTexts.join(random, pieces, random.nextInt(8) + 1);
            for (String word : new String[] {"lasted", "continued", "went", "present"}) {
                boolean expected = scan(text, word);
                assertThat(Conversation.containsAnyIgnoringCase(text, new String[] {word})).as(text + " / " + word)
                        .isEqualTo(expected);
                hits += expected ? 1 : 0;
            }
            String[] verbs = {"lasted", "continued", "went"};
            boolean any = scan(text, verbs[0]) || scan(text, verbs[1])
                    || scan(text, verbs[2]);
            assertThat(Conversation.containsAnyIgnoringCase(text, verbs)).as(text + " / any verb")
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
            String t = PieceTexts.join(random, pieces, random.nextInt(10) + 1);
            assertThat(Conversation.sentences(t)).as(t).isEqualTo(java.util.List.of(Conversation.SENTENCE_END.split(t)));
        }
        String seed = org.fond.core.testing.Shared.read(org.fond.core.testing.Shared.seed115956());
        assertThat(Conversation.sentences(seed)).isEqualTo(java.util.List.of(Conversation.SENTENCE_END.split(seed)))
                .hasSizeGreaterThan(50);
    }

    @Test
    void findsDurationsAndThosePresentAsThePatternsAloneDo() {
        String[] pieces = {"lasted", "LASTED", "laſted", "continued for", "went on for", "went", "continued", " ", "  ", "\n",
            "about ", "some ", "two", "Two", "an", "a", "one and a half", "1", "12", "130", " and a half", " hours", " hour",
            " and ", " minutes", " minute", "30", ".", ", ", "Kim", "Ivanov", "[sic]", " was ", " were ", "also ", "present",
            "Present", "PRESENT", "Present at the conversation were ", "represented", " and ", "Cde. ", "x", "é",
            "Kim Tu-bong was present", "Pak [sic] and Nam Il were also present", ". Present: Ri Dong-geon", ". Also present were Cde. Ivanov",
            ". Kim Il Sung was present. ", "Ri [illegible] was present at the conversation, which lasted two hours."};
        Random random = new Random(20261207);
        int durations = 0;
        int present = 0;
        for (int i = 0; i < 50_000; i++) {
            String t = PieceTexts.join(random, pieces, random.nextInt(14) + 1);
            java.util.regex.Matcher expected = Conversation.DURATION.matcher(t);
            java.util.regex.Matcher actual = Conversation.durationMatch(t);
            if (expected.find()) {
                assertThat(actual).as(t).isNotNull();
                assertThat(actual.start() + "-" + actual.end()).as(t).isEqualTo(expected.start() + "-" + expected.end());
                durations++;
            } else {
                assertThat(actual).as(t).isNull();
            }
            java.util.List<String> names = Conversation.present(t);
            assertThat(names).as(t).isEqualTo(presentByPatternsAlone(t));
            present += names.isEmpty() ? 0 : 1;
        }
        assertThat(durations).isGreaterThan(500);
        assertThat(present).isGreaterThan(2_000);
    }

    /** The names present as the patterns find them tried on every sentence, with no word looked for first. */
    private static java.util.List<String> presentByPatternsAlone(String text) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (String sentence : Conversation.SENTENCE_END.split(text)) {
            java.util.regex.Matcher after = Conversation.PRESENT_AFTER.matcher(sentence.strip());
            java.util.regex.Matcher before = Conversation.PRESENT_BEFORE.matcher(sentence.strip());
            String group = after.find() ? after.group(1) : before.matches() ? before.group(1) : null;
            if (group == null) {
                continue;
            }
            for (String name : Conversation.CONJUNCTIONS.split(Conversation.BRACKETS.matcher(group).replaceAll(""))) {
                String clean = name.strip().replaceFirst("^(?:Cdes?\\.|Comrades?)\\s+", "");
                if (!clean.isEmpty() && Character.isUpperCase(clean.codePointAt(0))) {
                    names.add(clean);
                }
            }
        }
        return names;
    }
}
