package org.fond.ingest.frustext;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.fond.core.model.HeaderField;
import org.fond.core.model.Record;
import org.fond.core.testing.Shared;
import org.fond.ingest.ReadResult;
import org.fond.ingest.Readers;
import org.fond.ingest.SourceFile;
import org.junit.jupiter.api.Test;

/** The flattened FRUS TSV on a real volume of corpus/frus-text, and its two quirks. */
class FrusTextReaderTest {
    @Test
    void readsTheWholeVolumeAsOneVerbatimRecord() {
        ReadResult result = Readers.standard().readAll(Shared.path("corpus/frus-text/frus1955-57v26.txt.gz"));
        assertThat(result.rejections()).isEmpty();
        Record r = result.records().getFirst();
        assertThat(result.records()).hasSize(1);
        assertThat(r.id()).isEqualTo("frus-text:frus1955-57v26");
        assertThat(r.source().format()).isEqualTo(FrusTextReader.FORMAT);
        assertThat(r.header()).containsExactly(new HeaderField("filename", "frus1955-57v26.xml", 1, true));
        assertThat(r.text().plain()).startsWith("Foreign Relations of the United States 1955–1957 Volume XXVI")
                .doesNotContain("\t", "\r", "\n");
        // the file less its 43-character header line, its CR, the file name and the tab
        assertThat(r.text().plain().getBytes(StandardCharsets.UTF_8).length).isEqualTo(2_151_694 - 43 - 1 - 18 - 1);
        assertThat(r.flags()).singleElement().satisfies(f -> assertThat(f.code()).isEqualTo("whole-volume"));
    }

    @Test
    void rejectsAHeaderWithoutARowAndNamesASecondRow() {
        String header = "filename\ttr #\tauthor pid\tpub date\tfull text\r";
        var reader = new FrusTextReader();
        assertThat(reader.read(new SourceFile("v.txt", header.getBytes(StandardCharsets.UTF_8))).rejections())
                .singleElement().satisfies(j -> assertThat(j.reason()).contains("not followed by a row"));
        ReadResult two = reader.read(new SourceFile("v.txt", (header + "a.xml\tOne.\rb.xml\tTwo.")
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(two.records()).extracting(Record::id).containsExactly("frus-text:a");
        assertThat(two.rejections()).singleElement().satisfies(j -> assertThat(j.reason()).contains("one volume a file"));
    }
}
