package org.fond.enrich.mentions.eval;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The train/test split by document: a record is in the test part when the CRC-32 of its id falls in
 * the last fifth. Deterministic, independent of reading order, and never splits a document.
 */
public final class Split {
    private Split() {
    }

    public static boolean isTest(String recordId) {
        CRC32 crc = new CRC32();
        crc.update(recordId.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 5 == 4;
    }
}
