package org.fond.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Which copies of which base files make an archive of about {@code target} records: whole rounds
 * over the corpus (copy 0 is the corpus itself), the last round cut off at the first file that
 * reaches the target, so an archive overshoots by less than one FRUS volume.
 */
record Plan(BaseCorpus corpus, List<Copy> copies, int records) {
    /** Copy {@code k} of base file {@code file}. */
    record Copy(int file, int k) {
    }

    static Plan of(BaseCorpus corpus, int target) {
        List<Copy> copies = new ArrayList<>();
        int records = 0;
        for (int k = 0; records < target; k++) {
            for (int f = 0; f < corpus.files().size() && records < target; f++) {
                copies.add(new Copy(f, k));
                records += corpus.files().get(f).docs().size();
            }
        }
        return new Plan(corpus, List.copyOf(copies), records);
    }

    /** The bytes of one copy. */
    byte[] bytes(Copy c) {
        BaseCorpus.BaseFile base = corpus.files().get(c.file());
        return c.k() == 0 ? base.file().bytes() : base.replicator().copy(base.file().bytes(), c.k());
    }

    String path(Copy c) {
        return "bench/r" + c.k() + "/" + corpus.files().get(c.file()).file().path();
    }

    /** Every floor document of the plan, with copy ids and moved dates, in plan order. */
    void floorDocs(Consumer<BaseCorpus.FloorDoc> sink) {
        for (Copy c : copies) {
            BaseCorpus.BaseFile base = corpus.files().get(c.file());
            int years = base.replicator().yearShift(c.k());
            for (BaseCorpus.FloorDoc d : base.docs()) {
                sink.accept(c.k() == 0 ? d : new BaseCorpus.FloorDoc(d.id() + "#r" + c.k(), d.title(), d.text(),
                        DateKey.shift(d.date(), years), d.bytes()));
            }
        }
    }
}
