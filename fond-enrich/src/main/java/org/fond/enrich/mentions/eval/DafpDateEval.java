package org.fond.enrich.mentions.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fond.core.model.Record;
import org.fond.ingest.dafp.TextDate;

/**
 * Document-date accuracy on DAFP: the date Fond reads in the document's text ({@link TextDate}, the
 * dateline) against the editors' {@code doc_date} in the front matter, compared by day (a
 * {@code doc_date} of only a month or year must be matched at that precision).
 */
public final class DafpDateEval {
    /** One document whose text date differs from {@code doc_date} (or has none). */
    public record Miss(String recordId, String docDate, String textDate, String dateline) {
    }

    public record Report(int dated, int right, int noTextDate, List<Miss> misses) {
        public double rate() {
            return dated == 0 ? 0 : (double) right / dated;
        }

        /** On the documents whose opening lines give a date at all (an undated or lost dateline left out). */
        public double rateWhereTextDated() {
            return dated == noTextDate ? 0 : (double) right / (dated - noTextDate);
        }
    }

    private DafpDateEval() {
    }

    public static Report run(List<Record> records) {
        int dated = 0;
        int right = 0;
        int noTextDate = 0;
        List<Miss> misses = new ArrayList<>();
        for (Record r : records) {
            Optional<String> gold = docDate(r);
            if (gold.isEmpty()) {
                continue;
            }
            dated++;
            Optional<String> text = TextDate.of(r.text().plain()).map(EntitiesBench::day);
            if (text.isPresent() && text.get().equals(gold.get())) {
                right++;
            } else {
                noTextDate += text.isEmpty() ? 1 : 0;
                String dateline = r.header().stream().filter(h -> h.label().equals("Dateline"))
                        .map(h -> h.value()).findFirst().orElse("");
                misses.add(new Miss(r.id(), gold.get(), text.orElse(null), dateline));
            }
        }
        return new Report(dated, right, noTextDate, misses);
    }

    /** The front matter's {@code doc_date} as the reader kept it, to the day. */
    static Optional<String> docDate(Record r) {
        if (r.date() == null || r.date().edtf() == null || !r.date().provenance().rule().equals("doc_date")) {
            return Optional.empty();
        }
        return Optional.of(EntitiesBench.day(r.date().edtf()));
    }
}
