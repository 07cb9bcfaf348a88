package org.fond.enrich.authority;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.fond.enrich.variants.NameKey;

/**
 * The joined syllables of persons' names, each with the forms in which it is part of a name: the index
 * behind {@link Authority#namesHoldingSyllable}, built once with the authority so that a query word
 * costs one hash probe, for the seeds' fifty records as for sixteen thousand people.
 *
 * <p>A syllable is a piece of a hyphenated word in some form of a person's name ({@code Ui} and
 * {@code won} of {@code Ui-won}): the hyphen says that there the piece is no word of its own. It is part
 * of the name wherever it stands with the rest of that word, hyphenated or spaced, so every form of the
 * person that holds the joined word is listed: {@code Pak Ui-won}, {@code Pak Ui Won}; {@code Kim Il-sung},
 * {@code Kim Il Sung}. A form that holds the piece without the rest of its word is not: the people
 * data writes titles into names ({@code President-elect Arias}, {@code President Arias}), and
 * {@code President} stands alone in the second. Pieces meet by {@link NameKey}, so {@code wŏn} is
 * {@code won} and case does not matter.
 */
final class NameSyllables {
    /** Between the words of a name. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Between the syllables of one word: hyphen-minus, and the hyphens and dashes U+2010 to U+2014. */
    private static final Pattern JOINERS = Pattern.compile("[\\-\u2010-\u2014]+");

    private final Map<String, List<String>> byKey;

    private NameSyllables(Map<String, List<String>> byKey) {
        this.byKey = byKey;
    }

    /**
     * The index over each person's forms (merged records' forms with the person they were merged into),
     * persons in the authority's order and each one's forms in its order.
     */
    static NameSyllables of(Collection<List<String>> formsOfEachPerson) {
        Map<String, Set<String>> holders = new HashMap<>();
        for (List<String> forms : formsOfEachPerson) {
            if (forms.stream().noneMatch(f -> JOINERS.matcher(f).find())) {
                continue; // most names join nothing: no key is worth making
            }
            List<List<String>> keys = new ArrayList<>(forms.size());
            Set<List<String>> joined = new LinkedHashSet<>();
            for (String form : forms) {
                keys.add(pieceKeys(form, joined));
            }
            for (List<String> word : joined) {
                for (int i = 0; i < forms.size(); i++) {
                    if (Collections.indexOfSubList(keys.get(i), word) >= 0) {
                        for (String syllable : word) {
                            holders.computeIfAbsent(syllable, k -> new LinkedHashSet<>()).add(forms.get(i));
                        }
                    }
                }
            }
        }
        Map<String, List<String>> byKey = new HashMap<>(holders.size() * 2);
        holders.forEach((k, v) -> byKey.put(k, List.copyOf(v)));
        return new NameSyllables(byKey);
    }

    /**
     * The keys of the pieces of {@code form} in order, words and syllables alike; the keys of each of its
     * hyphenated words are added to {@code joined}.
     */
    private static List<String> pieceKeys(String form, Set<List<String>> joined) {
        List<String> keys = new ArrayList<>();
        for (String word : SPACES.split(form.strip())) {
            List<String> pieces = new ArrayList<>(2);
            for (String piece : JOINERS.split(word)) {
                String key = NameKey.of(piece);
                if (!key.isEmpty()) {
                    pieces.add(key);
                }
            }
            keys.addAll(pieces);
            if (pieces.size() > 1) {
                joined.add(List.copyOf(pieces));
            }
        }
        return keys;
    }

    /** The forms holding {@code word} as a joined syllable; empty when it is none, or more than one word. */
    List<String> holding(String word) {
        String w = word.strip();
        if (w.isEmpty() || SPACES.matcher(w).find() || JOINERS.matcher(w).find()) {
            return List.of();
        }
        return byKey.getOrDefault(NameKey.of(w), List.of());
    }
}
