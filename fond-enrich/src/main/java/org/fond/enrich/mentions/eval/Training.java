package org.fond.enrich.mentions.eval;

import org.fond.core.model.Mention;
import org.fond.core.model.Record;
import org.fond.core.model.Span;
import org.fond.enrich.mentions.Linker;
import org.fond.enrich.mentions.MentionFinder;
import org.fond.enrich.mentions.MentionModel;
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
    public record Trained(MentionModel mentions, Linker linker, PersonModel.Trained model,
                          Map<String, List<String>> scopes) {
        /** The id prefixes a volume's documents link to: its own, and those its training documents used. */
        public List<String> scope(Record record) {
            String volume = Training.volume(record);
            return scopes.getOrDefault(volume, List.of("frus:" + volume + "#"));
        }

        public MentionFinder finder(boolean useModel, boolean useRules) {
            return new MentionFinder(linker, useModel ? model.model() : null, useRules);
        }
    }

    public static Trained train(List<Record> train, List<NameDictionary.Entry> personsLists, int iterations) {
        List<NameDictionary.Entry> entries = new ArrayList<>(personsLists);
        Map<String, Integer> prior = new HashMap<>();
        List<PersonModel.Example> examples = new ArrayList<>();
        Map<String, List<String>> scopes = new HashMap<>();
        for (Record record : train) {
            List<Span> spans = new ArrayList<>();
            List<String> scope = scopes.computeIfAbsent(volume(record), v -> new ArrayList<>(List.of("frus:" + v + "#")));
            for (Mention m : Gold.persons(record)) {
                if (m.entity() != null) {
                    String prefix = m.entity().substring(0, m.entity().indexOf('#') + 1);
                    if (!prefix.isEmpty() && !scope.contains(prefix)) {
                        scope.add(prefix);
                    }
                }
                spans.add(m.span());
                // a tagged name without an id is still a known person name: found, left unlinked
                entries.add(new NameDictionary.Entry(m.surface().replaceAll("\\s+", " "), m.entity(), "person"));
                if (m.entity() != null) {
                    prior.merge(m.entity(), 1, Integer::sum);
                }
            }
            examples.add(new PersonModel.Example(record.text().plain(), spans));
        }
        PersonModel.Trained model = PersonModel.train(examples, iterations);
        MentionModel mentions = new MentionModel(entries, prior, model.model());
        return new Trained(mentions, mentions.linker(), model, Map.copyOf(scopes));
    }

    /** The FRUS volume a record was read from ({@code frus:frus1918Russiav03/d5} → {@code frus1918Russiav03}). */
    static String volume(Record record) {
        String id = record.id().startsWith("frus:") ? record.id().substring(5) : record.id();
        int slash = id.indexOf('/');
        return slash < 0 ? id : id.substring(0, slash);
    }
}
