package org.fond.enrich.mentions.eval;

import org.fond.core.model.Mention;
import org.fond.core.model.Record;
import org.fond.core.model.Span;
import org.fond.enrich.mentions.Linker;
import org.fond.enrich.mentions.MentionFinder;
import org.fond.enrich.mentions.NameDictionary;
import org.fond.enrich.mentions.PersonModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains the mention finder on gold records: the linking dictionary from every gold surface with an
 * id (plus any persons list given), entity priors from gold counts, and the person model from the gold
 * spans. Only what it is given is seen, so the caller decides what is training material.
 */
public final class Training {
    private Training() {
    }

    /** The trained parts, kept apart so the bench can measure each. */
    public record Trained(Linker linker, PersonModel.Trained model) {
        public MentionFinder finder(boolean useModel, boolean useRules) {
            return new MentionFinder(linker, useModel ? model.model() : null, useRules);
        }
    }

    public static Trained train(List<Record> train, List<NameDictionary.Entry> personsLists, int iterations) {
        List<NameDictionary.Entry> entries = new ArrayList<>(personsLists);
        Map<String, Integer> prior = new HashMap<>();
        List<PersonModel.Example> examples = new ArrayList<>();
        for (Record record : train) {
            List<Span> spans = new ArrayList<>();
            for (Mention m : Gold.persons(record)) {
                spans.add(m.span());
                if (m.entity() != null) {
                    entries.add(new NameDictionary.Entry(m.surface().replaceAll("\\s+", " "), m.entity(), "person"));
                    prior.merge(m.entity(), 1, Integer::sum);
                }
            }
            examples.add(new PersonModel.Example(record.text().plain(), spans));
        }
        Linker linker = new Linker(NameDictionary.of(entries), prior);
        return new Trained(linker, PersonModel.train(examples, iterations));
    }
}
