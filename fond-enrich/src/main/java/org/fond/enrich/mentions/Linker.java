package org.fond.enrich.mentions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Says which entity a found name is. The {@link NameDictionary} gives the candidates of the whole
 * surface, else of the surface without its leading initials or given names down to the surname; among
 * several candidates the context rule decides first (an entity already named unambiguously earlier in
 * the same document wins: {@code Harvey} after {@code E. M. Harvey}), then how often each entity was
 * named in the material the linker learned from. A new document starts a new context.
 */
public final class Linker {
    private final NameDictionary names;
    private final Map<String, Integer> prior;

    /** {@code prior}: how many times each entity id was seen (higher wins a tie the context cannot break). */
    public Linker(NameDictionary names, Map<String, Integer> prior) {
        this.names = names;
        this.prior = Map.copyOf(prior);
    }

    public NameDictionary names() {
        return names;
    }

    /** The context of one document: entities named so far. */
    public Context newDocument() {
        return new Context(List.of());
    }

    /**
     * The context of one document from a collection whose editors link to ids beginning with one of
     * {@code preferredIds} (a FRUS volume links to its own persons list, or to an earlier volume's): such
     * ids win over others of the same name, after the document's own context.
     */
    public Context newDocument(List<String> preferredIds) {
        return new Context(preferredIds);
    }

    public final class Context {
        private final Set<String> seen = new HashSet<>();
        private final List<String> preferred;

        private Context(List<String> preferred) {
            this.preferred = List.copyOf(preferred);
        }

        /** The entity {@code surface} (a person name) most likely names here, or null. */
        public String link(String surface, String type) {
            // loops, not streams: asked for every name of every record
            List<Token> tokens = new ArrayList<>();
            for (Token t : Tokenizer.tokens(surface)) {
                if (NameDictionary.isSignificant(t)) {
                    tokens.add(t);
                }
            }
            while (!tokens.isEmpty()) {
                List<NameDictionary.Entry> candidates = new ArrayList<>(2);
                for (NameDictionary.Entry e : names.lookup(join(tokens))) {
                    if (type.equals(e.type())) {
                        candidates.add(e);
                    }
                }
                if (!candidates.isEmpty()) {
                    String chosen = choose(candidates);
                    if (candidates.size() == 1 || seen.contains(chosen)) {
                        seen.add(chosen);
                    }
                    return chosen;
                }
                if (tokens.size() == 1) {
                    break;
                }
                tokens.remove(0);
            }
            return null;
        }

        private boolean isPreferred(String entityId) {
            for (String p : preferred) {
                if (entityId.startsWith(p)) {
                    return true;
                }
            }
            return false;
        }

        /** Marks an entity as named in this document (a whole-name match). */
        public void saw(String entity) {
            if (entity != null) {
                seen.add(entity);
            }
        }

        private String choose(List<NameDictionary.Entry> candidates) {
            String best = null;
            int bestScore = Integer.MIN_VALUE;
            for (NameDictionary.Entry e : candidates) {
                // an entity already in this document outweighs any frequency
                if (e.entityId() == null) {
                    continue;
                }
                int score = (seen.contains(e.entityId()) ? 2_000_000 : 0)
                        + (isPreferred(e.entityId()) ? 1_000_000 : 0)
                        + prior.getOrDefault(e.entityId(), 0);
                if (score > bestScore) {
                    best = e.entityId();
                    bestScore = score;
                }
            }
            return best;
        }
    }

    private static String join(List<Token> tokens) {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(t.text());
        }
        return b.toString();
    }
}
