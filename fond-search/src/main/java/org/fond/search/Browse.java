package org.fond.search;

import java.util.List;

/**
 * One step of the archive tree (repository → fond → opis → delo): the {@code path} asked for, the
 * levels just below it with the number of records under each, and the ids of the records whose
 * reference ends exactly here (at a delo: the documents of that archival file), by date.
 */
public record Browse(List<String> path, List<FacetCount> children, List<String> recordIds) {
    public Browse {
        path = List.copyOf(path);
        children = List.copyOf(children);
        recordIds = List.copyOf(recordIds);
    }
}
