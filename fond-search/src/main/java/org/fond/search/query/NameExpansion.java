package org.fond.search.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fond.core.authority.NameAuthority;
import org.fond.search.query.SearchQuery.Bool;
import org.fond.search.query.SearchQuery.Boost;
import org.fond.search.query.SearchQuery.Clause;
import org.fond.search.query.SearchQuery.LayerScope;
import org.fond.search.query.SearchQuery.Occur;
import org.fond.search.query.SearchQuery.Phrase;
import org.fond.search.query.SearchQuery.Word;

/**
 * Rewrites the names in a query into every form the authority knows: a quoted phrase, or a run of
 * bare words that must all occur, which the authority expands as a whole name, becomes any of its
 * forms, each as a phrase ({@code Kim Ir Sen} → {@code "Kim Il Sung" OR "Ким Ир Сен" OR "김일성" …}). A
 * name needs no brackets around it to stand beside an {@code OR}: {@code Molotov OR Kim Ir Sen}.
 *
 * <p>Only whole names expand, and the authority alone decides what a whole name is: {@code Kim Il}
 * expands to Kim Il's forms, never to Kim Il Sung's, and each form is sought outside the longer names
 * of other entities that hold it ({@link NameAuthority#namesContaining}), so {@code Kim Il} does not find
 * {@code Kim Il Sung}.
 *
 * <p>A bare word that names nobody is an ordinary word, and an ordinary word is no syllable of a
 * person's name: where a name joins it into a hyphenated word ({@code won} and {@code Ui} of
 * {@code Pak Ui-won}, {@code sung} of {@code Kim Il-sung}, {@code tung} of {@code Mao Tse-tung}), the word
 * is sought outside every form of that person holding the joined word, spaced ones too
 * ({@link NameAuthority#namesHoldingSyllable}), so {@code won} finds {@code 290 won} and not
 * {@code Pak Ui-won} or {@code Pak Ui Won}. A word that stands alone in names ({@code Kim},
 * {@code Molotov}) finds them as before. Only a bare word is taken so: one in a field ({@code title:won})
 * or in quotes ({@code "won"}, {@code "Ui won"}) that names nobody is sought as typed, and
 * {@code --exact} searches every word as typed.
 *
 * <p>Within a run of words the longest name wins, left to right, and each candidate is one lookup
 * ({@link #MAX_NAME_WORDS} per word at most, and one more for a word that begins no name), so the cost
 * does not grow with the authority.
 */
public final class NameExpansion {
    /** The longest name, in words, looked up in a run ({@code Nikolai Aleksandrovich Bulganin} is three). */
    static final int MAX_NAME_WORDS = 6;
    /**
     * The most names a syllable is sought outside. Each becomes a span query in every field searched,
     * and a piece joined in hundreds of names ({@code al} of {@code al-Sabah} among the Office of the
     * Historian's people) would carry them all into the query and take from the query's other words
     * the share of the engine's clause limit that exclusions may use. The authority gives the
     * best-known first (its seed records first); the rest are left out.
     */
    static final int MAX_SYLLABLE_NAMES = 32;

    private final NameAuthority authority;

    public NameExpansion(NameAuthority authority) {
        this.authority = authority;
    }

    public SearchQuery expand(SearchQuery query) {
        return switch (query) {
            case Word w when w.field() == null -> single(w);
            case Phrase p when p.field() == null && p.slop() == 0 -> phrase(p);
            case Bool b -> bool(b);
            case LayerScope s -> new LayerScope(s.layers(), expand(s.query()));
            case Boost b -> new Boost(expand(b.query()), b.boost());
            default -> query;
        };
    }

    private SearchQuery single(Word w) {
        List<String> forms = authority.expand(w.text());
        return forms.isEmpty() ? outsideNames(w) : forms(w.text(), forms);
    }

