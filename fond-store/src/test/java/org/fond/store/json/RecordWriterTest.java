package org.fond.store.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.fond.core.model.Record;
import org.fond.core.testing.Shared;
import org.fond.ingest.Readers;
import org.junit.jupiter.api.Test;

/** The streamed record JSON is, character for character, the tree {@link RecordJson#toTree} writes. */
class RecordWriterTest {

    @Test
    void writesWhatTheTreeWritesForEveryRecordOfTheCorpus() throws IOException {
        List<Record> records = new ArrayList<>();
        Readers readers = Readers.standard();
        for (String folder : List.of("corpus/frus-tei", "corpus/wcda", "seeds")) {
            try (Stream<Path> files = Files.list(Shared.path(folder))) {
                for (Path p : files.filter(f -> !f.toString().endsWith(".md")).sorted().toList()) {
                    records.addAll(readers.readAll(p).records());
                }
            }
        }
        assertThat(records).hasSizeGreaterThan(2_000);
        for (Record r : records) {
            String expected = RecordJson.writeTree(r);
            String actual = RecordJson.write(r);
            if (!actual.equals(expected)) {
                assertThat(actual).as(r.id()).isEqualTo(expected);
            }
        }
    }
}
