package org.fond.ingest.wcda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.fond.core.model.HeaderField;
import org.fond.core.model.QualityFlag;
import org.fond.core.model.Record;
import org.fond.core.testing.Shared;
import org.fond.ingest.ReadResult;
import org.fond.ingest.Readers;
import org.fond.ingest.Rejection;
import org.fond.ingest.SourceFile;
import org.junit.jupiter.api.Test;

class WcdaJsonReaderTest {
    private final WcdaJsonReader reader = new WcdaJsonReader();

    private static SourceFile corpus(String name) {
        Path p = Shared.path("corpus/wcda/" + name);
        return new SourceFile(p.toString(), Shared.read(p).getBytes(StandardCharsets.UTF_8));
    }

    private static SourceFile json(String text) {
        return new SourceFile("fixture.json", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheTranscriptAsARecordWithItsHtmlAsText() {
        ReadResult result = reader.read(corpus("digitalarchive_transcript_33548.json"));
        assertThat(result.rejections()).isEmpty();
        Record r = result.records().getFirst();
        assertThat(result.records()).hasSize(1);
        // a transcript id is not a document id, so it does not take the document id space
        assertThat(r.id()).isEqualTo("wcda:transcript-33548");
        assertThat(r.title()).isEqualTo("Transcript 33548");
        assertThat(r.date()).isNull();
        assertThat(r.flags()).extracting(QualityFlag::code).contains("asset-without-document", "no-title");
        assertThat(r.source().canonicalUrl()).isEqualTo("https://digitalarchive.wilsoncenter.org/transcripts/33548.html");
        String plain = r.text().plain();
        assertThat(plain).contains("Мао Цзэдун").doesNotContain("<p", "<span", "cs366E2583", "&nbsp;");
        assertThat(r.text().raw()).startsWith("<html");
        // every plain character comes from the HTML: the same letter at the mapped offset
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (Character.isLetter(c)) {
                assertThat(r.text().raw().charAt(r.text().offsets().toRaw(i))).isEqualTo(c);
            }
        }
        assertThat(r.mentions()).allSatisfy(m -> assertThat(plain.substring(m.span().start(), m.span().end()))
                .isEqualTo(m.surface()));
    }

    @Test
    void keepsEveryJsonFieldAsAHeaderFieldLabelledByItsPointer() {
        Record r = reader.read(corpus("digitalarchive_transcript_33548.json")).records().getFirst();
        assertThat(r.header()).extracting(HeaderField::label).containsExactly("/id", "/filename", "/content_type",
                "/extension", "/asset_id", "/source_created_at", "/source_updated_at", "/url", "/raw", "/pdf", "/html");
        assertThat(r.header()).filteredOn(f -> f.label().equals("/pdf")).extracting(HeaderField::value)
                .containsExactly("null");
        assertThat(r.header()).filteredOn(f -> f.label().equals("/asset_id")).extracting(HeaderField::value)
                .containsExactly("21170");
        assertThat(r.header()).allMatch(HeaderField::known).allMatch(f -> f.line() == 1);
    }

    @Test
    void rejectsTheCollectionAsAListingThatHoldsNoDocument() {
        ReadResult result = reader.read(corpus("digitalarchive_collection_491.json"));
        assertThat(result.records()).isEmpty();
        assertThat(result.rejections()).singleElement().satisfies(r -> {
            assertThat(r.reason()).startsWith("collection listing, not a record: collection 491")
                    .contains("Local Nationalism");
            assertThat(r.line()).isEqualTo(1);
        });
    }

    @Test
    void readsAnOldApiDocumentRecord() {
        String fixture = """
                {"id": "115956", "title": "Journal of A.M. Puzanov",
                 "doc_date": "19571217", "frontend_doc_date": "December 17, 1957",
                 "description": "<p>Puzanov meets Kim.</p>",
                 "source": "AVPRF F. 0102, Op. 14, Delo 6, Listy 14-25. Translated by Gary Goldberg.",
                 "languages": [{"id": "rus", "name": "Russian"}],
                 "donors": [{"id": "1", "name": "Korea Foundation"}],
                 "translations": [{"id": "9", "html": "<p>Journal.</p><p>17 December 1957</p>"}]}
                """;
        ReadResult result = reader.read(json(fixture));
        assertThat(result.rejections()).isEmpty();
        Record r = result.records().getFirst();
        assertThat(r.id()).isEqualTo("wcda:115956");
        assertThat(r.date().edtf()).isEqualTo("1957-12-17");
        assertThat(r.summary()).isEqualTo("Puzanov meets Kim.");
        assertThat(r.languages().original()).containsExactly("ru");
        assertThat(r.donors()).containsExactly("Korea Foundation");
        assertThat(r.references().getFirst().repository().code()).isEqualTo("AVPRF");
        assertThat(r.text().plain()).isEqualTo("Journal.\n\n17 December 1957");
        assertThat(r.header()).extracting(HeaderField::label).contains("/languages/0/name", "/translations/0/html");
        assertThat(r.header()).filteredOn(f -> f.label().equals("/doc_date")).extracting(HeaderField::line)
                .containsExactly(2);
    }

    @Test
    void rejectsMalformedJsonWithItsLineAndColumn() {
        ReadResult result = reader.read(json("{\"id\": \"1\",\n \"asset_id\": \"2\",\n \"html\": oops}"));
        assertThat(result.records()).isEmpty();
        Rejection rejection = result.rejections().getFirst();
        assertThat(rejection.line()).isEqualTo(3);
        assertThat(rejection.reason()).startsWith("malformed JSON at line 3, column ");
    }

    @Test
    void acceptsOldApiObjectsOnly() {
        assertThat(reader.accepts(corpus("digitalarchive_transcript_33548.json"))).isTrue();
        assertThat(reader.accepts(corpus("digitalarchive_collection_491.json"))).isTrue();
        assertThat(reader.accepts(json("{\"id\": 1, \"name\": \"x\"}"))).isFalse();
        assertThat(reader.accepts(json("[{\"asset_id\": 1}]"))).isFalse();
    }

    @Test
    void theWholeWcdaFolderReadsWithOnlyTheCollectionRejected() {
        ReadResult all = Readers.standard().readAll(Shared.path("corpus/wcda"));
        assertThat(all.records()).extracting(r -> r.source().format()).containsOnly("wcda-csv", "wcda-json");
        assertThat(all.records()).hasSize(12);
        // the only rejection is explained: a collection listing carries no document
        assertThat(all.rejections()).singleElement().satisfies(r -> {
            assertThat(r.path()).endsWith("digitalarchive_collection_491.json");
            assertThat(r.reason()).startsWith("collection listing, not a record");
        });
    }
}
