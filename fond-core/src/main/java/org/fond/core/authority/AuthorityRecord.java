package org.fond.core.authority;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A person, organization or place as the archive knows it (MODEL.md §5.9): an immutable id, its preferred
 * label per language, every known form of its name, dated roles, ids in other registers, the records it
 * must never be confused with ({@code notSameAs}: Kim Il is not Kim Il Sung), and its change log.
 * Changes make a new record; the old one stays as it was.
 */
public record AuthorityRecord(String id, EntityType type, AuthorityStatus status, Map<String, String> prefLabel,
                              List<NameVariant> labels, List<Role> roles, List<ExternalId> externalIds,
                              List<String> notSameAs, String disambiguation, List<Change> changeLog) {

    public AuthorityRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type of " + id);
        if (EntityType.ofId(id) != type) {
            throw new IllegalArgumentException("id " + id + " does not start with " + type.prefix() + ":");
        }
        status = status == null ? AuthorityStatus.PROVISIONAL : status;
        prefLabel = prefLabel == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(prefLabel));
        labels = labels == null ? List.of() : List.copyOf(labels);
        roles = roles == null ? List.of() : List.copyOf(roles);
        externalIds = externalIds == null ? List.of() : List.copyOf(externalIds);
        notSameAs = notSameAs == null ? List.of() : List.copyOf(notSameAs);
        changeLog = changeLog == null ? List.of() : List.copyOf(changeLog);
    }

    /** The display label: English first, then any preferred label, then the first name form, then the id. */
    public String label() {
        String en = prefLabel.get("en");
        if (en != null) {
            return en;
        }
        if (!prefLabel.isEmpty()) {
            return prefLabel.values().iterator().next();
        }
        return labels.isEmpty() ? id : labels.getFirst().value();
    }

    /** The name forms a search may use: every form not rejected by review. */
    public List<NameVariant> activeLabels() {
        return labels.stream().filter(v -> !v.rejected()).toList();
    }

    public AuthorityRecord withStatus(AuthorityStatus newStatus) {
        return new AuthorityRecord(id, type, newStatus, prefLabel, labels, roles, externalIds, notSameAs,
                disambiguation, changeLog);
    }

    public AuthorityRecord withLabels(List<NameVariant> newLabels) {
        return new AuthorityRecord(id, type, status, prefLabel, newLabels, roles, externalIds, notSameAs,
                disambiguation, changeLog);
    }

    public AuthorityRecord withChange(Change change) {
        List<Change> log = new ArrayList<>(changeLog);
        log.add(change);
        return new AuthorityRecord(id, type, status, prefLabel, labels, roles, externalIds, notSameAs,
                disambiguation, log);
    }

    /** This record with the form {@code value} marked rejected, by whom and why in the change log. */
    public AuthorityRecord rejectVariant(String value, Change change) {
        boolean found = false;
        List<NameVariant> out = new ArrayList<>(labels.size());
        for (NameVariant v : labels) {
            if (v.value().equals(value) && !v.rejected()) {
                out.add(v.asRejected());
                found = true;
            } else {
                out.add(v);
            }
        }
        if (!found) {
            throw new IllegalArgumentException(id + " has no active name form \"" + value + "\"");
        }
        return withLabels(out).withChange(change);
    }
}
