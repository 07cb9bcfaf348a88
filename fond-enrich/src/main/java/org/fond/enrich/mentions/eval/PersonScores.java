package org.fond.enrich.mentions.eval;

import org.fond.core.model.Mention;
import org.fond.core.model.Span;

import java.util.List;

/**
 * Person-mention counts over a set of documents: exact span matches, overlap matches, and linking
 * among the gold mentions with an id that were found with the exact span.
 */
public final class PersonScores {
    private int gold;
    private int predicted;
    private int exact;
    private int overlapPredicted;
    private int overlapGold;
    private int linkable;
    private int linked;

    /** Adds one document's gold and predicted person mentions. */
    public void add(List<Mention> goldPersons, List<Mention> found) {
        List<Mention> predictedPersons = found.stream().filter(m -> m.type().equals("person")).toList();
        gold += goldPersons.size();
        predicted += predictedPersons.size();
        for (Mention p : predictedPersons) {
            if (goldPersons.stream().anyMatch(g -> g.span().overlaps(p.span()))) {
                overlapPredicted++;
            }
        }
        for (Mention g : goldPersons) {
            Mention same = null;
            for (Mention p : predictedPersons) {
                if (p.span().equals(g.span())) {
                    same = p;
                }
            }
            if (same != null) {
                exact++;
                if (g.entity() != null) {
                    linkable++;
                    if (g.entity().equals(same.entity())) {
                        linked++;
                    }
                }
            }
            Span s = g.span();
            if (predictedPersons.stream().anyMatch(p -> p.span().overlaps(s))) {
                overlapGold++;
            }
        }
    }

    public int gold() { return gold; }
    public int predicted() { return predicted; }
    public double precision() { return ratio(exact, predicted); }
    public double recall() { return ratio(exact, gold); }
    public double f1() { return f1(precision(), recall()); }
    public double overlapPrecision() { return ratio(overlapPredicted, predicted); }
    public double overlapRecall() { return ratio(overlapGold, gold); }
    public double overlapF1() { return f1(overlapPrecision(), overlapRecall()); }
    public int linkable() { return linkable; }
    public double linking() { return ratio(linked, linkable); }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
