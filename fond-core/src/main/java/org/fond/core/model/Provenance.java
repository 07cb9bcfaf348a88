package org.fond.core.model;

/**
 * Where a value came from: the component that produced it ({@code wcda-reader},
 * {@code reference-grammar}, …), the rule inside it, and the 1-based line of the source file it
 * was read from (0 when it was not read from one line).
 */
public record Provenance(String agent, String rule, int sourceLine) {
    public Provenance {
        java.util.Objects.requireNonNull(agent, "agent");
        rule = rule == null ? "" : rule;
    }

    public static Provenance of(String agent, String rule) {
        return new Provenance(agent, rule, 0);
    }

    public Provenance atLine(int line) {
        return new Provenance(agent, rule, line);
    }
}
