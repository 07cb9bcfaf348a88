package org.fond.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.fond.core.authority.NameAuthority;

/**
 * A name authority held in a map, for tests: each entity has a label and its name forms; a phrase
 * expands when it is, ignoring case, diacritics, hyphens and spacing, exactly one of the forms of some
 * entity. Entities whose id starts with {@code per:} are persons, whose hyphenated words join syllables.
 * Counts the lookups, so a test can check that search asks per name and never scans.
 */
public final class MapAuthority implements NameAuthority {
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, Set<String>> entitiesByForm = new HashMap<>();
    private final Map<String, List<String>> forms = new LinkedHashMap<>();
    private final AtomicInteger lookups = new AtomicInteger();

    public MapAuthority add(String id, String label, String... names) {
        labels.put(id, label);
        List<String> all = new ArrayList<>();
        all.add(label);
        all.addAll(List.of(names));
        forms.put(id, all);
        all.forEach(f -> entitiesByForm.computeIfAbsent(key(f), k -> new LinkedHashSet<>()).add(id));
        return this;
    }

    /**
     * Kim Il Sung, Kim Il and Pak Ui-won in the scripts and romanizations the seeds and fixtures use
     * (with the truncated slip {@code Kim Il Sun} that S1 writes once and the {@code Kim II Sung} of S2).
     */
    public static MapAuthority koreans() {
        return new MapAuthority()
                .add("per:kim-il-sung", "Kim Il Sung", "Kim Il-sung", "Kim Ir Sen", "Ким Ир Сен", "김일성", "金日成",
                        "Kim Il Sun", "Kim II Sung", "Kim II-sung")
                .add("per:kim-il", "Kim Il", "金一")
                .add("per:pak-ui-won", "Pak Ui-won", "Pak Ŭi-wŏn", "Пак Ый Вон");
    }

    static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ").strip();
    }

    @Override
    public List<String> expand(String phrase) {
        lookups.incrementAndGet();
        Set<String> out = new LinkedHashSet<>();
        for (String id : entitiesByForm.getOrDefault(key(phrase), Set.of())) {
            out.addAll(forms.get(id));
        }
        return List.copyOf(out);
    }

    /** Scans every form (a test double may): those of other entities holding the name as whole words. */
    @Override
    public List<String> namesContaining(String name) {
        String k = " " + key(name) + " ";
        Set<String> own = entitiesByForm.getOrDefault(key(name), Set.of());
        Set<String> out = new LinkedHashSet<>();
        forms.forEach((id, all) -> {
            if (!own.contains(id)) {
                all.stream().filter(f -> (" " + key(f) + " ").contains(k)).forEach(out::add);
            }
        });
        return List.copyOf(out);
    }

    /**
     * Scans every person (a test double may): the forms holding, hyphenated or spaced, a hyphenated word
     * of some form of that person of which {@code word} is a piece.
     */
    @Override
    public List<String> namesHoldingSyllable(String word) {
        lookups.incrementAndGet();
        String syllable = key(word);
        if (syllable.isEmpty() || syllable.contains(" ")) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        forms.forEach((id, all) -> {
            if (!id.startsWith("per:")) {
                return;
            }
            for (String form : all) {
                for (String joined : form.split("\\s+")) {
                    List<String> pieces = List.of(key(joined).split(" "));
                    if (pieces.size() > 1 && pieces.contains(syllable)) {
                        String run = " " + key(joined) + " ";
                        all.stream().filter(f -> (" " + key(f) + " ").contains(run)).forEach(out::add);
                    }
                }
            }
        });
        return List.copyOf(out);
    }

    @Override
    public String label(String entityId) {
        return labels.getOrDefault(entityId, entityId);
    }

    public int lookups() {
        return lookups.get();
    }
}
