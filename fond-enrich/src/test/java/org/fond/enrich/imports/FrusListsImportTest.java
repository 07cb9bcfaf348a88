package org.fond.enrich.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fond.core.authority.AuthorityRecord;
import org.fond.core.authority.EntityType;
import org.fond.core.authority.NameVariant;
import org.fond.core.authority.ExternalId;
import org.fond.core.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrusListsImportTest {

    @Test
    void readsThePersonsListOfTheRussiaVolumeScopedToTheVolume() throws IOException {
        ImportResult r = new FrusListsImport().read(Shared.path("corpus/frus-tei/frus1918Russiav03.xml.gz"));
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
        ImportResult r = new FrusListsImport().read(Shared.path("corpus/frus-tei/frus1894Nicaragua.xml.gz"));
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
        ImportResult r = new FrusListsImport().read(f);
        assertThat(r.records()).extracting(AuthorityRecord::id).containsExactly("per:frus-frusTest-p_A1");
        assertThat(r.skipped()).singleElement().satisfies(s -> {
            assertThat(s.where()).isEqualTo("vol.xml line 4");
            assertThat(s.reason()).startsWith("item without a persName xml:id");
        });
    }

    @Test
    void readsTheTermsListAsConceptsWithTheirExpansionsAsNames(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("vol.xml");
        Files.writeString(f, """
                <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="frusTest"><text><front>
                <div type="section" xml:id="terms"><head>Abbreviations and Terms</head><list type="terms">
                <item><hi rend="strong"><term xml:id="t_ZZC1">ZZC</term></hi>, Zonal Zinc Council</item>
                <item><hi rend="strong"><term xml:id="t_Testtel1">Testtel</term></hi>, telegram from the Test Office;
                  see also the cables listed at the end</item>
                <item><hi rend="strong"><term>NOID</term></hi>, a term without an id</item>
                </list></div>
                <div type="section" xml:id="persons"><list type="participants">
                <item><hi rend="strong"><persName xml:id="p_AA1">Able, Anna</persName></hi>, Consul at Testville</item>
                </list></div></front></text></TEI>
                """, StandardCharsets.UTF_8);
        ImportResult r = new FrusListsImport().read(f);
        assertThat(r.entriesRead()).isEqualTo(4);
        assertThat(r.records()).extracting(AuthorityRecord::id).containsExactly("cpt:frus-frusTest-t_ZZC1",
                "cpt:frus-frusTest-t_Testtel1", "per:frus-frusTest-p_AA1");
        AuthorityRecord zzc = r.records().getFirst();
        assertThat(zzc.type()).isEqualTo(EntityType.CONCEPT);
        assertThat(zzc.label()).isEqualTo("ZZC");
        assertThat(zzc.disambiguation()).isEqualTo("Zonal Zinc Council");
        assertThat(zzc.externalIds()).containsExactly(new ExternalId("frus-term", "t_ZZC1", "frusTest", "verified"));
        assertThat(zzc.labels()).extracting(NameVariant::value).containsExactly("ZZC", "Zonal Zinc Council");
        assertThat(zzc.labels()).allSatisfy(v -> assertThat(v.attestedIn()).containsExactly("frus:frusTest/terms#t_ZZC1"));
        // a description with a clause in it is the note, not a name
        AuthorityRecord tel = r.records().get(1);
        assertThat(tel.labels()).extracting(NameVariant::value).containsExactly("Testtel");
        assertThat(tel.disambiguation()).startsWith("telegram from the Test Office;");
        assertThat(r.records().get(2).disambiguation()).isEqualTo("Consul at Testville");
        assertThat(r.skipped()).singleElement().satisfies(s -> {
            assertThat(s.where()).isEqualTo("vol.xml line 6");
            assertThat(s.reason()).startsWith("item without a term xml:id");
        });
        // both forms of the term are found in text and linked to the concept
        var dictionary = org.fond.enrich.mentions.NameDictionary.fromAuthority(r.records());
        assertThat(dictionary.lookup("Zonal Zinc Council")).singleElement().satisfies(e -> {
            assertThat(e.entityId()).isEqualTo("cpt:frus-frusTest-t_ZZC1");
            assertThat(e.type()).isEqualTo("concept");
        });
        assertThat(dictionary.lookup("ZZC")).hasSize(1);
    }

    @Test
    void malformedXmlFailsNamingTheFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("broken.xml");
        Files.writeString(f, "<TEI xml:id=\"x\"><list type=\"names\"><item>", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new FrusListsImport().read(f)).isInstanceOf(IOException.class)
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
            ImportResult r = new FrusListsImport().read(f);
            assertThat(r.records()).noneMatch(rec -> rec.label().contains("SECRET"));
        } catch (IOException refused) {
            assertThat(refused).hasMessageContaining("xxe.xml");
        }
    }
}
