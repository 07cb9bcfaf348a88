package org.fond.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.RuleBasedBreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.fond.core.testing.Shared;
import org.junit.jupiter.api.Test;

/** The word boundaries and statuses are ICU's, character by character, on real text and on random text. */
class WordBreakIteratorTest {
    /** A character of every class the simple rules know, and some they hand to ICU (marks, ZWJ, Hebrew, Han, Thai, emoji). */
    private static final String CONTEXT = "a1_ .:,;'\"\n\r\t-\u2019\u00E9\u00A0\u3000\u0301\u200D\u05D0\u4E00\u0E01\u00A9";
    private final RuleBasedBreakIterator icu = (RuleBasedBreakIterator) BreakIterator.getWordInstance(ULocale.ROOT);
    private final WordBreakIterator words = WordBreakIterator.newInstance();

    @Test
    void breaksEveryCharacterOfThePlaneAsIcuDoesBetweenCharactersOfEveryClass() {
        int compared = 0;
        for (int c = 0; c < 0x10000; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            for (int x = 0; x < CONTEXT.length(); x += 3) {
                for (int y = 1; y < CONTEXT.length(); y += 2) {
                    assertSame("" + CONTEXT.charAt(x) + (char) c + CONTEXT.charAt(y));
                    compared++;
                }
            }
            assertSame("" + (char) c + (char) c);
        }
        assertThat(compared).isGreaterThan(5_000_000);
    }

    @Test
    void breaksRandomTextAsIcuDoes() {
        Random random = new Random(20261123);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(24); n > 0; n--) {
                if (random.nextInt(5) == 0) {
                    int c = random.nextInt(0x10000);
                    text.append(Character.isSurrogate((char) c) ? 'x' : (char) c);
                } else {
                    text.append(CONTEXT.charAt(random.nextInt(CONTEXT.length())));
                }
            }
            assertSame(text.toString());
        }
    }

    @Test
    void breaksRealDocumentsAsIcuDoes() {
        List<String> texts = new ArrayList<>();
        texts.add(Shared.read(Shared.seed115956()));
        texts.add(Shared.read(Shared.seed115797()));
        texts.add(Shared.read(Shared.path("corpus/wcda/wilson_archive_sample.csv")));
        texts.add(gunzip(Shared.path("corpus/frus-tei/frus1918Russiav03.xml.gz")));
        for (String text : texts) {
            assertSame(text);
        }
    }

    @Test
    void movesAboutTheTextAsIcuDoes() {
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(16); n > 0; n--) {
                text.append(CONTEXT.charAt(random.nextInt(CONTEXT.length())));
            }
            String t = text.toString();
            icu.setText(t);
            words.setText(t);
            assertThat(words.last()).isEqualTo(icu.last());
            assertThat(words.getRuleStatus()).isEqualTo(icu.getRuleStatus());
            for (int b = icu.previous(), w = words.previous(); ; b = icu.previous(), w = words.previous()) {
                assertThat(w).as(t).isEqualTo(b);
                if (b == BreakIterator.DONE) {
                    break;
                }
            }
            for (int offset = 0; offset <= t.length(); offset++) {
                assertThat(words.following(offset)).as(t + " following " + offset).isEqualTo(icu.following(offset));
                assertThat(words.current()).isEqualTo(icu.current());
                assertThat(words.preceding(offset)).as(t + " preceding " + offset).isEqualTo(icu.preceding(offset));
                assertThat(words.current()).isEqualTo(icu.current());
                assertThat(words.isBoundary(offset)).as(t + " boundary " + offset).isEqualTo(icu.isBoundary(offset));
                assertThat(words.current()).isEqualTo(icu.current());
            }
            assertThat(words.first()).isEqualTo(icu.first());
            assertThat(words.next(2)).isEqualTo(icu.next(2));
        }
    }

    @Test
    void readsAWindowOfACharacterIteratorWithItsOffsets() {
        String text = "xx Kim Il-sung’s 3,564 (1957)\r\n  Ким \u05D0\"\u05D1 yy";
        StringCharacterIterator window = new StringCharacterIterator(text, 3, text.length() - 3, 3);
        icu.setText(window);
        words.setText((StringCharacterIterator) window.clone());
        String found = boundaries(words);
        assertThat(found).isEqualTo(boundaries(icu)).startsWith("3:0").endsWith(" " + (text.length() - 3) + ":200");
    }

    @Test
    void eachCloneKeepsItsOwnText() {
        WordBreakIterator other = words.clone();
        words.setText("one two");
        other.setText("three");
        assertThat(words.last()).isEqualTo(7);
        assertThat(other.last()).isEqualTo(5);
    }

    private void assertSame(String text) {
        icu.setText(text);
        words.setText(text);
        String expected = boundaries(icu);
        String actual = boundaries(words);
        if (!actual.equals(expected)) {
            assertThat(actual).as(text).isEqualTo(expected);
        }
    }

    private static String boundaries(BreakIterator b) {
        StringBuilder out = new StringBuilder().append(b.current()).append(':').append(b.getRuleStatus());
        for (int at = b.next(); at != BreakIterator.DONE; at = b.next()) {
            out.append(' ').append(at).append(':').append(b.getRuleStatus());
        }
        return out.toString();
    }

    private static String gunzip(Path p) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
