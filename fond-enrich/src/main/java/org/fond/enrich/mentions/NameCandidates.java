package org.fond.enrich.mentions;

import org.fond.core.model.Mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names found that no authority entry links: proposed as new authority candidates, each folded form
 * with its most frequent surface and how often it was found. Not thread-safe; one per run.
 */
public final class NameCandidates {
    /** A proposed new authority record: a surface form, its type, how many mentions, in how many records. */
    public record Candidate(String surface, String type, int count, int records) {
    }

    private final Map<String, Map<String, Integer>> surfaces = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<String, java.util.Set<String>> records = new HashMap<>();
    private final Map<String, String> types = new HashMap<>();

    /** Adds one record's unlinked person, organization and place mentions. */
    public void add(String recordId, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.entity() != null || !(m.type().equals("person") || m.type().equals("organization")
                    || m.type().equals("place"))) {
                continue;
            }
            String key = m.type() + "\t" + String.join(" ", Tokenizer.tokens(m.surface()).stream()
                    .filter(NameDictionary::isSignificant).map(Token::key).toList());
            surfaces.computeIfAbsent(key, k -> new HashMap<>()).merge(m.surface().replaceAll("\\s+", " "), 1, Integer::sum);
            counts.merge(key, 1, Integer::sum);
            records.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(recordId);
            types.put(key, m.type());
        }
    }

    /** The candidates, most often found first. */
    public List<Candidate> candidates() {
        List<Candidate> out = new ArrayList<>();
        for (var e : counts.entrySet()) {
            String surface = surfaces.get(e.getKey()).entrySet().stream()
                    .max(Comparator.comparing((Map.Entry<String, Integer> s) -> s.getValue())
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .orElseThrow().getKey();
            out.add(new Candidate(surface, types.get(e.getKey()), e.getValue(), records.get(e.getKey()).size()));
        }
        out.sort(Comparator.comparingInt(Candidate::count).reversed().thenComparing(Candidate::surface));
        return out;
    }
}
