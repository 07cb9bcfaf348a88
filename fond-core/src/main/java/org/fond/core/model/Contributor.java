package org.fond.core.model;

/** A person or body with a role in the record: author, signatory, addressee, translator… */
public record Contributor(String name, String role, Provenance provenance) {
}
