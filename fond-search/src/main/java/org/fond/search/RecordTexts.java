package org.fond.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where a search index reads the plain texts of its records, which it indexes but does not keep:
 * the archive's catalog holds every version of every text already, and a second copy in the index
 * was a fifth of indexing's work and most of the index's size. The highlighter reads the texts of
 * the hits it shows, "more like this" the text of one record.
 *
 * <p>The catalog may be ahead of the index (it is committed first, and an index catches up when
 * opened), so the current text need not be the one indexed: the index keeps a fingerprint of what it
 * indexed and looks through the older versions for it.
 */
public interface RecordTexts {
    /** The text of the current version of each record of {@code recordIds} that there is, by id. */
    Map<String, String> current(Collection<String> recordIds);

    /** The text of every version of a record, newest first; empty when there is no such record. */
    List<String> versions(String recordId);
}
