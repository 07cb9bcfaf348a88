package org.fond.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fond.core.model.Record;
import org.fond.core.testing.Shared;
import org.fond.ingest.ReadResult;
import org.fond.ingest.Readers;
import org.fond.ingest.SourceFile;

/** The two seeds as the WCDA reader reads them in ingest: languages, contributors, units and references included. */
public final class RealSeeds {
    private RealSeeds() {
    }

    public static Record s1() {
        return read(Shared.seed115956());
    }

    public static Record s2() {
        return read(Shared.seed115797());
    }

    private static Record read(Path seed) {
        try {
            ReadResult result = Readers.standard().read(new SourceFile(seed.getFileName().toString(),
                    Files.readAllBytes(seed)));
            List<Record> records = result.records();
            if (!result.rejections().isEmpty() || records.size() != 1) {
                throw new IllegalStateException("the reader did not read " + seed + " as one record: "
                        + result.rejections());
            }
            return records.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
