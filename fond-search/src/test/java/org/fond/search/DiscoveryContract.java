package org.fond.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fond.core.model.Annotation;
import org.fond.core.model.DocumentDate;
import org.fond.core.model.Mention;
import org.fond.core.model.Provenance;
import org.fond.core.model.Record;
import org.fond.core.model.Span;
import org.fond.core.reference.ArchivalReference;
import org.fond.core.reference.FolioRange;
import org.fond.core.reference.ReferenceScheme;
import org.fond.core.reference.Repository;
import org.fond.core.authority.NameAuthority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The second part of {@link SearchIndexContract}: text layers, name expansion through an authority,
 * person/organization/place facets, multi-select filters with drill-sideways counts, the year
 * histogram, more-like-this and the records of one archival file.
 */
public abstract class DiscoveryContract extends QueryContract {
    private static final Provenance TEST = Provenance.of("search-test", "fixture");

    /** Closes the index and opens it again over the same folder, expanding names with {@code authority}. */
    protected void reopenWith(NameAuthority authority) {
        index.close();
        index = open(folder, authority);
    }

    // ---- layers (MODEL.md §3.4), on the seeds as the WCDA reader reads them ----

    @Test
    void scopesTheWordsOfAQueryToOneLayer() {
        indexSeedsAsRead();
        Record s1 = RealSeeds.s1();
        // preconditions: the reader marks [material] as supplied by the translator and Torbenkov as handwriting
        assertThat(s1.annotations()).anySatisfy(a -> assertThat(a.surface()).isEqualTo("[material]"));
        assertThat(s1.annotations()).filteredOn(a -> a.surface().contains("Torbenkov"))
                .allSatisfy(a -> assertThat(a).isInstanceOf(Annotation.HandwrittenAddition.class)).isNotEmpty();

        assertThat(ids("material")).containsExactly(SeedRecords.S1);
        assertThat(ids("layer:original material")).as("only the translator wrote 'material'").isEmpty();
        assertThat(ids("layer:translator material")).containsExactly(SeedRecords.S1);
        assertThat(ids("-layer:translator material")).isEmpty();
        assertThat(ids("layer:original plokho")).isEmpty();
        assertThat(ids("layer:translator plokho")).containsExactly(SeedRecords.S1);
        assertThat(ids("layer:original Torbenkov")).isEmpty();
        assertThat(ids("layer:archival-addition Torbenkov")).containsExactly(SeedRecords.S1);
        assertThat(ids("layer:original pork")).containsExactly(SeedRecords.S1);
        assertThat(ids("layer:original \"Chinese People's Volunteers\"")).containsExactly(SeedRecords.S1);
        assertThat(ids("layer:editorial Puzanov")).as("the title is the publisher's").containsExactly(SeedRecords.S1);
        assertThat(ids("layer:original layer:translator material")).containsExactly(SeedRecords.S1);
        assertThat(ids("text_original:pork")).containsExactly(SeedRecords.S1);
        assertThat(ids("text_original:material")).isEmpty();
    }

    @Test
    void searchesTheOriginalLayerOfARecordWithoutApparatusInItsText() {
        indexSeedsAsRead();
        // no apparatus: its original layer is its whole text (the Lucene index keeps it once, under text)
        index.index(SeedRecords.fixture("test:plain", "A plain note", "The sale of pork and fish at the market.", "1957"));
        index.index(SeedRecords.fixture("test:other", "Another note", "Rice was sold.", "1957"));
        index.commit(3);
        assertThat(ids("layer:original pork")).containsExactlyInAnyOrder(SeedRecords.S1, "test:plain");
        assertThat(ids("text_original:pork")).containsExactlyInAnyOrder(SeedRecords.S1, "test:plain");
        assertThat(ids("layer:original \"pork and fish\"")).containsExactly("test:plain");
        assertThat(ids("layer:original (pork AND fish) -rice")).containsExactlyInAnyOrder(SeedRecords.S1, "test:plain");
        assertThat(ids("layer:original (pork AND fish) -price")).containsExactly("test:plain");
        assertThat(ids("layer:original rice OR text_original:fish")).containsExactlyInAnyOrder(SeedRecords.S1, "test:plain", "test:other");
        assertThat(ids("layer:original material")).as("the translator's word stays out of S1's original layer").isEmpty();
        assertThat(ids("layer:translator pork")).as("a record without apparatus has no translator's words").isEmpty();
        assertThat(ids("layer:original po*")).contains("test:plain", SeedRecords.S1);
        Hit plain = index.search(SearchRequest.of("layer:original fish")).hits().stream()
                .filter(h -> h.recordId().equals("test:plain")).findFirst().orElseThrow();
        assertThat(plain.snippets()).anySatisfy(s -> assertThat(s.highlights())
                .anySatisfy(h -> assertThat(h.of(s.text())).isEqualTo("fish")));
    }

