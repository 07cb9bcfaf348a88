package org.fond.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding for text readers. A byte sequence that is not UTF-8 is reported with its
 * byte offset and line, never replaced: silently turning bytes into U+FFFD would lose characters,
 * which Fond never does. A leading byte-order mark is dropped (it is not text).
 */
public sealed interface TextDecoding {

    /** The decoded text, without a byte-order mark. */
    record Decoded(String text) implements TextDecoding {
    }

    /** Where decoding stopped: the 0-based byte offset in the file and its 1-based line. */
    record NotUtf8(int byteOffset, int line) implements TextDecoding {
        public String reason() {
            return "not UTF-8 text at byte " + byteOffset;
        }
    }

    /** Decodes all of {@code bytes} strictly. */
    static TextDecoding decode(byte[] bytes) {
        int start = bomLength(bytes);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        // UTF-8 never decodes to more UTF-16 units than it has bytes
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            return new NotUtf8(at, lineAt(bytes, at));
        }
        out.flip();
        return new Decoded(out.toString());
    }

    /**
     * The first byte in the first {@code maxBytes} of {@code bytes} that is not UTF-8, if any. A
     * sequence cut off at {@code maxBytes} is not counted as an error.
     */
    static java.util.OptionalInt firstInvalidByte(byte[] bytes, int maxBytes) {
        int start = bomLength(bytes);
        int end = Math.min(bytes.length, Math.max(start, maxBytes));
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, end - start);
        CoderResult result = decoder.decode(in, CharBuffer.allocate(end - start), end == bytes.length);
        return result.isError() ? java.util.OptionalInt.of(in.position()) : java.util.OptionalInt.empty();
    }

    /** How much of a file a {@link Reader#accepts} looks at. */
    int SNIFF_BYTES = 8192;

    /**
     * The opening {@value #SNIFF_BYTES} bytes of a file as text, for a reader's {@code accepts}; empty
     * for an empty or binary file, which no text reader accepts.
     */
    static java.util.Optional<String> sniff(SourceFile file) {
        if (file.size() == 0 || looksBinary(file.bytes())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(prefix(file.bytes(), SNIFF_BYTES));
    }

    /** The first {@code maxBytes} of {@code bytes} as text, bad bytes replaced: for sniffing only. */
    static String prefix(byte[] bytes, int maxBytes) {
        int start = bomLength(bytes);
        int length = Math.max(0, Math.min(bytes.length, maxBytes) - start);
        return new String(bytes, start, length, StandardCharsets.UTF_8);
    }

    /** The 1-based line holding byte {@code offset}. */
    static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Whether {@code bytes} look binary: a NUL or mostly control bytes in the first 8 KiB. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return n > 0 && control * 10 > n;
    }

    private static int bomLength(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    }
}
