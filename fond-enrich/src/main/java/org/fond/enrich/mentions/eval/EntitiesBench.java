package org.fond.enrich.mentions.eval;

import org.fond.core.date.DateExpression;
import org.fond.core.date.DateParser;
import org.fond.core.model.HeaderField;
import org.fond.core.model.Mention;
import org.fond.core.model.Record;
import org.fond.enrich.mentions.MentionFinder;
import org.fond.enrich.mentions.NameCandidates;
import org.fond.enrich.mentions.NameDictionary;
import org.fond.ingest.ReadResult;
import org.fond.ingest.Readers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code fond bench entities}: reads the FRUS volumes with {@code persName} markup, splits them by
 * document ({@link Split}), trains on the train part only ({@link Training}) and reports on the test
 * part: person precision/recall/F1 by exact span and by overlap, for the full finder and for its parts;
 * linking accuracy; document-date accuracy of the dateline text against {@code date/@when}; and
 * annotation throughput beside reading throughput (both timed warm, on one thread: {@code reading +
 * annotating} is reading followed by {@link MentionFinder#enrich}, the ingest path). DAFP volumes among
 * the inputs add the NAA reference parse rate ({@link DafpReferenceEval}) and the document-date
 * accuracy against {@code doc_date} ({@link DafpDateEval}).
 */
public final class EntitiesBench {
    /** The measured figures. {@code variants} holds one row per finder configuration, the full one first. */
    public record Report(int trainDocs, int testDocs, int goldPersons, List<Row> variants, double linking,
                         int linkable, int datedDocs, double dateAccuracy, double readDocsPerSecond,
                         double annotateDocsPerSecond, PersonScoresSummary training,
                         List<NameCandidates.Candidate> candidates, DafpReferenceEval.Report dafpReferences,
                         DafpDateEval.Report dafpDates, double ingestAnnotateDocsPerSecond) {
    }

    /** One finder configuration's scores on the test part. */
    public record Row(String name, int predicted, double precision, double recall, double f1,
                      double overlapPrecision, double overlapRecall, double overlapF1) {
    }

    /** What the model's training saw. */
    public record PersonScoresSummary(int lines, int names, int misalignedNames) {
    }

    private EntitiesBench() {
    }

    public static Report run(List<Path> volumes, int iterations) {
        try {
            return run(volumes, iterations, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the bench; when {@code saveModel} is not null, the trained model is written there. */
    public static Report run(List<Path> volumes, int iterations, Path saveModel) throws IOException {
        List<Path> frus = volumes.stream().filter(v -> !isDafp(v)).toList();
        List<Record> dafp = new ArrayList<>();
        for (Path volume : volumes.stream().filter(EntitiesBench::isDafp).toList()) {
            dafp.addAll(Readers.standard().readAll(volume).records());
        }
        DafpReferenceEval.Report dafpReferences = dafp.isEmpty() ? null : DafpReferenceEval.run(dafp);
        DafpDateEval.Report dafpDates = dafp.isEmpty() ? null : DafpDateEval.run(dafp);
        List<Record> records = new ArrayList<>();
        List<NameDictionary.Entry> persons = new ArrayList<>();
        for (Path volume : frus) {
            ReadResult read = Readers.standard().readAll(volume);
            records.addAll(read.records());
            persons.addAll(FrusPersons.read(volume));
        }
        List<Record> train = records.stream().filter(r -> !Split.isTest(r.id())).toList();
        List<Record> test = records.stream().filter(r -> Split.isTest(r.id())).toList();
        Training.Trained trained = Training.train(train, persons, iterations);
        if (saveModel != null) {
            trained.mentions().save(saveModel);
        }

        List<Row> rows = new ArrayList<>();
        PersonScores full = null;
        NameCandidates candidates = new NameCandidates();
        String[] names = {"dictionary + model + rules", "dictionary + model", "dictionary + rules", "model alone"};
        boolean[][] configs = {{true, true}, {true, false}, {false, true}};
        for (int i = 0; i < names.length; i++) {
            MentionFinder finder = i < 3 ? trained.finder(configs[i][0], configs[i][1])
                    : new MentionFinder(new org.fond.enrich.mentions.Linker(NameDictionary.empty(), java.util.Map.of()),
                    trained.model().model(), false);
            PersonScores scores = new PersonScores();
            for (Record r : test) {
                List<org.fond.core.model.Mention> found = finder.names(r.text().plain(), trained.scope(r));
                scores.add(Gold.persons(r), found);
                if (i == 0) {
                    candidates.add(r.id(), found);
                }
            }
            if (full == null) {
                full = scores;
            }
            rows.add(new Row(names[i], scores.predicted(), scores.precision(), scores.recall(), scores.f1(),
                    scores.overlapPrecision(), scores.overlapRecall(), scores.overlapF1()));
        }

        int dated = 0;
        int right = 0;
        for (Record r : test) {
            Optional<String> when = whenDate(r);
            if (when.isPresent()) {
                dated++;
                if (day(when.get()).equals(datelineDate(r).map(EntitiesBench::day).orElse(null))) {
                    right++;
                }
            }
        }

        // throughput with a warm JVM: the volumes read a second time, then the same records annotated
        long t2 = System.nanoTime();
        for (Path volume : frus) {
            Readers.standard().readAll(volume);
        }
        double readSeconds = (System.nanoTime() - t2) / 1e9;
        MentionFinder finder = trained.finder(true, true);
        long t1 = System.nanoTime();
        for (Record r : records) {
            finder.enrich(r, trained.scope(r));
        }
        double annotateSeconds = (System.nanoTime() - t1) / 1e9;
        // and as ingest runs it in an archive with no trained model: the authority's names and the rules
        MentionFinder ingestFinder = new MentionFinder(new org.fond.enrich.mentions.Linker(
                NameDictionary.fromAuthority(org.fond.enrich.authority.SeedAuthority.authority().records()),
                java.util.Map.of()), null, true);
        long t3 = System.nanoTime();
        for (Record r : records) {
            ingestFinder.enrich(r, List.of());
        }
        double ingestAnnotateSeconds = (System.nanoTime() - t3) / 1e9;
        var report = trained.model().report();
        return new Report(train.size(), test.size(), full.gold(), rows, full.linking(), full.linkable(), dated,
                dated == 0 ? 0 : (double) right / dated, records.size() / readSeconds,
                records.size() / (readSeconds + annotateSeconds),
                new PersonScoresSummary(report.lines(), report.names(), report.misalignedNames()),
                candidates.candidates(), dafpReferences, dafpDates,
                records.size() / (readSeconds + ingestAnnotateSeconds));
    }

    /** A DAFP volume ({@code dafp-volume-14.tar.gz}): measured for references and dates, not persons. */
    static boolean isDafp(Path volume) {
        return volume.getFileName().toString().startsWith("dafp-");
    }

    /** The editors' {@code date/@when}, when the reader took the record's date from it. */
    static Optional<String> whenDate(Record r) {
        if (r.date() == null || r.date().edtf() == null || !r.date().provenance().rule().equals("date-when")) {
            return Optional.empty();
        }
        return Optional.of(r.date().edtf());
    }

    /** The day of an EDTF date-time ({@code 1917-04-18T11:00:00} → {@code 1917-04-18}). */
    static String day(String edtf) {
        int t = edtf.indexOf('T');
        // compared by day: an uncertain or approximate day ("1944-05-22?") is still that day
        return (t < 0 ? edtf : edtf.substring(0, t)).replaceAll("[?~%]+$", "");
    }

    /** The date the dateline's text gives without {@code @when}: the reader's own fallback, replayed. */
    static Optional<String> datelineDate(Record r) {
        if (r.date().display() != null) {
            Optional<String> parsed = DateParser.toEdtf(r.date().display());
            if (parsed.isPresent()) {
                return parsed;
            }
        }
        String dateline = r.header().stream().filter(h -> h.label().equals("Dateline")).map(HeaderField::value)
                .findFirst().orElse("");
        return DateParser.extract(dateline, null).stream().map(DateExpression::edtf)
                .filter(e -> e != null).findFirst();
    }

    public static String table(Report r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "FRUS entities: %d train documents, %d test documents, %d gold person mentions in test%n",
                r.trainDocs(), r.testDocs(), r.goldPersons()));
        b.append(String.format(Locale.ROOT, "model training: %d text pieces, %d gold names in them, %d gold names outside every piece or off token edges%n",
                r.training().lines(), r.training().names(), r.training().misalignedNames()));
        b.append(String.format(Locale.ROOT, "%-28s %6s %6s %6s %6s | %6s %6s %6s%n", "persons (test)", "found",
                "P", "R", "F1", "P~", "R~", "F1~"));
        for (Row row : r.variants()) {
            b.append(String.format(Locale.ROOT, "%-28s %6d %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f%n", row.name(),
                    row.predicted(), row.precision(), row.recall(), row.f1(), row.overlapPrecision(),
                    row.overlapRecall(), row.overlapF1()));
        }
        b.append("(P R F1: exact span; P~ R~ F1~: overlapping span)\n");
        b.append(String.format(Locale.ROOT, "linking accuracy: %.3f of %d gold mentions with an id found exactly%n",
                r.linking(), r.linkable()));
        b.append(String.format(Locale.ROOT, "document date (day) from dateline text vs date/@when: %.3f of %d test documents%n",
                r.dateAccuracy(), r.datedDocs()));
        b.append(String.format(Locale.ROOT, "throughput: %.0f docs/s reading, %.0f docs/s reading + annotating with the "
                + "trained model, %.0f docs/s reading + annotating as ingest does (authority names and rules, no model)%n",
                r.readDocsPerSecond(), r.annotateDocsPerSecond(), r.ingestAnnotateDocsPerSecond()));
        b.append(String.format(Locale.ROOT, "new authority candidates in test (unlinked names): %d; most found: %s%n",
                r.candidates().size(), String.join(", ", r.candidates().stream().limit(5)
                        .map(c -> c.surface() + " (" + c.type() + ", " + c.count() + ")").toList())));
        if (r.dafpReferences() != null) {
            DafpReferenceEval.Report refs = r.dafpReferences();
            b.append(String.format(Locale.ROOT, "DAFP NAA references from the text vs naa_refs (series + control "
                    + "symbol): %.3f of %d overall (%.3f with punctuation kept); %.3f of %d the text holds%n",
                    refs.rate(), refs.gold(), refs.exactRate(), refs.heldRate(), refs.held()));
        }
        if (r.dafpDates() != null) {
            DafpDateEval.Report dates = r.dafpDates();
            b.append(String.format(Locale.ROOT, "DAFP document date (day) from the dateline text vs doc_date: %.3f of %d "
                    + "documents; %.3f of the %d whose opening lines give a date%n", dates.rate(), dates.dated(),
                    dates.rateWhereTextDated(), dates.dated() - dates.noTextDate()));
        }
        return b.toString();
    }

    /**
     * {@code EntitiesBench [--save MODEL.zip] VOLUME.xml.gz… [DAFP-FOLDER | dafp-volume-N.tar.gz…]}: trains,
     * measures and prints the table, with the DAFP reference and date rows when DAFP volumes are given;
     * with {@code --save}, also writes what was trained (train part only) for {@code fond annotate --model}.
     */
    public static void main(String[] args) throws IOException {
        List<Path> volumes = new ArrayList<>();
        Path save = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--save") && i + 1 < args.length) {
                save = Path.of(args[++i]);
            } else if (Files.isDirectory(Path.of(args[i]))) {
                // a folder: every DAFP volume in it
                try (var listing = Files.list(Path.of(args[i]))) {
                    listing.filter(EntitiesBench::isDafp).sorted().forEach(volumes::add);
                }
            } else {
                volumes.add(Path.of(args[i]));
            }
        }
        Report report = run(volumes, 100, save);
        System.out.print(table(report));
    }
}
