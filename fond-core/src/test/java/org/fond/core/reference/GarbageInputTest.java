package org.fond.core.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.fond.core.reference.Lossless.assertAccountsForEveryCharacter;

import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fond.core.model.Provenance;
import org.junit.jupiter.api.Test;

/** Bad input never throws, and whatever is parsed from it still keeps every character. */
class GarbageInputTest {
    private static final Provenance TEST = Provenance.of("test", "garbage");
    /** Pieces that look like references, so random strings reach deep into the grammar. */
    private static final List<String> PIECES = List.of("AVPRF", "АВП РФ", "SAPMO-BA", "F.", "f", "Fond", "Ф.", "Op.",
            "O.", "Оп.", "P.", "П.", "D.", "Delo", "Д.", "ed. khr.", "L.", "ll.", "Listy", "Лл.", "ob.", "об.", "v",
            "R-", "Р-", "0102", "14", "6", "-", "–", "—", "/", ",", ".", ";", ":", " ", "  ", "\n", "[", "]", "(",
            "handwritten:", "x", "é", "\uD83D\uDCDC", "\uD800");

    static void assertNeverThrowsAndKeepsEverything(String text) {
        assertThatCode(() -> {
            ReferenceParser.parse(text, "citation", TEST).ifPresent(ref -> {
                assertThat(ref.raw()).isEqualTo(text);
                assertAccountsForEveryCharacter(ref);
            });
            for (var found : ReferenceParser.find(text, "body", TEST)) {
                assertThat(found.reference().raw()).isEqualTo(text.substring(found.start(), found.end()));
            }
        }).as("input %s", text.length() > 200 ? text.substring(0, 200) + "…" : text).doesNotThrowAnyException();
    }

    @Test
    void toleratesEmptyNullAndPunctuation() {
        assertThat(ReferenceParser.parse(null, "citation", TEST)).isEmpty();
        assertThat(ReferenceParser.find(null, "body", TEST)).isEmpty();
        for (String s : List.of("", " ", ".", ",.;:", "[]", "[", "]]]", "—–-", "////", "F.", "AVPRF", "AVPRF F.",
                "F. F. F. 1", "Ll. ob.", "[handwritten:", "\uD800")) {
            assertNeverThrowsAndKeepsEverything(s);
        }
        assertThat(ReferenceParser.parse(",.;: ", "citation", TEST)).isEmpty();
        assertThat(ReferenceParser.parse("AVPRF", "citation", TEST).orElseThrow().trailer()).isEmpty();
    }

    @Test
    void toleratesTenThousandCharacters() {
        Random random = new Random(20240517);
        StringBuilder mixed = new StringBuilder();
        while (mixed.length() < 10_000) {
            mixed.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        StringBuilder noise = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            noise.append((char) random.nextInt(0x3000));
        }
        for (String s : List.of(mixed.toString(), noise.toString(), "F. 1 ".repeat(2_000), "1/".repeat(5_000),
                "AVPRF ".repeat(1_700), "[".repeat(10_000), "ll. " + "1-2, ".repeat(2_000))) {
            assertNeverThrowsAndKeepsEverything(s);
        }
    }

    @Property(tries = 300)
    void anyMixOfReferencePiecesNeverThrows(@ForAll("mixes") String text) {
        assertNeverThrowsAndKeepsEverything(text);
    }

    @Provide
    Arbitrary<String> mixes() {
        return Arbitraries.of(PIECES).list().ofMaxSize(30).map(l -> String.join("", l));
    }
}
