package org.fond.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.fond.core.model.Layer;
import org.fond.search.MapAuthority;
import org.fond.search.query.SearchQuery.Bool;
import org.fond.search.query.SearchQuery.Clause;
import org.fond.search.query.SearchQuery.Occur;
import org.fond.search.query.SearchQuery.Phrase;
import org.fond.search.query.SearchQuery.Word;
import org.junit.jupiter.api.Test;

/** Name expansion on the query tree alone, without an engine. */
class NameExpansionTest {
    private final MapAuthority koreans = MapAuthority.koreans();
    private final NameExpansion expansion = new NameExpansion(koreans);

    private static Bool words(String... words) {
        return new Bool(java.util.Arrays.stream(words).map(w -> new Clause(Occur.MUST, new Word(null, w))).toList());
    }

    /** The phrases of an alternative, whatever the order the authority gave them in. */
    private static Set<String> phrases(SearchQuery q) {
        return java.util.stream.Stream.of(q).flatMap(x -> x instanceof Bool b
                ? b.clauses().stream().map(Clause::query) : java.util.stream.Stream.of(x))
                .map(p -> p instanceof SearchQuery.NameForm n ? n.text() : ((Phrase) p).text())
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void turnsARunOfWordsThatIsAWholeNameIntoAnyOfItsFormsAsPhrases() {
        Bool expanded = (Bool) expansion.expand(words("Kim", "Ir", "Sen", "pork"));
        assertThat(expanded.clauses()).hasSize(2);
        assertThat(expanded.clauses().get(0).occur()).isEqualTo(Occur.MUST);
        assertThat(phrases(expanded.clauses().get(0).query())).containsExactlyInAnyOrder("Kim Ir Sen", "Kim Il Sung",
                "Kim Il-sung", "Ким Ир Сен", "김일성", "金日成", "Kim Il Sun", "Kim II Sung", "Kim II-sung");
        assertThat(expanded.clauses().get(1)).isEqualTo(new Clause(Occur.MUST, new Word(null, "pork")));
    }

    @Test
    void prefersTheLongestNameAndLeavesPartsOfNamesAlone() {
        // "Kim Il" is a name of its own, but "Kim Il Sung" is longer and wins
        Bool longest = (Bool) expansion.expand(words("Kim", "Il", "Sung"));
        assertThat(longest.clauses()).hasSize(1);
        assertThat(phrases(longest.clauses().get(0).query())).contains("Ким Ир Сен").doesNotContain("金一");
        Bool kimIl = (Bool) expansion.expand(words("Kim", "Il"));
        assertThat(phrases(kimIl.clauses().get(0).query())).containsExactlyInAnyOrder("Kim Il", "金一");
        // and Kim Il is sought outside Kim Il Sung's longer names only
        assertThat(((Bool) kimIl.clauses().get(0).query()).clauses()).extracting(Clause::query)
                .contains(new SearchQuery.NameForm("Kim Il", List.of("Kim Il Sung", "Kim Il-sung", "Kim Il Sun")))
                .contains(new Phrase(null, "金一"));
        assertThat(expansion.expand(words("Ui-won"))).isEqualTo(words("Ui-won"));
    }

    @Test
    void seeksAWordThatAPersonsNameJoinsOutsideThatPersonsNames() {
        SearchQuery.NameForm won = new SearchQuery.NameForm("won", List.of("Pak Ui-won", "Pak Ŭi-wŏn"));
        assertThat(expansion.expand(new Word(null, "won"))).isEqualTo(won);
        assertThat(expansion.expand(new Word(null, "Ui"))).isEqualTo(new SearchQuery.NameForm("Ui", won.notWithin()));
        // sung is joined in Kim Il-sung: every form of his holding Il Sung, spaced or not, slips included
        assertThat(expansion.expand(new Word(null, "sung"))).isEqualTo(new SearchQuery.NameForm("sung",
                List.of("Kim Il Sung", "Kim Il-sung", "Kim II Sung", "Kim II-sung")));
        // in a run of words, among exclusions, and not where the word stands alone, is quoted or in a field
        assertThat(expansion.expand(words("pork", "won"))).isEqualTo(new Bool(List.of(
                new Clause(Occur.MUST, new Word(null, "pork")), new Clause(Occur.MUST, won))));
        assertThat(expansion.expand(new Bool(List.of(new Clause(Occur.MUST, new Word(null, "pork")),
                new Clause(Occur.MUST_NOT, new Word(null, "won")))))).isEqualTo(new Bool(List.of(
                new Clause(Occur.MUST, new Word(null, "pork")), new Clause(Occur.MUST_NOT, won))));
        assertThat(expansion.expand(words("Kim"))).isEqualTo(words("Kim"));
        assertThat(expansion.expand(new Phrase(null, "won"))).isEqualTo(new Phrase(null, "won"));
        assertThat(expansion.expand(new Word("title", "won"))).isEqualTo(new Word("title", "won"));
    }

    @Test
    void seeksASyllableOutsideAFewNamesTheAuthorityGivesFirst() {
        MapAuthority many = MapAuthority.koreans();
        for (int i = 0; i < 100; i++) {
            many.add("per:synthetic-" + i, "Chong" + i + " Tong-won");
        }
        SearchQuery.NameForm won = (SearchQuery.NameForm) new NameExpansion(many).expand(new Word(null, "won"));
        assertThat(won.notWithin()).hasSize(NameExpansion.MAX_SYLLABLE_NAMES).startsWith("Pak Ui-won", "Pak Ŭi-wŏn");
    }

    @Test
    void aNameTakesTheOrBesideItWithoutBrackets() {
        // Molotov OR Kim Ir Sen, as the classic parser leaves it: Molotov and Kim optional, Ir and Sen required
        Bool after = (Bool) expansion.expand(new Bool(List.of(new Clause(Occur.SHOULD, new Word(null, "Molotov")),
                new Clause(Occur.SHOULD, new Word(null, "Kim")), new Clause(Occur.MUST, new Word(null, "Ir")),
                new Clause(Occur.MUST, new Word(null, "Sen")))));
        assertThat(after.clauses()).hasSize(2).allSatisfy(c -> assertThat(c.occur()).isEqualTo(Occur.SHOULD));
        assertThat(phrases(after.clauses().get(1).query())).contains("Ким Ир Сен");
        // Kim Ir Sen OR Molotov: Kim and Ir required, Sen and Molotov optional
        Bool before = (Bool) expansion.expand(new Bool(List.of(new Clause(Occur.MUST, new Word(null, "Kim")),
                new Clause(Occur.MUST, new Word(null, "Ir")), new Clause(Occur.SHOULD, new Word(null, "Sen")),
                new Clause(Occur.SHOULD, new Word(null, "Molotov")))));
        assertThat(before.clauses()).hasSize(2).allSatisfy(c -> assertThat(c.occur()).isEqualTo(Occur.SHOULD));
        assertThat(phrases(before.clauses().get(0).query())).contains("Ким Ир Сен");
        // an OR between two words keeps them apart: Kim OR Il is no name
        Bool apart = (Bool) expansion.expand(new Bool(List.of(new Clause(Occur.SHOULD, new Word(null, "Kim")),
                new Clause(Occur.SHOULD, new Word(null, "Il")))));
        // (and Il, joined in Kim Il-sung, is sought outside his names)
        assertThat(apart.clauses()).extracting(Clause::query).containsExactly(new Word(null, "Kim"),
                new SearchQuery.NameForm("Il", List.of("Kim Il Sung", "Kim Il-sung")));
    }

    @Test
    void leavesFieldsOptionalWordsAndExclusionsAsTyped() {
        SearchQuery inTitle = new Bool(List.of(new Clause(Occur.MUST, new Word("title", "Kim")),
                new Clause(Occur.MUST, new Word("title", "Il")), new Clause(Occur.MUST, new Word("title", "Sung"))));
        assertThat(expansion.expand(inTitle)).isEqualTo(inTitle);
        SearchQuery either = new Bool(List.of(new Clause(Occur.SHOULD, new Word(null, "김일성")),
                new Clause(Occur.MUST_NOT, new Phrase(null, "Pak Ui-won"))));
        Bool expanded = (Bool) expansion.expand(either);
        assertThat(phrases(expanded.clauses().get(0).query())).contains("Kim Il Sung");
        assertThat(expanded.clauses().get(1).occur()).isEqualTo(Occur.MUST_NOT);
        assertThat(phrases(expanded.clauses().get(1).query())).contains("Пак Ый Вон");
    }

    @Test
    void expandsInsideALayerScopeAndKeepsTheScope() {
        SearchQuery scoped = new SearchQuery.LayerScope(Set.of(Layer.ORIGINAL), new Phrase(null, "Kim Ir Sen"));
        SearchQuery.LayerScope expanded = (SearchQuery.LayerScope) expansion.expand(scoped);
        assertThat(expanded.layers()).containsExactly(Layer.ORIGINAL);
        assertThat(phrases(expanded.query())).contains("김일성");
    }

    @Test
    void looksUpEachCandidateOnceWithoutScanning() {
        int before = koreans.lookups();
        expansion.expand(words("a", "b", "c", "d", "e", "f", "g", "h"));
        // at most MAX_NAME_WORDS candidates per starting word, and one syllable lookup for a word that begins no name
        assertThat(koreans.lookups() - before).isLessThanOrEqualTo(8 * (NameExpansion.MAX_NAME_WORDS + 1));
    }
}
