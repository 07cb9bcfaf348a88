package org.fond.enrich.mentions;

import org.fond.core.authority.AuthorityRecord;
import org.fond.core.authority.NameVariant;
import org.fond.core.authority.VariantKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names Fond knows, as {@code (form, entityId, type)} entries, matched in a text as whole tokens,
 * longest first. Forms are compared by their folded token keys ({@link Fold}), hyphens and full stops
 * ignored ({@code Kim Il-sung} = {@code Kim Il Sung} = {@code KIM IL SUNG}; {@code Ilsung} too, since
 * a hyphenated form is also entered joined). A form that several entities share gives all of them as
 * candidates; choosing is the {@link Linker}'s work.
 *
 * <p>Constraints that keep short forms honest: a match never stops inside a longer dictionary name
 * ({@code Kim Il} inside {@code Kim Il Sung} is only {@code Kim Il Sung}), only whole forms match
 * (the {@code won} of {@code Pak Ui-won} is no name), and a capitalised form only matches capitalised
 * text ({@code won} is never the person {@code Won}).
 *
 * <p>The trie over token keys is written here because none of our libraries offers longest-match
 * over token sequences: Lucene's and ICU's dictionaries work on characters, and no maintained
 * Aho–Corasick library is among the allowed dependencies. Immutable once built; thread-safe.
 */
public final class NameDictionary {

    /** One known form of an entity; {@code type} is person, organization or place. */
    public record Entry(String form, String entityId, String type) {
    }

    /** A dictionary name found at tokens {@code [firstToken, lastToken]}, chars {@code [start, end)}. */
    public record Match(int firstToken, int lastToken, int start, int end, List<Entry> candidates) {
    }

    private record Form(Entry entry, boolean[] capitalised) {
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        final List<Form> forms = new ArrayList<>(1);
    }

    private final Node root = new Node();
    private final int size;
    /**
     * Bits of the hash codes of the first tokens' keys: most tokens of a text begin no name, and are
     * told so here, in a table small enough to stay in the processor's cache, rather than in the root's
     * map of every first token (the largest in the trie, and the one every token of a text is looked up in).
     */
    private final java.util.BitSet firstKeys = new java.util.BitSet(FIRST_KEY_BITS);
    private static final int FIRST_KEY_BITS = 1 << 18;

    private NameDictionary(Collection<Entry> entries) {
        int n = 0;
        for (Entry entry : entries) {
            if (entry.form() == null || entry.form().isBlank()) {
                continue;
            }
            List<Token> tokens = significant(Tokenizer.tokens(entry.form()));
            if (tokens.isEmpty()) {
                continue;
            }
            add(tokens, entry);
            List<Token> joined = joinHyphenated(Tokenizer.tokens(entry.form()));
            if (joined.size() != tokens.size()) {
                add(joined, entry);
            }
            n++;
        }
        size = n;
        root.next.keySet().forEach(key -> firstKeys.set(key.hashCode() & (FIRST_KEY_BITS - 1)));
    }

    /**
     * False when no name can begin at {@code t}: its key is no first token, and it is no Hangul word a
     * particle may be written onto (those are looked at by {@link #particleStem}). A first character
     * below U+1100 is in no Hangul block.
     */
    private boolean mayBegin(Token t) {
        String key = t.key();
        return firstKeys.get(key.hashCode() & (FIRST_KEY_BITS - 1))
                || (!t.text().isEmpty() && t.text().charAt(0) >= '\u1100');
    }

    public static NameDictionary of(Collection<Entry> entries) {
        return new NameDictionary(entries);
    }

    /**
     * The names of authority records: every active form except search-only ones (those help a query,
     * not a reading of text), under the record's id, typed person, organization or place.
     */
    public static NameDictionary fromAuthority(Collection<AuthorityRecord> records) {
        return of(entries(records));
    }

    /** The entries {@link #fromAuthority} makes, to be joined with others. */
    public static List<Entry> entries(Collection<AuthorityRecord> records) {
        List<Entry> entries = new ArrayList<>();
        for (AuthorityRecord record : records) {
            String type = record.type().name().toLowerCase(java.util.Locale.ROOT);
            for (NameVariant form : record.activeLabels()) {
                if (form.kind() != VariantKind.SEARCH_ONLY) {
                    entries.add(new Entry(form.value(), record.id(), type));
                }
            }
        }
        return entries;
    }

    public static NameDictionary empty() {
        return new NameDictionary(List.of());
    }

    /** How many entries were entered. */
    public int size() {
        return size;
    }

    /** Every entry whose whole form is {@code phrase} (folded), or an empty list. */
    public List<Entry> lookup(String phrase) {
        List<Token> tokens = significant(Tokenizer.tokens(phrase));
        Node node = root;
        for (Token t : tokens) {
            node = node.next.get(t.key());
            if (node == null) {
                return List.of();
            }
        }
        return node.forms.stream().map(Form::entry).distinct().toList();
    }

