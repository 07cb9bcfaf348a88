package org.fond.ingest;

import java.util.ArrayList;
import java.util.List;
import org.fond.core.model.Record;

/** What reading gave: the records read and the files (or parts) rejected, each with its reason. */
public record ReadResult(List<Record> records, List<Rejection> rejections) {
    public ReadResult {
        records = List.copyOf(records);
        rejections = List.copyOf(rejections);
    }

    public static ReadResult of(Record record) {
        return new ReadResult(List.of(record), List.of());
    }

    public static ReadResult rejected(Rejection rejection) {
        return new ReadResult(List.of(), List.of(rejection));
    }

    public static ReadResult rejected(String path, int line, String reason) {
        return rejected(new Rejection(path, line, reason));
    }

    /** This result followed by {@code other}'s records and rejections. */
    public ReadResult plus(ReadResult other) {
        List<Record> r = new ArrayList<>(records);
        r.addAll(other.records);
        List<Rejection> j = new ArrayList<>(rejections);
        j.addAll(other.rejections);
        return new ReadResult(r, j);
    }
}
