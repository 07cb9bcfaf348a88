package org.fond.enrich.imports;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fond.core.authority.AuthorityRecord;

/**
 * What an import made: the records, how many entries it read, and each entry or name it left out with
 * the reason and where ({@code hsg-people-data.tar.gz!hsg-people/data/…/107176.xml}).
 */
public record ImportResult(List<AuthorityRecord> records, int entriesRead, List<Skip> skipped) {

    /** One thing left out: where, and why. */
    public record Skip(String where, String reason) {
    }

    public ImportResult {
        records = List.copyOf(records);
        skipped = List.copyOf(skipped);
    }

    /** Skips counted by reason (the reason's text before any colon). */
    public Map<String, Integer> skippedByReason() {
        Map<String, Integer> counts = new TreeMap<>();
        for (Skip s : skipped) {
            int colon = s.reason().indexOf(':');
            counts.merge(colon < 0 ? s.reason() : s.reason().substring(0, colon), 1, Integer::sum);
        }
        return counts;
    }
}
