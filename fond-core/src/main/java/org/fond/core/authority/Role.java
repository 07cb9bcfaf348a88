package org.fond.core.authority;

/**
 * A dated, sourced role ("Soviet ambassador to the PRC", 1953–1959). Dates are EDTF strings, open when null;
 * roles let a role phrase ("the Soviet ambassador in Peking") resolve to a person at a date.
 *
 * @param org the authority id of the organization the role is in, or null
 * @param certainty high, medium or low (MODEL.md's ✔/◐/✖)
 */
public record Role(String role, String org, String from, String to, String source, String certainty) {
    public Role {
        if (role == null || role.isBlank()) {
            throw new IllegalArgumentException("a role needs a description");
        }
    }
}
