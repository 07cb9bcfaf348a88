package org.fond.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.fond.core.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the front door does with broken input: a one-line rejection naming path and line, never an exception. */
class BadInputTest {
    private final Readers readers = Readers.standard();

    private static byte[] seedBytes(Path seed) {
        return Shared.read(seed).getBytes(StandardCharsets.UTF_8);
    }

    /** The seed's lines up to and including {@code lastLine} (1-based), each ending in a newline. */
    private static String firstLines(Path seed, int lastLine) {
        String[] lines = Shared.read(seed).split("\n", -1);
        return String.join("\n", Arrays.copyOf(lines, lastLine)) + "\n";
    }

    private static Rejection onlyRejection(ReadResult result) {
        assertThat(result.records()).isEmpty();
        assertThat(result.rejections()).hasSize(1);
        Rejection r = result.rejections().get(0);
        assertThat(r.message()).doesNotContain("\n").startsWith(r.path());
        return r;
    }

    @Test
    void rejectsAnEmptyFile() {
        Rejection r = onlyRejection(readers.read(new SourceFile("in/empty.txt", new byte[0])));
        assertThat(r.message()).isEqualTo("in/empty.txt: empty file");
    }

    @Test
    void rejectsBinaryGarbageAsUnknownFormatNamingTheByteAndLine() {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        Rejection r = onlyRejection(readers.read(new SourceFile("in/garbage.bin", garbage)));
        assertThat(r.reason()).startsWith("unknown format: binary data, not UTF-8 text at byte ");
        int at = Integer.parseInt(r.reason().replaceAll("\\D+", " ").strip().split(" ")[1]);
        long newlines = 0;
        for (int i = 0; i < at; i++) {
            newlines += garbage[i] == '\n' ? 1 : 0;
        }
        assertThat(r.line()).isEqualTo(newlines + 1);
        assertThat(r.message()).startsWith("in/garbage.bin: line " + r.line() + ": unknown format");
    }

    @Test
    void rejectsASeedTruncatedMidCitationAtTheCitationLine() {
        byte[] seed = seedBytes(Shared.seed115956());
        String text = new String(seed, StandardCharsets.UTF_8);
        // cut inside the archival reference, before the hard break that carries "14-25" and the URL
        int cut = text.indexOf("Listy") + "Listy".length();
        Rejection r = onlyRejection(readers.read(new SourceFile("in/s1-cut.txt", Arrays.copyOf(seed, cut))));
        assertThat(r.message()).isEqualTo("in/s1-cut.txt: line 9: citation has no URL");
    }

    @Test
    void rejectsAFiftyMegabyteLineQuicklyWithItsLineNumber() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            int size = 50 * 1024 * 1024;
            byte[] header = firstLines(Shared.seed115797(), 24).getBytes(StandardCharsets.UTF_8);
            byte[] file = Arrays.copyOf(header, header.length + size);
            Arrays.fill(file, header.length, file.length, (byte) 'x');
            Rejection r = onlyRejection(readers.read(new SourceFile("in/huge.txt", file)));
            assertThat(r.line()).isEqualTo(25);
            assertThat(r.reason()).isEqualTo("line is " + size + " bytes long, over the limit of 1048576 for a "
                    + "wcda-export file");

            byte[] bare = new byte[size];
            Arrays.fill(bare, (byte) 'x');
            Rejection unknown = onlyRejection(readers.read(new SourceFile("in/bare.txt", bare)));
            assertThat(unknown.reason()).startsWith("unknown format: no reader recognises this file");
        });
    }

    @Test
    void rejectsInvalidUtf8WithTheByteOffsetAndLine() {
        byte[] seed = seedBytes(Shared.seed115797());
        String text = new String(seed, StandardCharsets.UTF_8);
        int lineStart = 0;
        for (int line = 1; line < 40; line++) {
            lineStart = text.indexOf('\n', lineStart) + 1;
        }
        int at = text.substring(0, lineStart).getBytes(StandardCharsets.UTF_8).length;
        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        bad.write(seed, 0, at);
        bad.write(0xC3); // a lead byte with no continuation byte after it
        bad.write(seed, at, seed.length - at);
        Rejection r = onlyRejection(readers.read(new SourceFile("in/bad-utf8.txt", bad.toByteArray())));
        assertThat(r.message()).isEqualTo("in/bad-utf8.txt: line 40: not UTF-8 text at byte " + at);
    }

    @Test
    void readsABodyOfTenThousandNestedBracketsWithoutFailing() {
        String body = "[".repeat(10_000) + "illegible" + "]".repeat(10_000) + "\n\nThe end.\n";
        byte[] file = (firstLines(Shared.seed115797(), 24) + body).getBytes(StandardCharsets.UTF_8);
        ReadResult result = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> readers.read(new SourceFile("in/brackets.txt", file)));
        assertThat(result.rejections()).isEmpty();
        assertThat(result.records()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("wcda:115797");
            assertThat(r.text().rawFirstLine()).isEqualTo(25);
            assertThat(r.text().plain()).startsWith("[".repeat(10_000) + "illegible" + "]".repeat(10_000));
        });
    }

    @Test
    void readsAFolderWithTwoGoodFilesAndRejectsTheBadOne(@TempDir Path dir) throws Exception {
        Path nested = Files.createDirectories(dir.resolve("a/b"));
        Files.copy(Shared.seed115956(), dir.resolve("s1.txt"));
        Files.copy(Shared.seed115797(), nested.resolve("s2.md"));
        Files.writeString(dir.resolve("a/notes.txt"), "Shopping list: bread, milk.\n");
        ReadResult result = readers.readAll(dir);
        assertThat(result.records()).extracting(org.fond.core.model.Record::id)
                .containsExactlyInAnyOrder("wcda:115956", "wcda:115797");
        assertThat(result.rejections()).singleElement().satisfies(r -> {
            assertThat(r.path()).isEqualTo(dir.resolve("a/notes.txt").toString());
            assertThat(r.reason()).startsWith("unknown format");
        });
        assertThat(result.records()).extracting(r -> r.source().file())
                .containsExactlyInAnyOrder(dir.resolve("s1.txt").toString(), nested.resolve("s2.md").toString());
    }

    @Test
    void rejectsAMissingPath(@TempDir Path dir) {
        ReadResult result = readers.readAll(dir.resolve("nowhere"));
        assertThat(result.rejections()).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("no such file or folder"));
    }

    @Test
    void rejectsAFileOverTheSizeLimitWithoutReadingIt(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.txt");
        Files.write(big, new byte[2048]);
        ReadResult result = readers.withLimits(Limits.defaults().withMaxFileBytes(1024)).readAll(big);
        assertThat(result.rejections()).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("file is 2048 bytes, over the limit of 1024 bytes"));
    }

    @Test
    void forcesAFormatByName() {
        byte[] seed = seedBytes(Shared.seed115797());
        assertThat(readers.read(new SourceFile("s2", seed), "wcda-export").records()).hasSize(1);
        assertThat(readers.read(new SourceFile("s2", seed), "no-such-format").rejections()).singleElement()
                .satisfies(r -> assertThat(r.reason()).startsWith("unknown format 'no-such-format'"));
        // a known format forced on a file that is not in it: that reader's own rejection
        assertThat(readers.read(new SourceFile("s2", seed), "frus-tei").rejections()).singleElement()
                .satisfies(r -> assertThat(r.reason()).startsWith("not well-formed XML"));
        assertThat(readers.detect(new SourceFile("s2", seed))).hasValueSatisfying(
                r -> assertThat(r.format()).isEqualTo("wcda-export"));
    }
}
