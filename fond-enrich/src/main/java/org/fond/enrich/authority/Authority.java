package org.fond.enrich.authority;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fond.core.authority.AuthorityRecord;
import org.fond.core.authority.AuthorityStatus;
import org.fond.core.authority.Change;
import org.fond.core.authority.EntityType;
import org.fond.core.authority.NameAuthority;
import org.fond.core.authority.NameVariant;
import org.fond.enrich.variants.NameKey;

/**
 * The authority in memory: records by id and by the matching key of every active name form
 * ({@link NameKey}), so a lookup is one hash probe whatever the size. Only whole names match: the key of
 * {@code Kim Il} is not a part of the key of {@code Kim Il Sung}; the syllables that persons' names join
 * with hyphens are indexed beside them ({@link NameSyllables}). Where one key is shared by records
 * declared {@code notSameAs}, a form only the rules made up gives way to a form a source printed.
 * Merges keep the merged record (old ids still resolve) and write the change on both records.
 * Reads see a consistent snapshot; changes are serialised and swap in a new one.
 */
public final class Authority implements NameAuthority {

    /** One record reachable under a key; {@code generatedOnly} when no curated or attested form gave it. */
    private record Posting(String id, boolean generatedOnly) {
    }

    /** A form of record {@code id} that holds a shorter name, under that name's key. */
    private record Within(String form, String id) {
    }

    private record Snapshot(Map<String, AuthorityRecord> byId, Map<String, List<Posting>> byKey,
                            Map<String, List<String>> absorbed, Map<String, Set<Within>> within,
                            NameSyllables syllables) {
    }

    /** Where a name splits into words for {@link #namesContaining}: spaces and hyphens ({@code Il-sung}). */
    private static final java.util.regex.Pattern WORDS = java.util.regex.Pattern.compile("[\\s\\-\u2010-\u2014]+");
    /** Names longer than this many words are not searched for the names inside them. */
    private static final int MAX_WORDS = 8;

    private final Clock clock;
    private volatile Snapshot snapshot;

    private Authority(Snapshot snapshot, Clock clock) {
        this.snapshot = snapshot;
        this.clock = clock;
    }

    /** An authority over {@code records} as they are (run the variant generator first to add generated forms). */
    public static Authority of(Collection<AuthorityRecord> records) {
        return of(records, Clock.systemUTC());
    }

    public static Authority of(Collection<AuthorityRecord> records, Clock clock) {
        Map<String, AuthorityRecord> byId = new LinkedHashMap<>();
        for (AuthorityRecord r : records) {
            if (byId.putIfAbsent(r.id(), r) != null) {
                throw new IllegalArgumentException("two authority records share the id " + r.id());
            }
        }
        return new Authority(index(byId), clock);
    }

    @Override
    public List<String> expand(String phrase) {
        Snapshot s = snapshot;
        List<String> ids = resolve(s, phrase);
        if (ids.isEmpty()) {
            return List.of();
        }
        Set<String> forms = new LinkedHashSet<>();
        forms.add(phrase.strip());
        for (String id : ids) {
            forms.addAll(activeForms(s.byId(), s.absorbed(), id));
        }
        return List.copyOf(forms);
    }

    /**
     * The forms of other records' names that hold {@code name} as whole words ({@code Kim Il} →
     * {@code Kim Il Sung}, {@code Kim Il-sung}): where search must not take {@code name} to be meant.
     * Forms of the record(s) {@code name} itself names are not among them. One hash probe.
     */
    @Override
    public List<String> namesContaining(String name) {
        Snapshot s = snapshot;
        String key = NameKey.of(name);
        Set<Within> holders = key.isEmpty() ? null : s.within().get(key);
        if (holders == null) {
            return List.of();
        }
        Set<String> own = new LinkedHashSet<>(resolve(s, name));
        Set<String> out = new LinkedHashSet<>();
        for (Within w : holders) {
            if (!own.contains(target(s, w.id()))) {
                out.add(w.form());
            }
        }
        return List.copyOf(out);
    }

    /**
     * The forms of persons' names that hold {@code word} as a joined syllable ({@code won} →
     * {@code Pak Ui-won}, and the spaced {@code Pak Ui Won} where that is a form of his too); see
     * {@link NameSyllables}. One hash probe.
     */
    @Override
    public List<String> namesHoldingSyllable(String word) {
        return snapshot.syllables().holding(word);
    }

