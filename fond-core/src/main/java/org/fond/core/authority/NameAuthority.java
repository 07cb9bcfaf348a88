package org.fond.core.authority;

import java.util.List;

/**
 * What search needs to know of the authority: the other forms of a name and the display label of an
 * authority id. The search index depends on this interface only, so that it expands names the same
 * way whether the authority holds the seeds' twenty people or sixteen thousand.
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
        public String label(String entityId) {
            return entityId;
        }
    };
}
