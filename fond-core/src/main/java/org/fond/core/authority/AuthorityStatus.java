package org.fond.core.authority;

import java.util.Objects;

/**
 * Where a record stands: provisional (machine-made or unchecked), reviewed, merged into another record,
 * or deprecated. A merged record keeps its id so old links still resolve, through {@code mergedInto}.
 */
public record AuthorityStatus(State state, String mergedInto) {

    public enum State { PROVISIONAL, REVIEWED, MERGED, DEPRECATED }

    public static final AuthorityStatus PROVISIONAL = new AuthorityStatus(State.PROVISIONAL, null);
    public static final AuthorityStatus REVIEWED = new AuthorityStatus(State.REVIEWED, null);
    public static final AuthorityStatus DEPRECATED = new AuthorityStatus(State.DEPRECATED, null);

    public AuthorityStatus {
        Objects.requireNonNull(state, "state");
        if ((state == State.MERGED) != (mergedInto != null)) {
            throw new IllegalArgumentException("a merged record, and only a merged one, names the record it went into");
        }
    }

    public static AuthorityStatus mergedInto(String id) {
        return new AuthorityStatus(State.MERGED, Objects.requireNonNull(id, "merged into"));
    }

    public boolean isMerged() {
        return state == State.MERGED;
    }
}
