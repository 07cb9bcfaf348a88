package org.fond.ingest.tika;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.SecureContentHandler;
import org.fond.core.analysis.RecordAnalyzer;
import org.fond.core.model.HeaderField;
import org.fond.core.model.QualityFlag;
import org.fond.core.model.Record;
import org.fond.core.model.Source;
import org.fond.core.model.Text;
import org.fond.core.text.NormalisedText;
import org.fond.ingest.ReadResult;
import org.fond.ingest.Reader;
import org.fond.ingest.SourceFile;
import org.fond.ingest.TextDecoding;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads PDF, DOCX/DOC, ODT, RTF and HTML through Apache Tika, one record per file, id
 * {@code file:{first 16 hex digits of the SHA-256 of the bytes}}. Detected by name or by opening
 * bytes; plain text is read only when asked for by name ({@code --format tika}), so that a broken
 * export or a stray note is reported as an unknown format rather than ingested as a document.
 *
 * <p>Every parse runs under {@link TikaLimits}: input size, wall-clock time (a parse that runs over is
 * abandoned on its own daemon thread), embedding depth, Tika's zip-bomb ratio check
 * ({@link SecureContentHandler}) and the characters kept. A limit that trips, an encrypted file or a
 * parser failure rejects the file naming the limit or the cause. The extracted text is kept verbatim
 * (Tika's own line breaks), every metadata value becomes a header field, and the first lines are
 * searched for a date line and a reference line ({@link FirstLines}).
 */
public final class TikaReader implements Reader {
    public static final String FORMAT = "tika";
    static final String AGENT = "tika-reader";
    private static final Set<String> EXTENSIONS = Set.of("pdf", "docx", "doc", "odt", "rtf", "html", "htm", "xhtml");
    /** Parse threads are daemons so that one stuck past its timeout never keeps the JVM alive. */
    private static final ExecutorService PARSING = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fond-tika-parse");
        t.setDaemon(true);
        return t;
    });

    private final TikaLimits limits;

    public TikaReader() {
        this(TikaLimits.defaults());
    }

    public TikaReader(TikaLimits limits) {
        this.limits = limits;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    /** A known extension, or the opening bytes of a PDF, an RTF or an HTML page. */
    @Override
    public boolean accepts(SourceFile file) {
        String name = file.name().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot >= 0 && EXTENSIONS.contains(name.substring(dot + 1))) {
            return true;
        }
        byte[] b = file.bytes();
        if (startsWith(b, "%PDF-") || startsWith(b, "{\\rtf")) {
            return true;
        }
        String head = TextDecoding.prefix(b, 1024).stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    @Override
    public ReadResult read(SourceFile file) {
        if (file.size() > limits.maxBytes()) {
            return ReadResult.rejected(file.path(), 0, "file is " + file.size() + " bytes, over the Tika limit of "
                    + limits.maxBytes() + " bytes");
        }
        Extraction extraction;
        try {
            extraction = extractWithin(file);
        } catch (Refused refused) {
            return ReadResult.rejected(file.path(), 0, refused.getMessage());
        }
        if (extraction.text().isBlank()) {
            return ReadResult.rejected(file.path(), 0, "no text to read (" + extraction.contentType()
                    + "): a scanned document needs OCR first");
        }
        return ReadResult.of(build(file, extraction));
    }

    private Extraction extractWithin(SourceFile file) throws Refused {
        Future<Extraction> parse = PARSING.submit(() -> extract(file));
        try {
            return parse.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            throw new Refused("parsing took longer than the limit of " + limits.timeout().toMillis() + " ms; abandoned");
        } catch (InterruptedException e) {
            parse.cancel(true);
            Thread.currentThread().interrupt();
            throw new Refused("interrupted while parsing");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof Refused r ? r : failed(cause);
        }
    }

    private Extraction extract(SourceFile file) throws Refused, IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.name());
        ParseContext context = new ParseContext();
        Parser parser = Holder.PARSER;
        context.set(Parser.class, parser);
        AtomicInteger skipped = new AtomicInteger();
        context.set(EmbeddedDocumentExtractor.class, new DepthLimited(context, limits.maxDepth(), skipped));
        // stream DOCX through SAX: the default DOM extractor holds the whole document.xml in memory
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);
        office.setUseSAXPptxExtractor(true);
        context.set(OfficeParserConfig.class, office);
        BodyContentHandler body = new BodyContentHandler(limits.maxChars());
        try (TikaInputStream in = TikaInputStream.get(file.bytes())) {
            SecureContentHandler secure = new SecureContentHandler(body, in);
            secure.setMaximumCompressionRatio(limits.maxCompressionRatio());
            secure.setOutputThreshold(limits.ratioThreshold());
            try {
                parser.parse(in, secure, metadata, context);
            } catch (SAXException e) {
                refuseIfLimit(secure, e);
                throw failed(e);
            } catch (EncryptedDocumentException e) {
                throw new Refused("encrypted: Fond reads no password-protected file");
            } catch (TikaException e) {
                if (WriteLimitReachedException.isWriteLimitReached(e)) {
                    throw overLimit();
                }
                throw failed(e);
            } catch (IOException | RuntimeException e) {
                throw failed(e);
            }
        }
        return new Extraction(body.toString(), metadata, skipped.get());
    }

    private void refuseIfLimit(SecureContentHandler secure, SAXException e) throws Refused {
        if (WriteLimitReachedException.isWriteLimitReached(e)) {
            throw overLimit();
        }
        try {
            secure.throwIfCauseOf(e);
        } catch (TikaException bomb) {
            throw new Refused("zip bomb suspected: " + describe(bomb) + " (limit: " + limits.maxCompressionRatio()
                    + " characters a byte past " + limits.ratioThreshold() + ")");
        }
    }

    /** A parser's failure as a reason; the archive library's own zip-bomb check (POI's) says so plainly. */
    private static Refused failed(Throwable e) {
        String why = describe(e);
        return why.toLowerCase(Locale.ROOT).contains("zip bomb")
                ? new Refused("zip bomb suspected: " + why)
                : new Refused("Tika could not parse it: " + why);
    }

    private Refused overLimit() {
        return new Refused("extracted text is over the limit of " + limits.maxChars() + " characters");
    }

    private Record build(SourceFile file, Extraction extraction) {
        String text = extraction.text();
        List<HeaderField> header = new ArrayList<>();
        String[] names = extraction.metadata().names();
        Arrays.sort(names);
        for (String name : names) {
            String value = String.join("; ", extraction.metadata().getValues(name));
            header.add(new HeaderField(name, value, 0, name.equals("Content-Type") || name.equals("dc:title")));
        }
        List<QualityFlag> flags = new ArrayList<>();
        if (extraction.skippedEmbedded() > 0) {
            flags.add(new QualityFlag("embedded-not-read", extraction.skippedEmbedded() + " embedded document(s) "
                    + "deeper than " + limits.maxDepth() + " levels were not read", 0));
        }
        FirstLines first = FirstLines.of(text);
        String title = extraction.metadata().get(TikaCoreProperties.TITLE);
        if (title == null || title.isBlank()) {
            title = first.firstLine();
        }
        Record headerRecord = Record.builder("file:" + digest(file.bytes()))
                .title(title == null ? null : title.strip())
                .date(first.date())
                .references(first.reference().stream().toList())
                .source(new Source(null, null, file.name(), FORMAT, file.path()))
                .header(header)
                .flags(flags)
                .build();
        Text verbatim = Text.verbatim(text, 1);
        return RecordAnalyzer.analyze(headerRecord, new NormalisedText(verbatim, FirstLines.paragraphs(text),
                List.of()));
    }

    private static String digest(byte[] bytes) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(sha, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static boolean startsWith(byte[] bytes, String ascii) {
        byte[] prefix = ascii.getBytes(StandardCharsets.US_ASCII);
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }

    /** One parser for all files: Tika's parsers are thread-safe, and loading them costs seconds. */
    private static final class Holder {
        static final Parser PARSER = new AutoDetectParser();
    }

    /** Parses embedded documents down to {@code maxDepth} levels and counts those it leaves. */
    private static final class DepthLimited extends ParsingEmbeddedDocumentExtractor {
        private final int maxDepth;
        private final AtomicInteger skipped;
        private int depth;

        DepthLimited(ParseContext context, int maxDepth, AtomicInteger skipped) {
            super(context);
            this.maxDepth = maxDepth;
            this.skipped = skipped;
        }

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            if (depth >= maxDepth) {
                skipped.incrementAndGet();
                return false;
            }
            return super.shouldParseEmbedded(metadata);
        }

        @Override
        public void parseEmbedded(java.io.InputStream stream, ContentHandler handler, Metadata metadata,
                                  boolean outputHtml) throws SAXException, IOException {
            depth++;
            try {
                super.parseEmbedded(stream, handler, metadata, outputHtml);
            } finally {
                depth--;
            }
        }
    }

    /** What Tika gave: the body text, the metadata, and how many embedded documents were too deep. */
    record Extraction(String text, Metadata metadata, int skippedEmbedded) {
        String contentType() {
            String type = metadata.get(Metadata.CONTENT_TYPE);
            return type == null ? "unknown type" : type;
        }
    }

    /** A limit tripped or the parse failed; the message is the rejection's reason. */
    private static final class Refused extends Exception {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }
}
