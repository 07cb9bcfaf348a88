package org.fond.core.authority;

/**
 * An identifier of the entity in another register (MODEL.md §5.11). {@code scope} bounds ids that are
 * only unique inside something: a FRUS persons-list id ({@code p_BND1}) is unique within its volume.
 *
 * @param status verified, unverified, rejected or lookup-required; only verified ids are ever shown publicly
 */
public record ExternalId(String scheme, String value, String scope, String status) {
    public ExternalId {
        if (scheme == null || scheme.isBlank()) {
            throw new IllegalArgumentException("an external id needs a scheme");
        }
    }
}
