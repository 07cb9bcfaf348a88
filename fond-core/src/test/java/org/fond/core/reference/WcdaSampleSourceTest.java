package org.fond.core.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fond.core.reference.Lossless.assertAccountsForEveryCharacter;
import static org.fond.core.reference.ReferenceParserTest.TEST;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fond.core.testing.Shared;
import org.junit.jupiter.api.Test;

/**
 * The {@code source} column of the 11-record WCDA CSV sample: Indian, Japanese and German archives,
 * none of them a family Fond parses into levels yet. Each must still give its repository and keep
 * the rest, credits included, as the trailer.
 */
class WcdaSampleSourceTest {

    static List<Map<String, String>> rows() throws IOException {
        CsvSchema header = CsvSchema.emptySchema().withHeader();
        try (Reader in = Files.newBufferedReader(Shared.path("corpus/wcda/wilson_archive_sample.csv"),
                StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                     .with(header).readValues(in)) {
            return it.readAll();
        }
    }

    @Test
    void everySourceValueKeepsItsRepositoryAndEveryCharacter() throws IOException {
        List<Map<String, String>> rows = rows();
        assertThat(rows).hasSize(11);
        Map<String, Integer> byRepository = new TreeMap<>();
        for (Map<String, String> row : rows) {
            String source = row.get("source");
            var ref = ReferenceParser.parse(source, "citation", TEST).orElseThrow();
            assertThat(ref.raw()).isEqualTo(source);
            assertAccountsForEveryCharacter(ref);
            assertThat(ref.scheme()).as(source).isInstanceOf(ReferenceScheme.Unstructured.class);
            assertThat(ref.flags()).containsExactly(Flags.UNSTRUCTURED);
            // "<repository>, <rest>": the trailer is exactly the rest, nothing trimmed inside it.
            assertThat(source).startsWith(ref.repository().asCited() + ", ");
            assertThat(ref.trailer()).isEqualTo(source.substring(ref.repository().asCited().length() + 2));
            assertThat(ref.canonical()).isEqualTo(ref.repository().code() + ", " + ref.trailer());
            byRepository.merge(ref.repository().code(), 1, Integer::sum);
        }
        assertThat(byRepository).containsExactlyEntriesOf(new TreeMap<>(Map.of("BArch", 6, "JP-MOFA", 4, "NMML", 1)));
    }

    @Test
    void keepsBundesarchivSignatureAndFoliosInTheTrailer() throws IOException {
        var barch = rows().stream().map(r -> r.get("source")).filter(s -> s.startsWith("BArch")).toList();
        assertThat(barch).hasSize(6);
        for (String source : barch) {
            var ref = ReferenceParser.parse(source, "citation", TEST).orElseThrow();
            assertThat(ref.repository()).isEqualTo(new Repository("BArch", "BArch"));
            assertThat(ref.trailer()).matches("B 136/59748, \\d+-\\d+\\. Contributed, .*");
        }
    }
}