    @Override
    public String label(String entityId) {
        Snapshot s = snapshot;
        AuthorityRecord r = s.byId().get(entityId);
        return r == null ? entityId : s.byId().get(target(s, entityId)).label();
    }

    /** The records (merges followed) that {@code name} is a whole name of; empty when none. */
    public List<AuthorityRecord> find(String name) {
        Snapshot s = snapshot;
        return resolve(s, name).stream().map(s.byId()::get).toList();
    }

    public Optional<AuthorityRecord> get(String id) {
        return Optional.ofNullable(snapshot.byId().get(id));
    }

    /** Every record, merged ones included, in the order they were given. */
    public List<AuthorityRecord> records() {
        return List.copyOf(snapshot.byId().values());
    }

    public int size() {
        return snapshot.byId().size();
    }

    /** Adds a record or replaces the one with its id. */
    public synchronized void put(AuthorityRecord record) {
        Map<String, AuthorityRecord> byId = new LinkedHashMap<>(snapshot.byId());
        byId.put(record.id(), record);
        snapshot = index(byId);
    }

    /**
     * Merges {@code fromId} into {@code intoId}: {@code from} is marked merged and its names now find
     * {@code into}. Refused when either record says it is not the other.
     */
    public synchronized void merge(String fromId, String intoId, String who, String why) {
        AuthorityRecord from = require(fromId);
        AuthorityRecord into = require(intoId);
        if (fromId.equals(intoId)) {
            throw new IllegalArgumentException("cannot merge " + fromId + " into itself");
        }
        if (from.notSameAs().contains(intoId) || into.notSameAs().contains(fromId)) {
            throw new IllegalArgumentException("refused: " + fromId + " and " + intoId + " are recorded as not the same");
        }
        if (from.status().isMerged()) {
            throw new IllegalArgumentException(fromId + " is already merged into " + from.status().mergedInto());
        }
        if (target(snapshot, intoId).equals(fromId)) {
            throw new IllegalArgumentException(intoId + " is already merged into " + fromId);
        }
        String at = clock.instant().toString();
        AuthorityRecord merged = from.withStatus(AuthorityStatus.mergedInto(intoId))
                .withChange(new Change(at, who, "merged-into", intoId, why, from.status().state()));
        AuthorityRecord absorbing = into.withChange(new Change(at, who, "absorbed", fromId, why, null));
        replace(merged, absorbing);
    }

    /** Reverses the merge of {@code fromId}: it stands alone again with the state it had before. */
    public synchronized void split(String fromId, String who, String why) {
        AuthorityRecord from = require(fromId);
        if (!from.status().isMerged()) {
            throw new IllegalArgumentException(fromId + " is not merged; nothing to split");
        }
        String intoId = from.status().mergedInto();
        AuthorityStatus.State prior = from.changeLog().reversed().stream()
                .filter(c -> c.action().equals("merged-into") && c.priorState() != null)
                .map(Change::priorState).findFirst().orElse(AuthorityStatus.State.PROVISIONAL);
        String at = clock.instant().toString();
        AuthorityRecord freed = from.withStatus(new AuthorityStatus(prior, null))
                .withChange(new Change(at, who, "split-from", intoId, why, AuthorityStatus.State.MERGED));
        AuthorityRecord other = require(intoId).withChange(new Change(at, who, "split-off", fromId, why, null));
        replace(freed, other);
    }

    /** Review: a generated (or any) form is rejected and no longer found or offered. */
    public synchronized void rejectVariant(String id, String value, String who, String why) {
        AuthorityRecord r = require(id);
        replace(r.rejectVariant(value, new Change(clock.instant().toString(), who, "variant-rejected", null,
                value + (why == null ? "" : ": " + why), null)));
    }

    private void replace(AuthorityRecord... changed) {
        Map<String, AuthorityRecord> byId = new LinkedHashMap<>(snapshot.byId());
        for (AuthorityRecord r : changed) {
            byId.put(r.id(), r);
        }
        snapshot = index(byId);
    }

    private AuthorityRecord require(String id) {
        AuthorityRecord r = snapshot.byId().get(id);
        if (r == null) {
            throw new IllegalArgumentException("no authority record " + id);
        }
        return r;
    }

