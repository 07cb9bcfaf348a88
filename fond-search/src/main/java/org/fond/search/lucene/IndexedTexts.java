package org.fond.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.fond.search.RecordTexts;

/**
 * The texts of indexed records as they were indexed, read from {@link RecordTexts} (the catalog):
 * the index keeps each text's length and hash ({@link #signature}) beside the document, and a text
 * is taken only when it has that signature, so the offsets of the postings point into it. The
 * catalog's current version is tried first; when the catalog is ahead of the index (a new version
 * stored, the index not yet committed), the older versions are looked through. A record none of
 * whose versions has the signature (its catalog replaced by another) gets no text rather than one
 * the offsets would cut in the wrong places.
 */
final class IndexedTexts {
    private IndexedTexts() {
    }

    /** A text's length (high 32 bits) and {@link String#hashCode} (low 32): what the index keeps of it. */
    static long signature(String text) {
        return ((long) text.length() << 32) | (text.hashCode() & 0xFFFF_FFFFL);
    }

    /**
     * The indexed text of each of {@code docs} of {@code reader}, whose record ids are {@code ids};
     * null where the record was indexed without text or no version of it has the indexed one.
     */
    static String[] of(IndexReader reader, int[] docs, String[] ids, RecordTexts texts) throws IOException {
        String[] found = new String[docs.length];
        long[] signatures = new long[docs.length];
        boolean[] hasText = new boolean[docs.length];
        List<String> wanted = new ArrayList<>(docs.length);
        List<LeafReaderContext> leaves = reader.leaves();
        for (int i = 0; i < docs.length; i++) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
            NumericDocValues values = leaf.reader().getNumericDocValues(RecordDocument.TEXT_SIGNATURE);
            if (values != null && values.advanceExact(docs[i] - leaf.docBase)) {
                signatures[i] = values.longValue();
                hasText[i] = true;
                wanted.add(ids[i]);
            }
        }
        if (wanted.isEmpty()) {
            return found;
        }
        Map<String, String> current = texts.current(wanted);
        for (int i = 0; i < docs.length; i++) {
            if (!hasText[i]) {
                continue;
            }
            String text = current.get(ids[i]);
            if (text != null && signature(text) == signatures[i]) {
                found[i] = text;
                continue;
            }
            for (String older : texts.versions(ids[i])) {
                if (signature(older) == signatures[i]) {
                    found[i] = older;
                    break;
                }
            }
        }
        return found;
    }
}
