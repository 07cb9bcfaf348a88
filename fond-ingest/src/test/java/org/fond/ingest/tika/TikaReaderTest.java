package org.fond.ingest.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.fond.core.model.Record;
import org.fond.core.reference.ReferenceScheme;
import org.fond.ingest.ReadResult;
import org.fond.ingest.Readers;
import org.fond.ingest.Rejection;
import org.fond.ingest.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF, DOCX, HTML and plain text through Tika, on files the test writes, and every Tika limit. */
class TikaReaderTest {
    private static final String CYRILLIC = "Ким Ир Сен";
    private static final String HANGUL = "김일성";

    private static Record onlyRecord(ReadResult result) {
        assertThat(result.rejections()).isEmpty();
        assertThat(result.records()).hasSize(1);
        return result.records().getFirst();
    }

    private static Rejection onlyRejection(ReadResult result) {
        assertThat(result.records()).isEmpty();
        assertThat(result.rejections()).hasSize(1);
        return result.rejections().getFirst();
    }

    @Test
    void docxWithCyrillicAndHangulRoundTripsWithItsDateAndReferenceLines() throws IOException {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Record of Conversation with " + CYRILLIC + " (" + HANGUL + ")");
            doc.createParagraph().createRun().setText("Pyongyang, 17 December 1957");
            doc.createParagraph().createRun().setText("AVPRF F. 0102, Op. 14, Delo 6, Listy 14-25");
            doc.createParagraph().createRun().setText(HANGUL + " said the talks went well. Товарищ " + CYRILLIC + ".");
            doc.write(out);
            docx = out.toByteArray();
        }
        Record r = onlyRecord(Readers.standard().read(new SourceFile("in/memo.docx", docx)));
        assertThat(r.source().format()).isEqualTo(TikaReader.FORMAT);
        assertThat(r.id()).matches("file:[0-9a-f]{16}");
        assertThat(r.text().plain()).contains(CYRILLIC, HANGUL, "Товарищ");
        assertThat(r.title()).isEqualTo("Record of Conversation with " + CYRILLIC + " (" + HANGUL + ")");
        assertThat(r.date().edtf()).isEqualTo("1957-12-17");
        assertThat(r.references()).first().satisfies(ref -> {
            assertThat(ref.repository().code()).isEqualTo("AVPRF");
            assertThat(ref.scheme()).isInstanceOf(ReferenceScheme.RussianFile.class);
            assertThat(ref.fileKey()).isEqualTo("AVPRF/0102/14/6");
        });
        assertThat(r.header()).anySatisfy(h -> assertThat(h.value()).contains("wordprocessingml"));
        r.mentions().forEach(m -> assertThat(m.surface()).isEqualTo(r.text().plain().substring(m.span().start(),
                m.span().end())));
    }

    @Test
    void pdfWithCyrillicAndHangulRoundTripsThroughItsToUnicodeMap() throws IOException {
        byte[] pdf = pdfShowing("ABC DEF", "<41> <041A>\n<42> <0438>\n<43> <043C>\n<44> <AE40>\n<45> <C77C>\n<46> <C131>\n");
        Record r = onlyRecord(Readers.standard().read(new SourceFile("in/scan.pdf", pdf)));
        assertThat(r.text().plain()).contains("Ким " + HANGUL);
        assertThat(r.header()).anySatisfy(h -> {
            assertThat(h.label()).isEqualTo("Content-Type");
            assertThat(h.value()).startsWith("application/pdf");
        });
    }

    @Test
    void htmlIsDetectedByItsOpeningAndReadAsText() {
        String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Telegram</title></head><body>"
                + "<p>Moscow, 3 March 1955</p><p>" + HANGUL + " / " + CYRILLIC + "</p></body></html>";
        Record r = onlyRecord(Readers.standard().read(new SourceFile("in/page", html.getBytes(StandardCharsets.UTF_8))));
        assertThat(r.title()).isEqualTo("Telegram");
        assertThat(r.date().edtf()).isEqualTo("1955-03-03");
        assertThat(r.text().plain()).contains(HANGUL, CYRILLIC).doesNotContain("<p>");
    }

    @Test
    void plainTextIsReadOnlyWhenAskedForByName() {
        SourceFile notes = new SourceFile("in/notes.txt", ("Minute\n\n" + CYRILLIC + " arrived.\n").getBytes(StandardCharsets.UTF_8));
        assertThat(onlyRejection(Readers.standard().read(notes)).reason()).startsWith("unknown format");
        Record r = onlyRecord(Readers.standard().read(notes, TikaReader.FORMAT));
        assertThat(r.text().plain()).contains(CYRILLIC + " arrived.");
        assertThat(r.title()).isEqualTo("Minute");
    }

    @Test
    void docxZipBombIsRejectedNamingTheFileAndTheRatio() throws IOException {
        byte[] bomb = docxBomb(400_000);
        assertThat(bomb.length).isLessThan(200_000);
        Rejection r = onlyRejection(Readers.standard().read(new SourceFile("in/bomb.docx", bomb)));
        assertThat(r.path()).isEqualTo("in/bomb.docx");
        System.out.println("tika: " + r.message());
        assertThat(r.reason()).startsWith("zip bomb suspected");
    }

    @Test
    void hugeFileIsRejectedBeforeItIsRead(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.pdf");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            // sparse: 300 MiB long, nothing written, nothing read
            file.setLength(300L << 20);
        }
        ReadResult result = Readers.standard().readAll(dir);
        Rejection r = onlyRejection(result);
        assertThat(r.path()).isEqualTo(huge.toString());
        assertThat(r.reason()).isEqualTo("file is 314572800 bytes, over the limit of 256 MiB");
        assertThat(Files.size(huge)).isEqualTo(300L << 20);
    }

    @Test
    void fileOverTheTikaByteLimitIsRejected() {
        byte[] html = ("<html><body><p>" + "x".repeat(2 << 20) + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
        TikaReader small = new TikaReader(TikaLimits.defaults().withMaxBytes(1 << 20));
        Rejection r = onlyRejection(small.read(new SourceFile("in/big.html", html)));
        assertThat(r.path()).isEqualTo("in/big.html");
        assertThat(r.reason()).isEqualTo("file is " + html.length + " bytes, over the Tika limit of 1048576 bytes");
    }

    @Test
    void parseOverTheTimeLimitIsAbandoned() {
        StringBuilder html = new StringBuilder("<html><body>");
        for (int i = 0; i < 50_000; i++) {
            html.append("<p>Paragraph ").append(i).append(" of a long telegram.</p>");
        }
        html.append("</body></html>");
        TikaReader hasty = new TikaReader(TikaLimits.defaults().withTimeout(Duration.ofMillis(1)));
        Rejection r = onlyRejection(hasty.read(new SourceFile("in/slow.html", html.toString().getBytes(StandardCharsets.UTF_8))));
        assertThat(r.reason()).isEqualTo("parsing took longer than the limit of 1 ms; abandoned");
    }

    @Test
    void damagedPdfIsRejectedWithTheParsersReason() {
        byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII);
        Rejection r = onlyRejection(Readers.standard().read(new SourceFile("in/broken.pdf", broken)));
        assertThat(r.path()).isEqualTo("in/broken.pdf");
        assertThat(r.reason()).satisfiesAnyOf(s -> assertThat(s).startsWith("Tika could not parse it: "),
                s -> assertThat(s).startsWith("no text to read"));
    }

    /** One page showing {@code codes} in Helvetica, with a ToUnicode map sending those codes to other scripts. */
    private static byte[] pdfShowing(String codes, String bfchars) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            COSStream toUnicode = doc.getDocument().createCOSStream();
            try (OutputStream cmap = toUnicode.createOutputStream()) {
                cmap.write(("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                        + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                        + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                        + "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n"
                        + "7 beginbfchar\n<20> <0020>\n" + bfchars + "endbfchar\n"
                        + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
                        .getBytes(StandardCharsets.US_ASCII));
            }
            font.getCOSObject().setItem(COSName.TO_UNICODE, toUnicode);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(font, 14);
                content.newLineAtOffset(72, 700);
                content.showText(codes);
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A valid DOCX whose one part inflates to {@code paragraphs} paragraphs of the same 60 characters. */
    private static byte[] docxBomb(int paragraphs) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\""
                    + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] paragraph = ("<w:p><w:r><w:t>" + "bomb ".repeat(12) + "</w:t></w:r></w:p>")
                    .getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < paragraphs; i++) {
                zip.write(paragraph);
            }
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
