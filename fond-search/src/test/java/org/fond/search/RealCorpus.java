package org.fond.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.fond.core.model.Record;
import org.fond.core.testing.Shared;
import org.fond.ingest.ReadResult;
import org.fond.ingest.Readers;

/** Real FRUS TEI volumes of the developer corpus as the ingest reader reads them, read once per test run. */
public final class RealCorpus {
    private static final Map<String, List<Record>> VOLUMES = new ConcurrentHashMap<>();

    private RealCorpus() {
    }

    /** The records of {@code corpus/frus-tei/<name>.xml.gz}, with their tagged persons as mentions. */
    public static List<Record> frusVolume(String name) {
        return VOLUMES.computeIfAbsent(name, n -> {
            ReadResult result = Readers.standard().readAll(Shared.path("corpus/frus-tei/" + n + ".xml.gz"));
            if (result.records().isEmpty()) {
                throw new IllegalStateException("the reader read no records from " + n + ": " + result.rejections());
            }
            return List.copyOf(result.records());
        });
    }

    /** The plain texts of both seeds, then the title (where it has one) and plain text of every record of the volume {@code name}. */
    public static List<String> seedAndVolumeTexts(String name) {
        List<String> texts = new ArrayList<>();
        texts.add(RealSeeds.s1().text().plain());
        texts.add(RealSeeds.s2().text().plain());
        frusVolume(name).forEach(r -> {
            if (r.title() != null) {
                texts.add(r.title());
            }
            texts.add(r.text().plain());
        });
        return texts;
    }
}
