package org.fond.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fond.core.model.Record;
import org.fond.enrich.authority.Authority;
import org.fond.enrich.mentions.MentionFinder;
import org.fond.enrich.mentions.MentionModel;
import org.fond.enrich.mentions.NameDictionary;

/**
 * The one way Fond finds names, used by ingest and by {@code fond annotate} alike (ARCHITECTURE §3:
 * "the same code path as ingest"): the archive's authority as the name dictionary, joined by the
 * names and trained person finder of a mention model when the archive holds one
 * ({@code mentions-model.zip}, written by {@code fond bench entities --save}).
 */
final class Enrichment {
    static final String MODEL_FILE = "mentions-model.zip";

    private Enrichment() {
    }

    /** The finder for an archive: its authority's names, and its model when it has one. */
    static MentionFinder finder(Authority authority, Path modelFile) {
        MentionModel learned = readModel(modelFile);
        List<NameDictionary.Entry> names = new ArrayList<>(learned.names());
        names.addAll(NameDictionary.entries(authority.records()));
        return new MentionModel(names, learned.prior(), learned.person()).finder();
    }

    static MentionModel readModel(Path modelFile) {
        if (modelFile == null || !Files.isRegularFile(modelFile)) {
            return new MentionModel(List.of(), Map.of(), null);
        }
        try {
            return MentionModel.load(modelFile);
        } catch (IOException | RuntimeException e) {
            throw new UserError("cannot read the model " + modelFile + ": " + e.getMessage(), Fond.USAGE);
        }
    }

    /**
     * The ids a record's names should link to first: a FRUS document to its own volume's persons list
     * ({@code per:frus-<volume>-…}, as the FRUS import names them); others have no preference.
     */
    static List<String> preferredIds(Record record) {
        String id = record.id();
        if (id.startsWith("frus:")) {
            int slash = id.indexOf('/');
            if (slash > 5) {
                return List.of("per:frus-" + id.substring(5, slash) + "-");
            }
        }
        return List.of();
    }

    /** The record with the names and quantities the finder sees in its text. */
    static Record enrich(MentionFinder finder, Record record) {
        return finder.enrich(record, preferredIds(record));
    }
}
