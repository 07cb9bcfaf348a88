package org.fond.core.reference;

import java.util.Optional;
import java.util.Set;
import org.fond.core.model.Confidence;

/**
 * The grammar of one citation family: reads the levels that follow a repository. A new family
 * (NARA, NAA, BArch, PRC FMA, Japan MFA…) is a new case of {@link ReferenceScheme}, one
 * implementation of this, and registry entries naming its scheme id.
 */
interface SchemeGrammar {

    /** The {@link ReferenceScheme#id()} this grammar produces. */
    String schemeId();

    /**
     * Reads levels from {@code from} (just after the cited repository). Empty when no level of this
     * family starts there; otherwise {@code end} is where the last recognised level ends.
     */
    Optional<Reading> read(String text, int from);

    /**
     * Reads a reference cited with no repository, starting exactly at {@code at}; stricter than
     * {@link #read}, because without a repository a stray "F. 5" in prose must not become a reference.
     */
    default Optional<Reading> readWithoutRepository(String text, int at) {
        return Optional.empty();
    }

    /**
     * False when {@link #readWithoutRepository} surely reads nothing at a character {@code c}: asked
     * of every word start of every text, before the grammars are (wider than the grammar, never narrower).
     */
    default boolean mayBeginWithoutRepository(char c) {
        return false;
    }

    /**
     * The repository a reference of this family belongs to when none is cited, if the family has
     * only one (a State Department decimal file is at NARA); its {@code asCited} is empty.
     */
    default Repository impliedRepository() {
        return null;
    }

    /** What a grammar read: the scheme with its levels, where it ended, and what it noticed. */
    record Reading(ReferenceScheme scheme, int end, Set<String> flags, Confidence confidence) {
        public Reading {
            flags = Set.copyOf(flags);
        }
    }
}
