package org.fond.enrich.mentions.eval;

import java.nio.file.*;
import java.util.*;
import org.fond.core.model.Record;
import org.fond.core.testing.Shared;
import org.fond.ingest.Readers;
import org.junit.jupiter.api.Test;

class TmpDafpMissesTest {
    @Test
    void dump() throws Exception {
        List<Record> all = new ArrayList<>();
        try (var s = Files.list(Shared.path("corpus/dafp"))) {
            for (Path p : s.filter(x -> x.toString().endsWith(".tar.gz")).sorted().toList()) {
                all.addAll(Readers.standard().readAll(p).records());
            }
        }
        var report = DafpDateEval.run(all);
        StringBuilder b = new StringBuilder();
        b.append(report.dated()).append(" ").append(report.right()).append(" ").append(report.noTextDate()).append("\n");
        Map<String, Record> byId = new HashMap<>();
        all.forEach(r -> byId.put(r.id(), r));
        for (var m : report.misses()) {
            String plain = byId.get(m.recordId()).text().plain();
            b.append("=== ").append(m.recordId()).append(" gold=").append(m.docDate()).append(" text=").append(m.textDate()).append("\n");
            b.append(plain, 0, Math.min(400, plain.length())).append("\n---tail: ");
            b.append(plain.substring(Math.max(0, plain.length() - 300))).append("\n");
        }
        Files.writeString(Path.of("/work/tmp/dafp-misses.txt"), b);
    }
}
