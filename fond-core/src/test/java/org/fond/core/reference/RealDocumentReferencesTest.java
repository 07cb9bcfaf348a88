package org.fond.core.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fond.core.reference.Lossless.assertAccountsForEveryCharacter;
import static org.fond.core.reference.ReferenceParserTest.TEST;
import static org.fond.core.reference.ReferenceParserTest.levels;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.fond.core.testing.Shared;
import org.junit.jupiter.api.Test;

/** References read from the real seeds and corpus under ../shared. */
class RealDocumentReferencesTest {
    private static final String PUBLISHER = "Wilson Center Digital Archive, ";

    /** The citation paragraph: the non-blank lines after the "Citation:" heading, joined as in the file. */
    static String citation(Path seed) {
        List<String> lines = Shared.read(seed).lines().toList();
        int heading = 0;
        while (!lines.get(heading).contains("Citation:")) {
            heading++;
        }
        int first = heading + 1;
        while (lines.get(first).isBlank()) {
            first++;
        }
        int last = first;
        while (last + 1 < lines.size() && !lines.get(last + 1).isBlank()) {
            last++;
        }
        return String.join("\n", lines.subList(first, last + 1));
    }

    /** The source part of a citation: after the publisher, before the credit sentence (MODEL.md §1.5). */
    static String source(String citation) {
        int from = citation.indexOf(PUBLISHER) + PUBLISHER.length();
        int to = citation.indexOf(". Translated", from);
        assertThat(from).isGreaterThanOrEqualTo(PUBLISHER.length());
        assertThat(to).isGreaterThan(from);
        return citation.substring(from, to);
    }

    @Test
    void parsesS1CitationReferenceBrokenAcrossLines() {
        String raw = source(citation(Shared.seed115956()));
        assertThat(raw).startsWith("AVPRF F. 0102").contains("\n");
        var ref = ReferenceParser.parse(raw, "citation", TEST).orElseThrow();
        assertThat(ref.raw()).isEqualTo(raw);
        assertAccountsForEveryCharacter(ref);
        assertThat(ref.scheme().levels()).containsExactlyEntriesOf(levels("0102", "14", null, "6"));
        assertThat(ref.scheme().folios()).containsExactly(new FolioRange("14", false, "25", false));
        assertThat(ref.fileKey()).isEqualTo("AVPRF/0102/14/6");
        assertThat(ref.canonical()).isEqualTo("AVPRF, f. 0102, op. 14, d. 6, ll. 14–25");
    }

    @Test
    void parsesS2CitationReferenceAndFindsItAgainInTheBody() {
        Path seed = Shared.seed115797();
        String raw = source(citation(seed));
        var cited = ReferenceParser.parse(raw, "citation", TEST).orElseThrow();
        assertAccountsForEveryCharacter(cited);
        assertThat(cited.scheme().levels()).containsExactlyEntriesOf(levels("0102", "11", "65", "45"));
        assertThat(cited.flags()).containsExactly(Flags.NO_FOLIOS);

        String text = Shared.read(seed);
        var found = ReferenceParser.find(text, "body", TEST);
        assertThat(found).as("once in the citation, once as a body line").hasSize(2);
        for (var f : found) {
            assertThat(text.substring(f.start(), f.end())).isEqualTo(f.reference().raw()).isEqualTo(raw);
            assertThat(f.reference().fileKey()).isEqualTo(cited.fileKey());
        }
        String bodyLine = text.lines().filter(l -> l.strip().equals(raw)).findFirst().orElseThrow();
        assertThat(bodyLine).isEqualTo(raw);
    }

    @Test
    void findsNoStrayReferenceInS1() {
        String text = Shared.read(Shared.seed115956());
        var found = ReferenceParser.find(text, "body", TEST);
        assertThat(found).as("only the citation line, whose folios sit on the next line").hasSize(1);
        assertThat(found.getFirst().reference().fileKey()).isEqualTo("AVPRF/0102/14/6");
    }

    @Test
    void parsesEveryClosingArchivalLineOfTheTranslatedSovietVolume() throws IOException {
        List<String> lines;
        Path book = Shared.path("corpus/soviet-translated/JFK_Russia_Translated_English.md.gz");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(book))) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> l.matches("^RGANI\\.? F\\..*")).toList();
        }
        assertThat(lines).as("SOURCES.md counts 84 archival lines; 80 start with RGANI F.").hasSizeGreaterThan(70);
        for (String line : lines) {
            var ref = ReferenceParser.parse(line, "body", TEST).orElseThrow();
            assertAccountsForEveryCharacter(ref);
            assertThat(ref.repository().code()).as(line).isEqualTo("RGANI");
            assertThat(ref.fileKey()).as(line).matches("RGANI/\\d+/\\d+/\\d+");
            assertThat(ref.scheme().folios()).as(line).isNotEmpty();
            assertThat(ref.trailer()).as(line).matches("^(|\\p{Lu}.*)$");
        }
    }
}
