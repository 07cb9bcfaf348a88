package org.fond.store;

import java.util.Map;

/**
 * Counts over the catalog. {@code records} counts current records (one per id), {@code versions}
 * every stored version. The maps count current records by source format and by repository, and
 * originals by the format they were read as; a record without a repository counts under {@code ""}.
 */
public record CatalogStats(long records, long versions, long originals, long originalBytes, long generation,
        Map<String, Long> recordsBySourceFormat, Map<String, Long> recordsByRepository,
        Map<String, Long> originalsByFormat) {
    public CatalogStats {
        recordsBySourceFormat = Map.copyOf(recordsBySourceFormat);
        recordsByRepository = Map.copyOf(recordsByRepository);
        originalsByFormat = Map.copyOf(originalsByFormat);
    }
}