    /** Leftmost-longest whole-token matches in {@code tokens} (from {@link Tokenizer#tokens} of {@code text}). */
    public List<Match> find(String text, List<Token> tokens) {
        // the significant tokens' places, unboxed: this runs over every token of every record
        int[] index = new int[tokens.size()];
        int size = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (isSignificant(tokens.get(i))) {
                index[size++] = i;
            }
        }
        List<Match> found = new ArrayList<>();
        int k = 0;
        while (k < size) {
            if (!mayBegin(tokens.get(index[k]))) {
                k++;
                continue;
            }
            Match match = longestAt(text, tokens, index, size, k);
            if (match == null) {
                k++;
            } else {
                found.add(match);
                while (k < size && index[k] <= match.lastToken()) {
                    k++;
                }
            }
        }
        return found;
    }

    private Match longestAt(String text, List<Token> tokens, int[] index, int size, int k) {
        Node node = root;
        Match best = null;
        List<Token> path = null; // made when a first token goes on in the trie: at most tokens none does
        for (int j = k; j < size; j++) {
            Token t = tokens.get(index[j]);
            if (j > k && paragraphBetween(text, tokens.get(index[j - 1]), t)) {
                break;
            }
            Node next = node.next.get(t.key());
            if (next == null) {
                // 김일성은, 김일성의: a Korean particle written onto the name's last syllables ends the name there
                Match stem = particleStem(node, t, path == null ? List.of() : path, index[k], index[j],
                        tokens.get(index[k]).start());
                if (stem != null) {
                    best = stem;
                }
                break;
            }
            node = next;
            if (path == null) {
                path = new ArrayList<>(4);
            }
            path.add(t);
            if (!node.forms.isEmpty()) {
                Set<Entry> fit = new LinkedHashSet<>();
                for (Form form : node.forms) {
                    if (fits(form, path)) {
                        fit.add(form.entry());
                    }
                }
                if (!fit.isEmpty()) {
                    best = new Match(index[k], index[j], tokens.get(index[k]).start(), t.end(),
                            List.copyOf(fit));
                }
            }
        }
        return best;
    }

    /** Particles, longest first, that follow a Korean noun in running text. */
    private static final List<String> PARTICLES = List.of("에게서", "에게는", "에게", "께서", "에서", "으로", "한테",
            "은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "도", "로", "께");

    /** A match ending inside a Hangul token, before a particle, when the stem completes a name. */
    private Match particleStem(Node node, Token t, List<Token> path, int firstToken, int token, int start) {
        String surface = t.text();
        if (surface.isEmpty() || Character.UnicodeScript.of(surface.codePointAt(0)) != Character.UnicodeScript.HANGUL) {
            return null;
        }
        for (String particle : PARTICLES) {
            if (surface.length() > particle.length() && surface.endsWith(particle)) {
                Node stem = node.next.get(Fold.key(surface.substring(0, surface.length() - particle.length())));
                if (stem != null && !stem.forms.isEmpty()) {
                    Set<Entry> fit = new LinkedHashSet<>();
                    for (Form form : stem.forms) {
                        fit.add(form.entry()); // Hangul has no capitals to check
                    }
                    return new Match(firstToken, token, start, t.end() - particle.length(), List.copyOf(fit));
                }
            }
        }
        return null;
    }

    private static boolean fits(Form form, List<Token> path) {
        for (int i = 0; i < path.size() && i < form.capitalised().length; i++) {
            if (form.capitalised()[i] && !path.get(i).capitalised()) {
                return false;
            }
        }
        return true;
    }

    private void add(List<Token> tokens, Entry entry) {
        Node node = root;
        boolean[] caps = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            node = node.next.computeIfAbsent(tokens.get(i).key(), key -> new Node());
            caps[i] = tokens.get(i).capitalised();
        }
        for (Form f : node.forms) {
            if (f.entry().equals(entry)) {
                return;
            }
        }
        node.forms.add(new Form(entry, caps));
    }

    static boolean isSignificant(Token t) {
        return !t.key().isEmpty() && !t.key().equals(".");
    }

    /** Whether a blank line ({@code \n\n}) lies between two tokens; read in place, as it is asked of every pair a name may span. */
    static boolean paragraphBetween(String text, Token a, Token b) {
        for (int i = a.end(); i + 1 < b.start(); i++) {
            if (text.charAt(i) == '\n' && text.charAt(i + 1) == '\n') {
                return true;
            }
        }
        return false;
    }

    private static List<Token> significant(List<Token> tokens) {
        List<Token> kept = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            if (isSignificant(t)) {
                kept.add(t);
            }
        }
        return kept;
    }

    /** The form's tokens with each hyphenated run written as one word ({@code Il-sung} → {@code Ilsung}). */
    private static List<Token> joinHyphenated(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.hyphen() && !out.isEmpty() && i + 1 < tokens.size() && tokens.get(i + 1).word()
                    && out.get(out.size() - 1).end() == t.start() && t.end() == tokens.get(i + 1).start()) {
                Token prev = out.remove(out.size() - 1);
                Token next = tokens.get(++i);
                out.add(new Token(prev.start(), next.end(), prev.text() + next.text(), prev.key() + next.key()));
            } else if (isSignificant(t)) {
                out.add(t);
            }
        }
        return out;
    }
}
