package org.fond.core.authority;

import java.util.Objects;

/**
 * One entry of a record's change log: who did what, when and why. Merges and splits are recorded on
 * both records so either one tells its own history.
 *
 * @param at ISO-8601 instant
 * @param action created, imported, merged-into, absorbed, split-from, variant-rejected…
 * @param other the other record of a merge or split, or null
 * @param priorState the record's state before this change, so that a split can restore it; null when unchanged
 */
public record Change(String at, String who, String action, String other, String why, AuthorityStatus.State priorState) {
    public Change {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(action, "action");
    }
}
