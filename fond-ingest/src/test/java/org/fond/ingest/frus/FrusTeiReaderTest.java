package org.fond.ingest.frus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.fond.core.model.Annotation;
import org.fond.core.model.Contributor;
import org.fond.core.model.Mention;
import org.fond.core.model.QualityFlag;
import org.fond.core.model.Record;
import org.fond.core.testing.Shared;
import org.fond.ingest.ReadResult;
import org.fond.ingest.Readers;
import org.fond.ingest.SourceFile;
import org.junit.jupiter.api.Test;

/** The reader on small volumes written here, and on hostile XML. */
class FrusTeiReaderTest {
    private static final String OPEN = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" "
            + "xmlns:frus=\"http://history.state.gov/frus/ns/1.0\">\n";
    private final FrusTeiReader reader = new FrusTeiReader();

    private static SourceFile file(String name, String xml) {
        return new SourceFile(name, xml.getBytes(StandardCharsets.UTF_8));
    }

    private static String volume(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + OPEN + "<text><body>\n" + body + "\n</body></text></TEI>\n";
    }

    @Test
    void refusesAnExternalEntityWithoutReadingIt() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>\n"
                + OPEN + "<text><body><div type=\"document\" xml:id=\"d1\" n=\"1\"><head>A</head><p>&secret;</p>"
                + "</div></body></text></TEI>";
        SourceFile hostile = file("hostile-xxe.xml", xml);
        assertThat(reader.accepts(hostile)).isTrue();
        ReadResult result = Readers.standard().read(hostile);
        assertThat(result.records()).isEmpty();
        assertThat(result.rejections()).singleElement().satisfies(r -> {
            assertThat(r.reason()).contains("DOCTYPE").contains("refused");
            assertThat(r.line()).isEqualTo(2);
        });
    }

    @Test
    void refusesABillionLaughsWithoutExpandingIt() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE TEI [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        dtd.append("]>\n");
        String xml = "<?xml version=\"1.0\"?>\n" + dtd + OPEN + "<text><body><div type=\"document\" xml:id=\"d1\">"
                + "<head>A</head><p>&lol9;</p></div></body></text></TEI>";
        SourceFile bomb = file("hostile-laughs.xml", xml);
        assertThat(reader.accepts(bomb)).isTrue();
        long started = System.nanoTime();
        ReadResult result = Readers.standard().read(bomb);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(result.records()).isEmpty();
        assertThat(result.rejections()).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("DOCTYPE"));
    }

    @Test
    void refusesAnUndeclaredEntityAsNotWellFormed() {
        ReadResult result = reader.read(file("undeclared.xml", volume(
                "<div type=\"document\" xml:id=\"d1\" n=\"1\"><head>A</head><p>&x;</p></div>")));
        assertThat(result.records()).isEmpty();
        assertThat(result.rejections()).singleElement().satisfies(r -> {
            assertThat(r.reason()).startsWith("not well-formed XML").contains("x");
            assertThat(r.line()).isEqualTo(4);
        });
    }

    @Test
    void keepsTheDocumentsBeforeTheLineWhereTheXmlBreaks() {
        String xml = volume("<div type=\"document\" xml:id=\"d1\" n=\"1\"><head>First</head><p>One.</p></div>\n"
                + "<div type=\"document\" xml:id=\"d2\" n=\"2\"><head>Second</head><p>Two.</div>");
        ReadResult result = reader.read(file("broken.xml", xml));
        assertThat(result.records()).extracting(Record::id).containsExactly("frus:broken/d1");
        assertThat(result.rejections()).singleElement().satisfies(r -> {
            assertThat(r.reason()).startsWith("not well-formed XML");
            assertThat(r.line()).isEqualTo(5);
        });
    }

    @Test
    void rejectsADocumentWithoutAnIdAndReadsTheRest() {
        ReadResult result = reader.read(file("vol.xml", volume(
                "<div type=\"document\" n=\"1\"><head>No id</head><p>x</p></div>\n"
                        + "<div type=\"document\" xml:id=\"d2\" n=\"2\"><head>Has id</head><p>y</p></div>")));
        assertThat(result.records()).extracting(Record::id).containsExactly("frus:vol/d2");
        assertThat(result.rejections()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo("document 1 has no xml:id to name it by");
            assertThat(r.line()).isEqualTo(4);
        });
    }

    @Test
    void readsHeadingDatelineNotesPageBreaksListsAndEnclosuresOfAWrittenDocument() {
        String xml = volume("""
                <pb n="7" xml:id="pg_7"/>
                <div type="document" xml:id="d5" n="5">
                  <note rend="inline" type="source">File No. 123.45/6</note>
                  <head>The Consul at Atlantis (<persName type="from" corresp="#p_AB1">Abel</persName>)
                    to the <gloss type="to">Secretary of State</gloss><note n="1" xml:id="d5fn1">Not
                    printed.</note></head>
                  <dateline><placeName>Atlantis</placeName>, <date>March 3, 1911</date>.</dateline>
                  <p>Talked with <persName corresp="#p_CD2">Mr. Cole</persName> about the
                     harbour<note n="2" xml:id="d5fn2">See <persName>Dane</persName>, above.</note> works.
                     <pb n="8" xml:id="pg_8"/>He agreed.</p>
                  <list><label>1.</label><item>Wharves.</item><label>2.</label><item>Cranes.</item></list>
                  <closer><signed><persName corresp="#p_AB1">Abel</persName></signed></closer>
                  <frus:attachment>
                    <note rend="inline" type="source">[Enclosure]</note>
                    <head>Mr. Cole to the Consul</head>
                    <table><row><cell>Wharf</cell><cell>10</cell></row></table>
                  </frus:attachment>
                </div>""");
        ReadResult result = reader.read(file("frus1911Atlantis.xml", xml));
        assertThat(result.rejections()).isEmpty();
        Record r = result.records().get(0);
        String plain = r.text().plain();
        assertThat(r.id()).isEqualTo("frus:frus1911Atlantis/d5");
        assertThat(r.title()).isEqualTo("The Consul at Atlantis (Abel) to the Secretary of State");
        assertThat(plain).isEqualTo("""
                The Consul at Atlantis (Abel) to the Secretary of State

                Atlantis, March 3, 1911.

                Talked with Mr. Cole about the harbour works. He agreed.

                1. Wharves.

                2. Cranes.

                Abel

                [Enclosure]

                Mr. Cole to the Consul

                Wharf\t10""");
        assertThat(r.date().edtf()).isEqualTo("1911-03-03");
        assertThat(r.date().display()).isEqualTo("March 3, 1911");
        assertThat(r.date().provenance().rule()).isEqualTo("date-text");
        assertThat(FrusVolumesTest.header(r, "Page")).isEqualTo("7");
        assertThat(FrusVolumesTest.header(r, "Source note")).isEqualTo("File No. 123.45/6");
        assertThat(r.contributors()).extracting(Contributor::name, Contributor::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Abel", "sender"),
                org.assertj.core.groups.Tuple.tuple("Secretary of State", "addressee"),
                org.assertj.core.groups.Tuple.tuple("Abel", "signatory"));
        // the names in the text, not the one in the footnote
        assertThat(r.mentions()).filteredOn(m -> m.type().equals("person"))
                .extracting(Mention::surface, Mention::entity).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Abel", "frus:frus1911Atlantis#p_AB1"),
                        org.assertj.core.groups.Tuple.tuple("Mr. Cole", "frus:frus1911Atlantis#p_CD2"),
                        org.assertj.core.groups.Tuple.tuple("Abel", "frus:frus1911Atlantis#p_AB1"));
        List<Annotation.EditorialNote> notes = r.annotations().stream()
                .filter(a -> a instanceof Annotation.EditorialNote).map(a -> (Annotation.EditorialNote) a).toList();
        assertThat(notes).extracting(Annotation.EditorialNote::content)
                .containsExactly("Not printed.", "See Dane, above.");
        assertThat(notes.get(0).span().start()).isEqualTo(r.title().length());
        assertThat(plain.substring(0, notes.get(1).span().start())).endsWith("the harbour");
        assertThat(r.annotations()).filteredOn(a -> a instanceof Annotation.PageBreak).singleElement()
                .satisfies(pb -> {
                    assertThat(plain.substring(pb.span().start())).startsWith(" He agreed.");
                    assertThat(pb.provenance().rule()).isEqualTo("pb n=8");
                });
        assertThat(r.flags()).extracting(QualityFlag::code).doesNotContain("no-date", "no-heading");
    }

    @Test
    void takesTheVolumeIdFromTheHeaderIdnoBeforeTheFileName() {
        String xml = "<?xml version=\"1.0\"?>\n" + OPEN + "<teiHeader><fileDesc><publicationStmt>"
                + "<idno type=\"frus\">frus1999v01</idno></publicationStmt></fileDesc></teiHeader>"
                + "<text><body><div type=\"document\" xml:id=\"d1\" n=\"1\"><head>A</head><p>b</p></div>"
                + "</body></text></TEI>";
        Record r = reader.read(file("whatever.xml", xml)).records().get(0);
        assertThat(r.id()).isEqualTo("frus:frus1999v01/d1");
        assertThat(r.source().url()).isEqualTo("https://history.state.gov/historicaldocuments/frus1999v01/d1");
    }

    @Test
    void acceptsFrusVolumesAndNothingElse() {
        byte[] nicaragua = Readers.standard().expand(FrusVolumesTest.volume("frus1894Nicaragua")).files().get(0).bytes();
        assertThat(reader.accepts(new SourceFile("v.xml", nicaragua))).isTrue();
        assertThat(Readers.standard().detect(new SourceFile("v.xml", nicaragua)))
                .hasValueSatisfying(r -> assertThat(r.format()).isEqualTo("frus-tei"));
        assertThat(reader.accepts(file("seed.txt", Shared.read(Shared.seed115956())))).isFalse();
        assertThat(reader.accepts(file("plain-tei.xml",
                "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text/></TEI>"))).isFalse();
    }
}
