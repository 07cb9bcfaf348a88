package org.fond.core.authority;

import java.util.List;

/**
 * What search needs to know of the authority: the other forms of a name, the names a word is part of,
 * and the display label of an authority id. The search index depends on this interface only, so that
 * it expands names the same way whether the authority holds the seeds' twenty people or sixteen thousand.
 */
public interface NameAuthority {

    /**
     * Every search form of the entity (or entities) that {@code phrase} names as a whole name —
     * the phrase itself, other romanizations, other scripts, known OCR slips — or an empty list when
     * the phrase is not the whole name of any entity ({@code Kim Il} is not {@code Kim Il Sung};
     * {@code won} is not {@code Pak Ui-won}).
     */
    List<String> expand(String phrase);

    /**
     * The forms of other entities' names that hold {@code name} as whole words, in which a search for
     * {@code name} must not take it to be meant ({@code Kim Il} → {@code Kim Il Sung}); empty when none.
     */
    List<String> namesContaining(String name);

    /**
     * The forms of persons' names in which {@code word} is a joined syllable, not a word of its own:
     * where a form of a person writes it as a piece of a hyphenated word ({@code won} and {@code Ui} of
     * {@code Pak Ui-won}, {@code sung} of {@code Kim Il-sung}, {@code tung} of {@code Mao Tse-tung}), every
     * form of that person holding the joined word, hyphenated or spaced ({@code Kim Il Sung}). Search
     * seeks the plain word outside them: {@code won} the currency, never in {@code Pak Ui-won}.
     *
     * <p>Only persons count: in the names of organizations and places a hyphen joins words that stand
     * alone ({@code Sino-Soviet}). A word that stands alone in every name holding it ({@code Kim},
     * {@code Molotov}), or that is more than one word ({@code Ui-won}), gives an empty list. Forms come in
     * the authority's order (its own seed records first), each person's in the order the record gives
     * them, so a caller that keeps only the first few keeps the best-known names. One lookup, whatever
     * the authority's size.
     */
    List<String> namesHoldingSyllable(String word);

    /** The display label of an authority id (e.g. {@code per:kim-il-sung} → {@code Kim Il Sung}), or the id itself. */
    String label(String entityId);

    /** An authority that knows no names: nothing expands, labels are the ids. */
    NameAuthority NONE = new NameAuthority() {
        @Override
        public List<String> expand(String phrase) {
            return List.of();
        }

        @Override
        public List<String> namesContaining(String name) {
            return List.of();
        }

        @Override
        public List<String> namesHoldingSyllable(String word) {
            return List.of();
        }

        @Override
        public String label(String entityId) {
            return entityId;
        }
    };
}
