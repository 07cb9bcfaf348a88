package org.fond.core.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.fond.core.testing.PieceTexts;
import org.fond.core.testing.Shared;
import org.junit.jupiter.api.Test;

/** Cue patterns tried at word starts only find what {@link Matcher#find()} over the whole text finds. */
class ModalityCuesTest {
    private static final List<Pattern> CUES = List.of(ModalityCues.PROPOSED, ModalityCues.PLANNED,
            ModalityCues.RECURRING, ModalityCues.PAST);

    @Test
    void findsTheCuesAScanFindsInRealClauses() {
        List<String> texts = new ArrayList<>();
        texts.add(Shared.read(Shared.seed115956()));
        texts.add(Shared.read(Shared.seed115797()));
        String volume = gunzip(Shared.path("corpus/frus-tei/frus1918Russiav03.xml.gz"));
        for (String sentence : volume.split("(?<=[.;])\\s+")) {
            texts.add(sentence);
        }
        int found = 0;
        for (String text : texts) {
            found += assertSameCues(text);
        }
        assertThat(found).isGreaterThan(5_000);
    }

    @Test
    void findsTheCuesAScanFindsInOddText() {
        String[] pieces = {"will", "Will", "WILL", "shall", "plans", "plan to", "planned", "is to", "are  to", "going to",
            "annually", "every year", "each\nyear", "was", "were", "been", "ago", "be ", "be\t", "reached", "indeed", "need",
            "red", "Ed", "consider", "it", "favourable", "proposal", "suggestion", "recommended", "invite", "advisable",
            "Desirable", "scheduled", "intends", "intended", "envisaged", "YEARLY", "propose", "suggests", " ", ".", ",",
            "_", "1", "é", "\u0301", "ſ", "K", "x", "not", "\n", "WITHDREW", "Brought", "said", "saw", "met", "SENT", "ed", "eD",
            "ED", "wasé", "é", "Held", "ago1", "ag", "o", "w", "as", "ked", "d", "fled_", "left", "grew",
            // words beginning as a cue does, or nearly (the heads tried before the regex)
            "plant", "Plans", "arena", "isle", "IS", "Are", "inviter", "Every", "eachother", "considerable", "propo",
            "PROPOSAL", "suggestive", "recommendation", "schedule", "intendant", "goings", "envisage", "yearl", "annual",
            "Kill", "wiİl", "shal"};
        Random random = new Random(20261123);
        int found = 0;
        for (int i = 0; i < 20_000; i++) {
            String text = PieceTexts.join(random, pieces, random.nextInt(16) + 1);
            found += assertSameCues(text);
        }
        assertThat(found).isGreaterThan(10_000);
    }

    private static int assertSameCues(String text) {
        ModalityCues.Starts starts = new ModalityCues.Starts(text);
        int n = 0;
        for (Pattern cue : CUES) {
            List<String> expected = new ArrayList<>();
            Matcher m = cue.matcher(text);
            while (m.find()) {
                expected.add(describe(m));
            }
            List<String> actual = starts.all(cue).stream().map(ModalityCuesTest::describe).toList();
            if (!actual.equals(expected)) {
                assertThat(actual).as(cue + " in " + text).isEqualTo(expected);
            }
            MatchResult first = starts.first(cue);
            assertThat(first == null ? null : describe(first)).isEqualTo(expected.isEmpty() ? null : expected.get(0));
            n += expected.size();
        }
        return n;
    }

    private static String describe(MatchResult m) {
        return m.start() + "-" + m.end() + ":" + m.group();
    }

    private static String gunzip(Path p) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