    @Test
    void highlightsWordsOfTheOriginalLayerInTheText() {
        indexSeedsAsRead();
        String plain = RealSeeds.s1().text().plain();
        Hit hit = index.search(SearchRequest.of("layer:original pork")).hits().get(0);
        List<Snippet> text = hit.snippets().stream().filter(s -> s.field().equals("text")).toList();
        assertThat(text).isNotEmpty();
        for (Snippet s : text) {
            assertThat(plain.substring(s.start(), s.end())).isEqualTo(s.text());
            assertThat(s.highlights()).isNotEmpty()
                    .allSatisfy(h -> assertThat(h.of(s.text())).isEqualToIgnoringCase("pork"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {
        "'layer:nonsense pork' | 6 | not a layer",
        "'pork (layer:original fish)' | 12 | top level",
        "'layer:original OR pork' | 6 | top level",
        "'layer:original' | 6 | add the words",
        "'layer:orig* pork' | 6 | cannot follow",
    }, delimiter = '|', quoteCharacter = '\'')
    void rejectsAMisplacedOrUnknownLayer(String query, int position, String message) {
        QuerySyntaxException e = catchThrowableOfType(QuerySyntaxException.class,
                () -> index.search(SearchRequest.of(query)));
        assertThat(e).as(query).isNotNull();
        assertThat(e.getMessage()).contains(message).contains("column").doesNotContain("org.apache");
        assertThat(e.position()).isEqualTo(position);
    }

    // ---- names through the authority ----

    private static final String PAK = "ПАК ЫЙ ВОН ПРИБЫЛ В МОСКВУ."; // "Pak Ui-won arrived in Moscow" (written for this test)

    private MapAuthority indexPakAndReopenWithKoreans() {
        index.index(SeedRecords.fixture("test:pak", "Cyrillic name fixture", PAK, "1957"));
        index.commit(2);
        MapAuthority koreans = MapAuthority.koreans();
        reopenWith(koreans);
        return koreans;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Kim Ir Sen", "Ким Ир Сен", "김일성", "Kim Il-sung", "\"Kim Il Sung\"", "KIM IL SUNG"})
    void findsEveryFormOfANameTheAuthorityKnows(String query) {
        indexPakAndReopenWithKoreans();
        assertThat(ids(query)).containsExactlyInAnyOrder(SeedRecords.S1, SeedRecords.S2, "test:ru", "test:ko");
    }

    @Test
    void searchesOnlyTheNameAsTypedWhenExact() {
        indexPakAndReopenWithKoreans();
        assertThat(exactIds("Ким Ир Сен")).containsExactly("test:ru");
        assertThat(exactIds("Kim Ir Sen")).isEmpty();
        assertThat(exactIds("김일성")).containsExactly("test:ko");
    }

    @Test
    void expandsOnlyWholeNames() {
        indexPakAndReopenWithKoreans();
        // Kim Il is another man: his forms are searched, never Kim Il Sung's, and not inside Kim Il Sung's
        // names either: the seeds name only Kim Il Sung (S2 as Kim II Sung, S1 once as Kim Il Sun)
        assertThat(ids("Kim Il")).doesNotContain(SeedRecords.S1, SeedRecords.S2, "test:ru", "test:ko");
        assertThat(ids("\"Kim Il\"")).doesNotContain(SeedRecords.S1, "test:ru", "test:ko");
        assertThat(exactIds("Kim Il")).contains(SeedRecords.S1); // the words as typed, when asked
        index.index(SeedRecords.fixture("test:kim-il", "Two Kims", "Kim Il and Kim Il Sung met in Pyongyang.", "1957"));
        index.commit(3);
        assertThat(ids("Kim Il")).containsExactly("test:kim-il");
        // Il is joined in Kim Il-sung, so it is not sought in his names (S2's Kim Il Sung); in Kim Il's it stands alone
        assertThat(ids("Il")).contains("test:kim-il").doesNotContain(SeedRecords.S2);
        // won is no name: it finds the word (290 won in S1), not the Cyrillic form of Pak Ui-won
        assertThat(ids("won")).contains(SeedRecords.S1).doesNotContain("test:pak");
        assertThat(ids("Pak Ui-won")).containsExactlyInAnyOrder(SeedRecords.S1, "test:pak");
        assertThat(ids("Kim")).doesNotContain("test:ru", "test:ko");
    }

    /** Pak Ui-won, hyphenated and spaced, and no currency (written for this test). */
    private static final String PAK_LATIN = "Pak Ui-won arrived in Moscow, where Pak Ui Won met the delegation.";
    /** The words of those names, in no name (written for this test). */
    private static final String NO_NAMES = "The anthem was sung in the hall, and the UI of the catalogue was shown.";

    @Test
    void seeksAWordThatANameJoinsOutsideThatName() {
        indexPakAndReopenWithKoreans();
        index.index(SeedRecords.fixture("test:pak-latin", "Latin name fixture", PAK_LATIN, "1957"));
        index.index(SeedRecords.fixture("test:no-names", "Words fixture", NO_NAMES, "1958"));
        index.commit(3);
        // won the currency (S1: 290 won), never the won of Pak Ui-won, hyphenated or spaced
        assertThat(ids("won")).containsExactly(SeedRecords.S1);
        assertThat(ids("pork won")).containsExactly(SeedRecords.S1);
        assertThat(ids("Pak -won")).contains("test:pak-latin").doesNotContain(SeedRecords.S1);
        // Ui likewise; sung is joined in Kim Il-sung, so the seeds' Kim Il Sung and Kim II Sung hold none
        assertThat(ids("Ui")).containsExactly("test:no-names");
        assertThat(ids("sung")).containsExactly("test:no-names");
        // the names themselves, and a word that stands alone in names, find them as before
        assertThat(ids("Pak Ui-won")).containsExactlyInAnyOrder(SeedRecords.S1, "test:pak", "test:pak-latin");
        assertThat(ids("Kim")).contains(SeedRecords.S1, SeedRecords.S2);
        // the words as typed, when asked, or when quoted
        assertThat(exactIds("won")).containsExactlyInAnyOrder(SeedRecords.S1, "test:pak-latin");
        assertThat(exactIds("sung")).containsExactlyInAnyOrder(SeedRecords.S1, SeedRecords.S2, "test:no-names");
        assertThat(ids("\"won\"")).containsExactlyInAnyOrder(SeedRecords.S1, "test:pak-latin");
    }

    @Test
    void highlightsTheCurrencyWonButNotTheWonOfPakUiWon() {
        indexPakAndReopenWithKoreans();
        index.index(SeedRecords.fixture("test:both", "Name and currency fixture",
                "Pak Ui-won said that pork cost 290 won.", "1957")); // written for this test
        index.commit(3);
        for (String id : List.of(SeedRecords.S1, "test:both")) {
            List<Snippet> snippets = hit("won", false, id).snippets();
            assertThat(snippets).as(id).flatExtracting(Snippet::highlights).isNotEmpty();
            for (Snippet s : snippets) {
                for (Span h : s.highlights()) {
                    assertThat(h.of(s.text())).isEqualToIgnoringCase("won");
                    // a sum before it (290 won, 30 won), never the Ui- of Pak Ui-won
                    assertThat(s.text().substring(0, h.start())).as(s.text()).matches("(?s).*\\d\\s");
                }
            }
        }
        // as typed, the won of Pak Ui-won is the word too
        assertThat(hit("won", true, "test:both").snippets()).flatExtracting(Snippet::highlights).hasSize(2);
    }

    private Hit hit(String query, boolean exact, String recordId) {
        return index.search(SearchRequest.of(query).withLimit(50).withExact(exact)).hits().stream()
                .filter(h -> h.recordId().equals(recordId)).findFirst().orElseThrow();
    }

    @Test
    void expandsANameInsideALargerQuery() {
        indexPakAndReopenWithKoreans();
        assertThat(ids("Kim Ir Sen pork")).containsExactly(SeedRecords.S1);
        assertThat(ids("Kim Ir Sen -pork")).containsExactlyInAnyOrder(SeedRecords.S2, "test:ru", "test:ko");
        assertThat(ids("(Ким Ир Сен) OR (Pak Ui-won)")).contains("test:ru", "test:pak", "test:ko", SeedRecords.S1);
        // a name takes the OR beside it without brackets, on either side
        assertThat(ids("Ким Ир Сен OR Pak Ui-won")).containsExactlyInAnyOrderElementsOf(ids("(Ким Ир Сен) OR (Pak Ui-won)"));
        assertThat(ids("Pak Ui-won OR Kim Ir Sen")).containsExactlyInAnyOrderElementsOf(ids("(Ким Ир Сен) OR (Pak Ui-won)"));
        assertThat(ids("pork OR Kim Ir Sen")).contains("test:ru", "test:ko", SeedRecords.S1, SeedRecords.S2);
        assertThat(ids("Kim Ir Sen date:1955")).containsExactly(SeedRecords.S2);
    }

    @Test
    void highlightsTheFormFoundInTheText() {
        indexPakAndReopenWithKoreans();
        Hit s1 = index.search(SearchRequest.of("Kim Ir Sen").withLimit(50)).hits().stream()
                .filter(h -> h.recordId().equals(SeedRecords.S1)).findFirst().orElseThrow();
        assertThat(s1.snippets()).flatExtracting(s -> s.highlights().stream().map(h -> h.of(s.text())).toList())
                .isNotEmpty().allSatisfy(t -> assertThat(t).isEqualToIgnoringCase("Kim Il Sung"));
    }

    @Test
    void asksTheAuthorityAFewTimesPerQueryHoweverLargeItIs() {
        MapAuthority large = MapAuthority.koreans();
        for (int i = 0; i < 16_000; i++) {
            large.add("per:synthetic-" + i, "Person" + i + " Synthetic");
        }
        reopenWith(large);
        int before = large.lookups();
        assertThat(ids("Kim Ir Sen pork")).containsExactly(SeedRecords.S1);
        assertThat(large.lookups() - before).as("lookups for four words").isBetween(1, 4 * 6);
        assertThat(ids("Person15999 Synthetic")).isEmpty();

    }

    @Test
    void answersWhenThousandsOfNamesHoldAWordOfTheQuery() {
        MapAuthority crowded = MapAuthority.koreans();
        for (int i = 0; i < 2_000; i++) {
            crowded.add("per:synthetic-won-" + i, "Chong" + i + " Tong-won");
            crowded.add("per:synthetic-kim-il-" + i, "Kim Il Person" + i);
        }
        index.index(SeedRecords.fixture("test:pak-latin", "Latin name fixture", PAK_LATIN, "1957"));
        index.commit(2);
        reopenWith(crowded);
        int before = crowded.lookups();
        // sought outside the names the authority gives first, its own seeds' people among them
        assertThat(ids("won")).containsExactly(SeedRecords.S1);
        assertThat(crowded.lookups() - before).as("lookups for one word").isEqualTo(2);
        assertThat(ids("Kim Il")).doesNotContain(SeedRecords.S1, SeedRecords.S2);
        // several such words in one query stay within the engine's limit on a query's size
        assertThat(ids("won OR Ui OR sung OR Kim Il OR pork")).contains(SeedRecords.S1).doesNotContain("test:pak-latin");
    }

    private List<String> exactIds(String query) {
        return index.search(SearchRequest.of(query).withLimit(50).withExact(true)).hits().stream()
                .map(Hit::recordId).toList();
    }

    // ---- person, organization and place facets; filters; the year histogram ----

    /** Records with tagged mentions (sentences written for this test). */
    protected List<Record> indexMentionFixtures() {
        List<Record> fixtures = List.of(
                mentioning("test:m1", "Kim Il Sung met Pak Ui-won in Pyongyang.", "1957-05",
                        "person", "Kim Il Sung", "per:kim-il-sung", "person", "Pak Ui-won", "per:pak-ui-won",
                        "place", "Pyongyang", "plc:pyongyang"),
                mentioning("test:m2", "Kim Il Sung spoke to the Central Committee.", "1958",
                        "person", "Kim Il Sung", "per:kim-il-sung", "organization", "Central Committee", "org:kwp-cc"),
                mentioning("test:m3", "Pyongyang was quiet; a clerk signed.", "1956",
                        "place", "Pyongyang", "plc:pyongyang", "person", "a clerk", null));
        fixtures.forEach(index::index);
        index.commit(3);
        return fixtures;
    }

    private static Record mentioning(String id, String text, String edtf, String... typeSurfaceEntity) {
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < typeSurfaceEntity.length; i += 3) {
            int at = text.indexOf(typeSurfaceEntity[i + 1]);
            Span span = new Span(at, at + typeSurfaceEntity[i + 1].length());
            mentions.add(new Mention(typeSurfaceEntity[i], span, span.of(text), typeSurfaceEntity[i + 2], null, TEST));
        }
        return SeedRecords.fixture(id, "Mentions fixture", text, edtf).toBuilder().mentions(mentions).build();
    }

    @Test
    void countsPersonsOrganizationsAndPlacesWithTheAuthoritysLabels() {
        reopenWith(MapAuthority.koreans());
        indexMentionFixtures();
        SearchResult result = index.search(SearchRequest.of("").withFacets("person", "organization", "place"));
        assertThat(result.facets().get("person")).containsExactly(
                new FacetCount("per:kim-il-sung", 2, "Kim Il Sung"), new FacetCount("per:pak-ui-won", 1, "Pak Ui-won"));
        assertThat(result.facets().get("organization")).containsExactly(new FacetCount("org:kwp-cc", 1, "org:kwp-cc"));
        assertThat(result.facets().get("place")).containsExactly(new FacetCount("plc:pyongyang", 2, "plc:pyongyang"));
        assertThat(ids("person:\"per:pak-ui-won\"")).containsExactly("test:m1");
        assertThat(index.search(SearchRequest.of("").withFilter("person", "per:kim-il-sung").withLimit(50)).hits())
                .extracting(Hit::recordId).containsExactlyInAnyOrder("test:m1", "test:m2");
    }

    @Test
    void countsYearsAndDecadesInTimeOrderAsAHistogram() {
        indexSeedsAsRead();
        indexMentionFixtures();
        SearchResult result = index.search(SearchRequest.of("").withFacets("year", "decade", "language"));
        // 1956 and 1957 have the most records; a histogram keeps them in their place
        assertThat(result.facets().get("year")).containsExactly(new FacetCount("1955", 1), new FacetCount("1956", 3),
                new FacetCount("1957", 2), new FacetCount("1958", 2));
        assertThat(result.facets().get("decade")).containsExactly(new FacetCount("1950s", 8));
        List<Long> languageCounts = result.facets().get("language").stream().map(FacetCount::count).toList();
        assertThat(languageCounts).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void filtersWithAnyValueOfAFieldAndEveryField() {
        indexSeedsAsRead();
        indexMentionFixtures();
        assertThat(filtered("", Map.of("year", List.of("1955", "1958")))).containsExactlyInAnyOrder(
                SeedRecords.S2, "test:ko", "test:m2");
        assertThat(filtered("", new LinkedHashMap<>(Map.of("year", List.of("1955", "1958"),
                "language", List.of("ru"))))).containsExactly(SeedRecords.S2);
        assertThat(filtered("Kim", Map.of("place", List.of("plc:pyongyang")))).containsExactly("test:m1");
        assertThat(filtered("", Map.of("year", List.of("1066")))).isEmpty();
    }

    private List<String> filtered(String query, Map<String, List<String>> filters) {
        SearchRequest request = SearchRequest.of(query).withLimit(50);
        for (Map.Entry<String, List<String>> f : filters.entrySet()) {
            request = request.withFilter(f.getKey(), f.getValue());
        }
        return index.search(request).hits().stream().map(Hit::recordId).toList();
    }

    /**
     * Brute force: under any query and any filters, hits are the query's hits that pass every filter,
     * and each facet is counted over the hits that pass every filter but its own (drill sideways).
     */
    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource(value = {
        "'' | year=1957,1958",
        "'' | person=per:kim-il-sung",
        "Kim | year=1955,1957;language=ru",
        "'Pyongyang OR pork OR Kim' | place=plc:pyongyang;year=1956,1957,1958",
        "-pork | decade=1950s;person=per:kim-il-sung,per:pak-ui-won",
        "'' | sourceFormat=fixture;year=1956",
    }, delimiter = '|', quoteCharacter = '\'')
    void countsFacetsDrillingSidewaysUnderAnyQueryAndFilters(String query, String filterSpec) {
        List<Record> all = new ArrayList<>(indexSeedsAsRead());
        all.addAll(indexMentionFixtures());
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String f : filterSpec.split(";")) {
            String[] fieldValues = f.split("=", 2);
            filters.put(fieldValues[0], List.of(fieldValues[1].split(",")));
        }
        SearchRequest request = SearchRequest.of(query).withLimit(100).withFacets(SearchRequest.FACET_FIELDS);
        for (Map.Entry<String, List<String>> f : filters.entrySet()) {
            request = request.withFilter(f.getKey(), f.getValue());
        }
        SearchResult result = index.search(request);
        Set<String> unfiltered = new HashSet<>(ids(query.isEmpty() ? "*" : query));
        List<Record> matching = all.stream().filter(r -> unfiltered.contains(r.id())).toList();

        assertThat(result.hits()).extracting(Hit::recordId).containsExactlyInAnyOrderElementsOf(
                matching.stream().filter(r -> passes(r, filters, null)).map(Record::id).toList());
        assertThat(result.total()).isEqualTo(result.hits().size());
        for (String field : SearchRequest.FACET_FIELDS) {
            Map<String, Long> expected = matching.stream().filter(r -> passes(r, filters, field))
                    .flatMap(r -> facetValues(r, field).stream())
                    .collect(Collectors.groupingBy(v -> v, Collectors.counting()));
            Map<String, Long> actual = result.facets().get(field).stream()
                    .collect(Collectors.toMap(FacetCount::value, FacetCount::count));
            assertThat(actual).as("%s under %s with %s", field, query, filterSpec).isEqualTo(expected);
        }
    }

    private static boolean passes(Record r, Map<String, List<String>> filters, String except) {
        return filters.entrySet().stream().filter(f -> !f.getKey().equals(except))
                .allMatch(f -> f.getValue().stream().anyMatch(facetValues(r, f.getKey())::contains));
    }

    /** The person facet on a real FRUS volume, whose tagged persons the reader turns into mentions. */
    @Test
    void countsThePersonsOfARealFrusVolumeExactly() {
        List<Record> volume = RealCorpus.frusVolume("frus1917Supp02v02");
        volume.forEach(index::index);
        index.commit(4);
        Set<String> frus = volume.stream().map(Record::id).collect(Collectors.toSet());
        SearchResult result = index.search(SearchRequest.of("").withLimit(0).withFacets("person"));
        Map<String, Long> expected = volume.stream().flatMap(r -> facetValues(r, "person").stream())
                .collect(Collectors.groupingBy(v -> v, Collectors.counting()));
        assertThat(expected).as("the volume has tagged persons").isNotEmpty();
        Map<String, Long> actual = result.facets().get("person").stream()
                .collect(Collectors.toMap(FacetCount::value, FacetCount::count));
        assertThat(actual).isEqualTo(expected);
        assertThat(result.facets().get("person")).allSatisfy(c -> assertThat(c.label()).isEqualTo(c.value()));

        FacetCount top = result.facets().get("person").get(0);
        SearchResult drilled = index.search(SearchRequest.of("").withLimit(1000).withFilter("person", top.value())
                .withFacets("person"));
        assertThat(drilled.total()).isEqualTo(top.count());
        assertThat(drilled.hits()).extracting(Hit::recordId).allSatisfy(id -> assertThat(frus).contains(id));
        assertThat(drilled.facets().get("person")).as("drill sideways: the other persons stay on offer")
                .hasSize(result.facets().get("person").size());
    }

    // ---- more like this, and the records of one archival file ----

    @Test
    void findsRecordsLikeARecordButNotItself() {
        index.index(SeedRecords.fixture("test:like-s1", "Puzanov on pork prices",
                "Ambassador Puzanov and Kim Il Sung talked about pork prices, cooperatives and the Chinese "
                        + "People's Volunteers.", "1957-12"));
        index.index(SeedRecords.fixture("test:unrelated", "Herring", "The herring catch of the Baltic fleet rose.",
                "1957-11"));
        index.commit(2);
        List<String> like = index.moreLikeThis(SeedRecords.S1, 10).stream().map(Hit::recordId).toList();
        assertThat(like).contains("test:like-s1").doesNotContain(SeedRecords.S1);
        if (like.contains("test:unrelated")) {
            assertThat(like.indexOf("test:like-s1")).isLessThan(like.indexOf("test:unrelated"));
        }
        assertThat(index.moreLikeThis(SeedRecords.S1, 10)).allSatisfy(h -> assertThat(h.score()).isPositive());
        assertThat(index.moreLikeThis(SeedRecords.S1, 1)).hasSize(1);
        assertThat(index.moreLikeThis("wcda:0", 10)).isEmpty();
        assertThat(index.moreLikeThis(SeedRecords.S1, 0)).isEmpty();
    }

    @Test
    void listsTheRecordsOfOneArchivalFileByDateThenFolio() {
        String file = "AVPRF/0102/99/7";
        index.index(filed("test:f-late", "1957-03-01", file, "30"));
        index.index(filed("test:f-early-folio", "1957-03-01", file, "12"));
        index.index(filed("test:f-first", "1956-10", file, "50"));
        index.index(filed("test:f-other", "1956-01", "AVPRF/0102/99/8", "1"));
        index.commit(2);
        assertThat(index.sameFile("test:f-late")).extracting(Hit::recordId)
                .containsExactly("test:f-first", "test:f-early-folio", "test:f-late");
        assertThat(index.sameFile("test:f-other")).extracting(Hit::recordId).containsExactly("test:f-other");
        assertThat(index.sameFile("test:f-late").get(0).title()).isEqualTo("Filed test:f-first");
        assertThat(index.sameFile("test:zh")).as("no archival reference").isEmpty();
        assertThat(index.sameFile("wcda:0")).isEmpty();
    }

    @Test
    void listsTheSeedsFileMatesFromTheirReferences() {
        indexSeedsAsRead();
        Record copy = RealSeeds.s1().toBuilder().build();
        Record mate = Record.builder("test:s1-mate").title("Another entry of the same journal")
                .text(org.fond.core.model.Text.verbatim("Another day.", 1))
                .date(new DocumentDate("1957-12-20", "1957-12-20", TEST)).references(copy.references()).build();
        index.index(mate);
        index.commit(5);
        assertThat(index.sameFile(SeedRecords.S1)).extracting(Hit::recordId)
                .containsExactly(SeedRecords.S1, "test:s1-mate");
        assertThat(index.sameFile(SeedRecords.S2)).extracting(Hit::recordId).containsExactly(SeedRecords.S2);
    }

    private static Record filed(String id, String edtf, String fileKey, String folio) {
        String[] levels = fileKey.split("/");
        ArchivalReference reference = new ArchivalReference(fileKey + " l. " + folio, new Repository("AVPRF", "AVPRF"),
                new ReferenceScheme.RussianFile(levels[1], levels[2], null, levels[3],
                        List.of(FolioRange.single(folio, false))), "", fileKey, fileKey, Set.of(), null, "citation", TEST);
        return SeedRecords.fixture(id, "Filed " + id, "A filed document.", edtf).toBuilder()
                .references(List.of(reference)).build();
    }
}