    private static List<String> resolve(Snapshot s, String name) {
        String key = NameKey.of(name);
        List<Posting> postings = key.isEmpty() ? null : s.byKey().get(key);
        if (postings == null) {
            return List.of();
        }
        List<Posting> kept = new ArrayList<>(postings);
        if (kept.size() > 1) {
            // a made-up form must not carry a search across a recorded "not the same" line
            kept.removeIf(p -> p.generatedOnly() && postings.stream().anyMatch(q -> q != p && !q.generatedOnly()
                    && notSame(s, p.id(), q.id())));
        }
        Set<String> targets = new LinkedHashSet<>();
        kept.forEach(p -> targets.add(target(s, p.id())));
        return List.copyOf(targets);
    }

    private static boolean notSame(Snapshot s, String a, String b) {
        return s.byId().get(a).notSameAs().contains(b) || s.byId().get(b).notSameAs().contains(a);
    }

    /** The record an id ends at after following merges (guarded against a cycle in bad data). */
    private static String target(Snapshot s, String id) {
        String current = id;
        for (int hops = 0; hops < 16; hops++) {
            AuthorityRecord r = s.byId().get(current);
            if (r == null || !r.status().isMerged()) {
                return current;
            }
            current = r.status().mergedInto();
        }
        return current;
    }

    private static List<String> activeForms(Map<String, AuthorityRecord> byId, Map<String, List<String>> absorbed,
                                            String id) {
        List<String> forms = new ArrayList<>();
        byId.get(id).activeLabels().forEach(v -> forms.add(v.value()));
        for (String from : absorbed.getOrDefault(id, List.of())) {
            forms.addAll(activeForms(byId, absorbed, from));
        }
        return forms;
    }

    private static Snapshot index(Map<String, AuthorityRecord> byId) {
        Map<String, List<Posting>> byKey = new HashMap<>(byId.size() * 16);
        Map<String, List<String>> absorbed = new HashMap<>();
        for (AuthorityRecord r : byId.values()) {
            Map<String, Boolean> generatedOnly = new LinkedHashMap<>();
            for (NameVariant v : r.activeLabels()) {
                String key = NameKey.of(v.value());
                if (!key.isEmpty()) {
                    generatedOnly.merge(key, v.generated(), Boolean::logicalAnd);
                }
            }
            generatedOnly.forEach((key, gen) -> byKey.computeIfAbsent(key, k -> new ArrayList<>(1))
                    .add(new Posting(r.id(), gen)));
            if (r.status().isMerged()) {
                absorbed.computeIfAbsent(r.status().mergedInto(), k -> new ArrayList<>()).add(r.id());
            }
        }
        return new Snapshot(byId, byKey, absorbed, within(byId, byKey), syllables(byId, absorbed));
    }

    /** The syllable index over the persons that stand (merged ones are in the person they were merged into). */
    private static NameSyllables syllables(Map<String, AuthorityRecord> byId, Map<String, List<String>> absorbed) {
        List<List<String>> persons = new ArrayList<>();
        for (AuthorityRecord r : byId.values()) {
            if (r.type() == EntityType.PERSON && !r.status().isMerged()) {
                persons.add(activeForms(byId, absorbed, r.id()));
            }
        }
        return NameSyllables.of(persons);
    }

    /** For each key that is a name, the forms that hold it as a proper run of their words. */
    private static Map<String, Set<Within>> within(Map<String, AuthorityRecord> byId, Map<String, List<Posting>> byKey) {
        Map<String, Set<Within>> within = new HashMap<>();
        for (AuthorityRecord r : byId.values()) {
            for (NameVariant v : r.activeLabels()) {
                String[] words = WORDS.split(v.value().strip());
                if (words.length < 2 || words.length > MAX_WORDS) {
                    continue;
                }
                String[] keys = new String[words.length];
                for (int i = 0; i < words.length; i++) {
                    keys[i] = NameKey.of(words[i]);
                }
                for (int from = 0; from < keys.length; from++) {
                    StringBuilder sub = new StringBuilder();
                    for (int to = from; to < keys.length; to++) {
                        sub.append(keys[to]);
                        if (to - from + 1 == keys.length || sub.isEmpty()) {
                            continue; // the whole form is no part of itself
                        }
                        String k = sub.toString();
                        if (byKey.containsKey(k)) {
                            within.computeIfAbsent(k, x -> new LinkedHashSet<>(2)).add(new Within(v.value(), r.id()));
                        }
                    }
                }
            }
        }
        return within;
    }
}
