package org.fond.enrich.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fond.core.authority.AuthorityRecord;
import org.fond.core.authority.ExternalId;
import org.fond.core.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrusPersonsImportTest {

    @Test
    void readsThePersonsListOfTheRussiaVolumeScopedToTheVolume() throws IOException {
        ImportResult r = new FrusPersonsImport().read(Shared.path("corpus/frus-tei/frus1918Russiav03.xml.gz"));
        assertThat(r.entriesRead()).isEqualTo(88);
        assertThat(r.records()).hasSize(88);
        assertThat(r.skipped()).isEmpty();
        AuthorityRecord baker = r.records().getFirst();
        assertThat(baker.id()).isEqualTo("per:frus-frus1918Russiav03-p_BND1");
        assertThat(baker.label()).isEqualTo("Baker, Newton D.");
        assertThat(baker.disambiguation()).isEqualTo("Secretary of War.");
        assertThat(baker.externalIds()).containsExactly(new ExternalId("frus-person", "p_BND1", "frus1918Russiav03", "verified"));
        assertThat(r.records()).extracting(AuthorityRecord::label).contains("Chicherin, George V.");
    }

    @Test
    void aVolumeWithoutAPersonsListGivesNoRecords() throws IOException {
        ImportResult r = new FrusPersonsImport().read(Shared.path("corpus/frus-tei/frus1894Nicaragua.xml.gz"));
        assertThat(r.entriesRead()).isZero();
        assertThat(r.records()).isEmpty();
    }

    @Test
    void anItemWithoutAnIdIsACountedSkipWithItsLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("vol.xml");
        Files.writeString(f, """
                <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="frusTest"><text><front>
                <div type="section" xml:id="persons"><list type="names">
                <item><persName xml:id="p_A1">Able, A.</persName>, Consul.</item>
                <item><persName>Baker, B.</persName>, no id.</item>
                </list></div></front></text></TEI>
                """, StandardCharsets.UTF_8);
        ImportResult r = new FrusPersonsImport().read(f);
        assertThat(r.records()).extracting(AuthorityRecord::id).containsExactly("per:frus-frusTest-p_A1");
        assertThat(r.skipped()).singleElement().satisfies(s -> {
            assertThat(s.where()).isEqualTo("vol.xml line 4");
            assertThat(s.reason()).startsWith("item without a persName xml:id");
        });
    }

    @Test
    void malformedXmlFailsNamingTheFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("broken.xml");
        Files.writeString(f, "<TEI xml:id=\"x\"><list type=\"names\"><item>", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new FrusPersonsImport().read(f)).isInstanceOf(IOException.class)
                .hasMessageContaining("broken.xml");
    }

    @Test
    void externalEntitiesAreNeverResolved(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "SECRET", StandardCharsets.UTF_8);
        Path f = dir.resolve("xxe.xml");
        Files.writeString(f, "<?xml version=\"1.0\"?><!DOCTYPE TEI [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<TEI xml:id=\"v\"><div xml:id=\"persons\"><list><item><persName xml:id=\"p_X\">&x;</persName></item>"
                + "</list></div></TEI>", StandardCharsets.UTF_8);
        try {
            ImportResult r = new FrusPersonsImport().read(f);
            assertThat(r.records()).noneMatch(rec -> rec.label().contains("SECRET"));
        } catch (IOException refused) {
            assertThat(refused).hasMessageContaining("xxe.xml");
        }
    }
}
