package org.fond.core.authority;

/** What an authority record names; the id prefix says it too ({@code per:}, {@code org:}, {@code plc:}, {@code cpt:}). */
public enum EntityType {
    PERSON("per"),
    ORGANIZATION("org"),
    PLACE("plc"),
    /** A term or abbreviation of the sources ({@code ACC}, {@code Deptel}): MODEL.md §5.4's concepts. */
    CONCEPT("cpt");

    private final String prefix;

    EntityType(String prefix) {
        this.prefix = prefix;
    }

    /** The id prefix, without the colon. */
    public String prefix() {
        return prefix;
    }

    /** The type an id's prefix names, or null when the prefix is unknown. */
    public static EntityType ofId(String id) {
        int colon = id == null ? -1 : id.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String p = id.substring(0, colon);
        for (EntityType t : values()) {
            if (t.prefix.equals(p)) {
                return t;
            }
        }
        return null;
    }
}
