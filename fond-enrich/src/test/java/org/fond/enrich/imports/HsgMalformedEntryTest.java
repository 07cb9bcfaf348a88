package org.fond.enrich.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.fond.core.authority.AuthorityRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken person file is a counted skip naming the archive and the entry; a broken archive fails naming the file. */
class HsgMalformedEntryTest {

    private static void add(TarArchiveOutputStream tar, String name, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setSize(bytes.length);
        tar.putArchiveEntry(e);
        tar.write(bytes);
        tar.closeArchiveEntry();
    }

    @Test
    void aBrokenPersonFileIsSkippedWithItsEntryName(@TempDir Path dir) throws IOException {
        Path archive = dir.resolve("people.tar.gz");
        try (OutputStream out = Files.newOutputStream(archive);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
            add(tar, "data/1.xml", "<person><id>1</id><names><preferred><name>Able, Anne</name></preferred>"
                    + "<originals><original><name>Able, Anne (Anne Able)</name><source-url>"
                    + "https://history.state.gov/historicaldocuments/frus1950v01/persons#p_AA1</source-url></original>"
                    + "</originals></names></person>");
            add(tar, "data/2.xml", "<person><id>2</id><names><preferred><name>Baker");
            add(tar, "data/3.xml", "<person><names><preferred><name>No Id</name></preferred></names></person>");
            add(tar, "README.txt", "not a person");
        }
        ImportResult r = new HsgPeopleImport().read(archive);
        assertThat(r.entriesRead()).isEqualTo(4);
        assertThat(r.records()).extracting(AuthorityRecord::id).containsExactly("per:hsg-1");
        assertThat(r.records().getFirst().labels()).extracting(v -> v.value()).containsExactly("Able, Anne", "Anne Able");
        assertThat(r.records().getFirst().labels().get(1).attestedIn()).containsExactly("frus:frus1950v01/persons#p_AA1");
        assertThat(r.skipped()).extracting(ImportResult.Skip::where)
                .containsExactly("people.tar.gz!data/2.xml", "people.tar.gz!data/3.xml", "people.tar.gz!README.txt");
        assertThat(r.skippedByReason()).containsOnlyKeys("malformed XML", "no numeric <id>", "not a person file");
    }

    @Test
    void aFileThatIsNoArchiveFailsNamingIt(@TempDir Path dir) throws IOException {
        Path bogus = dir.resolve("bogus.tar.gz");
        Files.writeString(bogus, "plain text", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new HsgPeopleImport().read(bogus)).isInstanceOf(IOException.class)
                .hasMessageContaining("bogus.tar.gz");
    }
}
