package org.fond.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.fond.search.RecordTexts;
import org.fond.store.Archive;

/** The records' texts as a search index reads them: from the archive's catalog. */
public final class CatalogTexts implements RecordTexts {
    private final Archive archive;

    public CatalogTexts(Archive archive) {
        this.archive = archive;
    }

    @Override
    public Map<String, String> current(Collection<String> recordIds) {
        return archive.texts(recordIds);
    }

    @Override
    public List<String> versions(String recordId) {
        return archive.textVersions(recordId);
    }
}
