package org.fond.core.reference;

import java.util.List;

/**
 * One holding archive in Fond's registry (MODEL.md §2.2): its stable {@code code}, its English
 * {@code name}, the {@code variants} it is cited by (Latin and native script), and the id of the
 * {@link ReferenceScheme} its references follow ({@code ru-fopdl}; {@code unstructured} until a
 * grammar for its family exists).
 */
public record KnownRepository(String code, String name, List<String> variants, String schemeId) {
    public KnownRepository {
        variants = List.copyOf(variants);
    }
}
