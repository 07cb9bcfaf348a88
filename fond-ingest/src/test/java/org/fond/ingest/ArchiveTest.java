package org.fond.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.fond.core.model.Record;
import org.fond.core.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archives built here from the real seeds, and archives built to break the unpacker. */
class ArchiveTest {
    private final Readers readers = Readers.standard();

    private static byte[] seed(Path p) throws IOException {
        return Files.readAllBytes(p);
    }

    @Test
    void readsBothSeedsFromATarGz(@TempDir Path dir) throws Exception {
        Path archive = dir.resolve("seeds.tar.gz");
        try (OutputStream file = Files.newOutputStream(archive);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(file))) {
            for (Path s : new Path[] {Shared.seed115956(), Shared.seed115797()}) {
                byte[] bytes = seed(s);
                TarArchiveEntry entry = new TarArchiveEntry("inner/" + s.getFileName());
                entry.setSize(bytes.length);
                tar.putArchiveEntry(entry);
                tar.write(bytes);
                tar.closeArchiveEntry();
            }
        }
        ReadResult result = readers.readAll(archive);
        assertThat(result.rejections()).isEmpty();
        assertThat(result.records()).extracting(Record::id).containsExactly("wcda:115956", "wcda:115797");
        assertThat(result.records().get(0).source().file())
                .isEqualTo(archive + "!/inner/" + Shared.seed115956().getFileName());
        // unpacking keeps every byte: the record read from the archive equals the one read from the file
        Record direct = readers.read(new SourceFile(result.records().get(1).source().file(),
                seed(Shared.seed115797()))).records().get(0);
        assertThat(result.records().get(1)).isEqualTo(direct);
    }

    @Test
    void readsBothSeedsFromAZipAndAGz(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("seeds.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Path s : new Path[] {Shared.seed115956(), Shared.seed115797()}) {
                out.putNextEntry(new ZipEntry("docs/" + s.getFileName()));
                out.write(seed(s));
                out.closeEntry();
            }
        }
        Path gz = dir.resolve("s2.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(seed(Shared.seed115797()));
        }
        ReadResult result = readers.readAll(zip, gz);
        assertThat(result.rejections()).isEmpty();
        assertThat(result.records()).extracting(r -> r.source().file()).containsExactly(
                zip + "!/docs/" + Shared.seed115956().getFileName(),
                zip + "!/docs/" + Shared.seed115797().getFileName(),
                gz + "!/s2.txt");
    }

    @Test
    void readsAZipInsideATarGzUpToTheDepthLimit(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream zipBytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipBytes)) {
            zip.putNextEntry(new ZipEntry("s2.txt"));
            zip.write(seed(Shared.seed115797()));
            zip.closeEntry();
        }
        Path archive = dir.resolve("outer.tgz");
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(Files.newOutputStream(archive)))) {
            TarArchiveEntry entry = new TarArchiveEntry("box/inner.zip");
            entry.setSize(zipBytes.size());
            tar.putArchiveEntry(entry);
            tar.write(zipBytes.toByteArray());
            tar.closeArchiveEntry();
        }
        ReadResult result = readers.readAll(archive);
        assertThat(result.records()).extracting(r -> r.source().file())
                .containsExactly(archive + "!/box/inner.zip!/s2.txt");

        Limits shallow = new Limits(Limits.defaults().maxFileBytes(), Limits.defaults().maxExpandedBytes(),
                Limits.defaults().maxEntries(), Limits.defaults().maxCompressionRatio(),
                Limits.defaults().ratioFloorBytes(), 1);
        ReadResult limited = readers.withLimits(shallow).readAll(archive);
        assertThat(limited.records()).isEmpty();
        assertThat(limited.rejections()).singleElement().satisfies(r -> {
            assertThat(r.path()).isEqualTo(archive + "!/box/inner.zip");
            assertThat(r.reason()).isEqualTo("archive nested more than 1 levels deep");
        });
    }

    @Test
    void rejectsAZipBombByItsCompressionRatioWithoutExpandingIt(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry(Shared.seed115956().getFileName().toString()));
            out.write(seed(Shared.seed115956()));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("padding.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 50; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        assertThat(Files.size(zip)).isLessThan(1 << 20);
        ReadResult result = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> readers.readAll(zip));
        assertThat(result.records()).extracting(Record::id).containsExactly("wcda:115956");
        assertThat(result.rejections()).singleElement().satisfies(r -> {
            assertThat(r.path()).isEqualTo(zip + "!/padding.txt");
            assertThat(r.reason()).startsWith("zip bomb suspected: " + Files.size(zip) + " compressed bytes");
        });
    }

    @Test
    void rejectsAnArchiveWithTooManyEntries(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("many.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i < 5; i++) {
                out.putNextEntry(new ZipEntry("n" + i + ".txt"));
                out.write(("note " + i).getBytes());
                out.closeEntry();
            }
        }
        ReadResult result = readers.withLimits(Limits.defaults().withMaxEntries(3)).readAll(zip);
        assertThat(result.rejections()).filteredOn(r -> r.reason().equals("archive has more than 3 entries"))
                .singleElement().satisfies(r -> assertThat(r.path()).isEqualTo(zip + "!/n3.txt"));
        // the three entries within the limit were still read (and rejected as unknown text)
        assertThat(result.rejections()).filteredOn(r -> r.reason().startsWith("unknown format")).hasSize(3);
    }

    @Test
    void rejectsADamagedArchive(@TempDir Path dir) throws Exception {
        Path gz = dir.resolve("broken.tar.gz");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
        Files.write(gz, bytes.toByteArray());
        ReadResult result = readers.readAll(gz);
        assertThat(result.rejections()).singleElement().satisfies(r -> {
            assertThat(r.path()).isEqualTo(gz.toString());
            assertThat(r.reason()).startsWith("cannot unpack tar.gz archive");
        });
    }
}