    /** A word that names nobody, outside the names that hold it as a joined syllable (if any do). */
    private SearchQuery outsideNames(Word w) {
        List<String> names = authority.namesHoldingSyllable(w.text());
        if (names.isEmpty()) {
            return w;
        }
        return new SearchQuery.NameForm(w.text(), names.subList(0, Math.min(names.size(), MAX_SYLLABLE_NAMES)));
    }

    private SearchQuery phrase(Phrase p) {
        List<String> forms = authority.expand(p.text());
        return forms.isEmpty() ? p : forms(p.text(), forms);
    }

    /**
     * Finds names in each run of bare words (required or optional); other clauses are expanded inside.
     * A name's words may straddle an {@code OR} that binds it to what is outside the name
     * ({@code Molotov OR Kim Ir Sen}: the parser made {@code Kim} optional and {@code Ir Sen} required),
     * so the whole name takes the {@code OR}: it is optional when any of its words was.
     */
    private SearchQuery bool(Bool b) {
        List<Clause> out = new ArrayList<>();
        List<Clause> clauses = b.clauses();
        int i = 0;
        while (i < clauses.size()) {
            int end = i;
            while (end < clauses.size() && isBareWord(clauses.get(end))) {
                end++;
            }
            if (end == i) {
                Clause c = clauses.get(i);
                out.add(new Clause(c.occur(), expand(c.query())));
                i++;
            } else {
                out.addAll(run(clauses.subList(i, end)));
                i = end;
            }
        }
        return new Bool(out);
    }

    private static boolean isBareWord(Clause c) {
        return c.occur() != Occur.MUST_NOT && c.query() instanceof Word w && w.field() == null;
    }

    /** Longest name first, from the left; words that begin no name stay as they are. */
    private List<Clause> run(List<Clause> words) {
        List<Clause> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int taken = 0;
            for (int n = Math.min(MAX_NAME_WORDS, words.size() - i); n >= 1 && taken == 0; n--) {
                List<Clause> candidate = words.subList(i, i + n);
                if (splitByOr(candidate)) {
                    continue;
                }
                String name = join(candidate);
                List<String> forms = authority.expand(name);
                if (!forms.isEmpty()) {
                    boolean optional = candidate.stream().anyMatch(c -> c.occur() == Occur.SHOULD);
                    out.add(new Clause(optional ? Occur.SHOULD : Occur.MUST, forms(name, forms)));
                    taken = n;
                }
            }
            if (taken == 0) {
                Clause word = words.get(i);
                out.add(new Clause(word.occur(), outsideNames((Word) word.query())));
                taken = 1;
            }
            i += taken;
        }
        return out;
    }

    /**
     * True when an {@code OR} stood between two of these words: the parser leaves both words around an
     * {@code OR} optional, and no other pair of neighbours ({@code Kim OR Ir} is two alternatives, not a name).
     */
    private static boolean splitByOr(List<Clause> words) {
        for (int k = 0; k + 1 < words.size(); k++) {
            if (words.get(k).occur() == Occur.SHOULD && words.get(k + 1).occur() == Occur.SHOULD) {
                return true;
            }
        }
        return false;
    }

    private static String join(List<Clause> words) {
        StringBuilder b = new StringBuilder();
        for (Clause c : words) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(((Word) c.query()).text());
        }
        return b.toString();
    }

    /**
     * The name as typed and each form the authority gave, once each, as phrases of the record's words;
     * a form that another entity's longer name holds is sought outside that name only.
     */
    private SearchQuery forms(String typed, List<String> forms) {
        Set<String> all = new LinkedHashSet<>();
        all.add(typed);
        forms.stream().filter(f -> f != null && !f.isBlank()).forEach(all::add);
        List<SearchQuery> alternatives = new ArrayList<>();
        for (String form : all) {
            List<String> longer = authority.namesContaining(form).stream().filter(n -> !all.contains(n)).toList();
            alternatives.add(longer.isEmpty() ? new Phrase(null, form) : new SearchQuery.NameForm(form, longer));
        }
        return SearchQuery.anyOf(alternatives);
    }
}
