package org.fond.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.fond.store.CatalogStats;
import org.fond.store.json.RecordJson;

/**
 * Records and originals (from the catalog) beside index documents, by source format and by
 * repository. The three must agree: a difference means the index is behind the catalog.
 */
record ArchiveStats(CatalogStats catalog, long indexDocuments, Map<String, Long> indexByFormat,
                    Map<String, Long> indexByRepository) {

    boolean consistent() {
        return catalog.records() == indexDocuments
                && new TreeMap<>(catalog.recordsBySourceFormat()).equals(new TreeMap<>(indexByFormat))
                && new TreeMap<>(catalog.recordsByRepository()).equals(new TreeMap<>(indexByRepository));
    }

    String toJson() {
        ObjectNode o = RecordJson.mapper().createObjectNode();
        o.put("records", catalog.records());
        o.put("versions", catalog.versions());
        o.put("originals", catalog.originals());
        o.put("originalBytes", catalog.originalBytes());
        o.put("indexDocuments", indexDocuments);
        o.put("generation", catalog.generation());
        o.put("consistent", consistent());
        ObjectNode byFormat = o.putObject("byFormat");
        for (String f : keys(catalog.recordsBySourceFormat(), catalog.originalsByFormat(), indexByFormat)) {
            byFormat.putObject(f).put("records", catalog.recordsBySourceFormat().getOrDefault(f, 0L))
                    .put("originals", catalog.originalsByFormat().getOrDefault(f, 0L))
                    .put("indexDocuments", indexByFormat.getOrDefault(f, 0L));
        }
        ObjectNode byRepository = o.putObject("byRepository");
        for (String r : keys(catalog.recordsByRepository(), Map.of(), indexByRepository)) {
            byRepository.putObject(r.isEmpty() ? "(none)" : r)
                    .put("records", catalog.recordsByRepository().getOrDefault(r, 0L))
                    .put("indexDocuments", indexByRepository.getOrDefault(r, 0L));
        }
        return RecordJson.pretty(o);
    }

    void print(PrintWriter out) {
        out.printf("Records %d (versions %d), originals %d (%.1f MB), index documents %d%s%n", catalog.records(),
                catalog.versions(), catalog.originals(), catalog.originalBytes() / 1e6, indexDocuments,
                consistent() ? "" : "  — INDEX DIFFERS FROM CATALOG: run fond reindex");
        out.println();
        out.printf("%-24s %10s %10s %10s%n", "source format", "records", "originals", "indexed");
        for (String f : keys(catalog.recordsBySourceFormat(), catalog.originalsByFormat(), indexByFormat)) {
            out.printf("%-24s %10d %10d %10d%n", f, catalog.recordsBySourceFormat().getOrDefault(f, 0L),
                    catalog.originalsByFormat().getOrDefault(f, 0L), indexByFormat.getOrDefault(f, 0L));
        }
        out.println();
        out.printf("%-24s %10s %10s%n", "repository", "records", "indexed");
        for (String r : keys(catalog.recordsByRepository(), Map.of(), indexByRepository)) {
            out.printf("%-24s %10d %10d%n", r.isEmpty() ? "(none)" : r,
                    catalog.recordsByRepository().getOrDefault(r, 0L), indexByRepository.getOrDefault(r, 0L));
        }
    }

    @SafeVarargs
    private static TreeSet<String> keys(Map<String, Long>... maps) {
        TreeSet<String> keys = new TreeSet<>();
        for (Map<String, Long> m : maps) {
            keys.addAll(m.keySet());
        }
        return keys;
    }
}
