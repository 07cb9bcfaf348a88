package org.fond.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.fond.core.authority.NameAuthority;
import org.fond.core.date.EdtfDate;
import org.fond.core.model.Contributor;
import org.fond.core.model.Record;
import org.fond.core.model.Source;
import org.fond.core.model.Unit;
import org.fond.core.model.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The first part of {@link SearchIndexContract}: the query language, highlights, commits, facet
 * counts, archival references, sort, cursors and browsing. Indexes the two real seeds and a few
 * fixtures in other scripts, then searches them as a historian would.
 */
public abstract class QueryContract {
    /** Korean: "Kim Il Sung received the ambassador in Pyongyang" (written for this test). */
    protected static final String HANGUL = "김일성은 평양에서 대사를 접견하였다.";
    /** Chinese: "Comrade Mao Zedong met the delegation" (written for this test). */
    protected static final String HAN = "毛泽东同志会见了代表团。";
    /** Russian, upper case as in a telegram header (written for this test). */
    protected static final String CYRILLIC = "ТЕЛЕГРАММА. КИМ ИР СЕН ПРИНЯЛ ПОСЛА.";
    protected static final String LATIN = "The plant at Hŭngnam was rebuilt.";

    @TempDir
    protected Path folder;
    protected SearchIndex index;
    protected Record s1;
    protected Record s2;

    /** Opens (or reopens) the index kept in {@code folder}, expanding names with {@code authority}. */
    protected abstract SearchIndex open(Path folder, NameAuthority authority);

    /** Opens (or reopens) the index kept in {@code folder}, without name expansion. */
    protected SearchIndex open(Path folder) {
        return open(folder, NameAuthority.NONE);
    }

    @BeforeEach
    void indexSeedsAndFixtures() {
        s1 = SeedRecords.s1();
        s2 = SeedRecords.s2();
        index = open(folder);
        index.index(s1);
        index.index(s2);
        index.index(SeedRecords.fixture("test:ko", "Korean fixture", HANGUL, "1958-02"));
        index.index(SeedRecords.fixture("test:zh", "Chinese fixture", HAN, null));
        index.index(SeedRecords.fixture("test:ru", "Russian fixture", CYRILLIC, "1956"));
        index.index(SeedRecords.fixture("test:latin", "Diacritics fixture", LATIN, "1956-08-30"));
        index.commit(1);
    }

    @AfterEach
    void closeIndex() {
        index.close();
    }

    protected List<String> ids(String query) {
        return index.search(SearchRequest.of(query).withLimit(50)).hits().stream().map(Hit::recordId).toList();
    }

    @Test
    void findsAWordOfTheText() {
        assertThat(ids("pork")).containsExactly(SeedRecords.S1);
        assertThat(ids("collectivization")).containsExactly(SeedRecords.S2);
        assertThat(ids("Pork")).as("case does not matter").containsExactly(SeedRecords.S1);
    }

    @Test
    void requiresEveryWordByDefault() {
        assertThat(ids("DPRK pork")).containsExactly(SeedRecords.S1);
        assertThat(ids("pork collectivization")).isEmpty();
        assertThat(ids("pork OR collectivization")).containsExactlyInAnyOrder(SeedRecords.S1, SeedRecords.S2);
    }

    @Test
    void excludesWithNotAndMinus() {
        assertThat(ids("DPRK -pork")).containsExactly(SeedRecords.S2);
        assertThat(ids("DPRK NOT pork")).containsExactly(SeedRecords.S2);
        assertThat(ids("(pork OR collectivization) AND NOT Molotov")).containsExactly(SeedRecords.S1);
    }

    @Test
    void aQueryOfOnlyExclusionsMeansEverythingElse() {
        assertThat(ids("-pork")).contains(SeedRecords.S2, "test:ko").doesNotContain(SeedRecords.S1);
    }

    @Test
    void matchesPhrasesInOrder() {
        assertThat(ids("\"Chinese People's Volunteers\"")).containsExactly(SeedRecords.S1);
        assertThat(ids("\"Volunteers People's Chinese\"")).isEmpty();
        assertThat(ids("\"Korean comrades\"")).containsExactly(SeedRecords.S2);
    }

    @Test
    void searchesOneFieldWhenNamed() {
        assertThat(ids("title:Molotov")).containsExactly(SeedRecords.S2);
        assertThat(ids("summary:pork")).containsExactly(SeedRecords.S1);
        assertThat(ids("title:pork")).isEmpty();
        assertThat(ids("id:\"" + SeedRecords.S1 + "\"")).containsExactly(SeedRecords.S1);
        assertThat(ids("repository:AVPRF")).containsExactlyInAnyOrder(SeedRecords.S1, SeedRecords.S2);
        assertThat(ids("repository:avprf")).as("keys are case-insensitive").hasSize(2);
        assertThat(ids("fileKey:\"" + s1.references().get(0).fileKey() + "\"")).containsExactly(SeedRecords.S1);
        assertThat(ids("filekey:\"" + s2.references().get(0).fileKey() + "\"")).containsExactly(SeedRecords.S2);
        assertThat(ids("sourceFormat:wcda-export")).containsExactlyInAnyOrder(SeedRecords.S1, SeedRecords.S2);
    }

    @Test
    void searchesTheApparatusOfOneLayer() {
        assertThat(s1.text().plain()).contains("Torbenkov");
        assertThat(ids("text_archival_addition:Torbenkov")).containsExactly(SeedRecords.S1);
        assertThat(ids("text_archival_addition:pork")).as("pork is in the body, not in handwriting").isEmpty();
    }

    @Test
    void filtersByDateOverlap() {
        assertThat(ids("date:1957")).containsExactly(SeedRecords.S1);
        assertThat(ids("date:1955-01")).containsExactly(SeedRecords.S2);
        assertThat(ids("date:[1955 TO 1956-12]")).containsExactlyInAnyOrder(SeedRecords.S2, "test:ru", "test:latin");
        assertThat(ids("date:[1958-02-10 TO *]")).as("a month overlaps a later day in it").containsExactly("test:ko");
        assertThat(ids("Kim date:1957")).containsExactly(SeedRecords.S1);
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({
        "Ким, test:ru",            // case folding in Cyrillic
        "ким ир сен, test:ru",
        "Hungnam, test:latin",     // diacritics folded
        "HŬNGNAM, test:latin",
        "김일성, test:ko",           // a Korean name with a particle attached in the text
        "평양, test:ko",
        "毛泽东, test:zh",            // Han without spaces
        "代表团, test:zh",
    })
    void findsWordsInEveryScript(String query, String expected) {
        assertThat(ids(query)).containsExactly(expected);
    }

    @Test
    void hanAndHangulQueriesDoNotMatchScatteredCharacters() {
        // every character of 毛团 occurs in the fixture, but not next to each other
        assertThat(ids("毛团")).isEmpty();
        assertThat(ids("김평")).isEmpty();
    }

    @Test
    void highlightsPointAtTheMatchedWordsInTheStoredText() {
        SearchResult result = index.search(SearchRequest.of("Torbenkov"));
        Hit hit = result.hits().get(0);
        List<Snippet> text = hit.snippets().stream().filter(s -> s.field().equals("text")).toList();
        assertThat(text).isNotEmpty();
        String plain = s1.text().plain();
        for (Snippet s : text) {
            assertThat(plain.substring(s.start(), s.end())).isEqualTo(s.text());
            assertThat(s.highlights()).isNotEmpty();
            for (Span h : s.highlights()) {
                assertThat(s.text().substring(h.start(), h.end())).isEqualToIgnoringCase("Torbenkov");
                assertThat(plain.substring(s.start() + h.start(), s.start() + h.end())).isEqualTo("Torbenkov");
            }
        }
    }

    @Test
    void highlightsEveryFieldThatMatches() {
        Hit hit = index.search(SearchRequest.of("pork")).hits().get(0);
        assertThat(hit.snippets()).extracting(Snippet::field).contains("summary", "text").doesNotContain("title");
        for (Snippet s : hit.snippets()) {
            String stored = s.field().equals("summary") ? s1.summary() : s1.text().plain();
            assertThat(stored.substring(s.start(), s.end())).isEqualTo(s.text());
            assertThat(s.highlights()).allSatisfy(h -> assertThat(h.of(s.text())).isEqualToIgnoringCase("pork"));
        }
    }

    @Test
    void highlightsAPhraseAsOneStretch() {
        Hit hit = index.search(SearchRequest.of("\"Chinese People's Volunteers\"")).hits().get(0);
        assertThat(hit.snippets()).isNotEmpty();
        assertThat(hit.snippets()).flatExtracting(s -> s.highlights().stream().map(h -> h.of(s.text())).toList())
                .allSatisfy(t -> assertThat(t).isEqualToIgnoringCase("Chinese People's Volunteers"));
    }

    @Test
    void highlightsHanAndHangulWordsWhole() {
        Hit ko = index.search(SearchRequest.of("김일성")).hits().get(0);
        assertThat(ko.snippets()).flatExtracting(s -> s.highlights().stream().map(h -> h.of(s.text())).toList())
                .containsExactly("김일성");
        Hit zh = index.search(SearchRequest.of("毛泽东")).hits().get(0);
        assertThat(zh.snippets()).flatExtracting(s -> s.highlights().stream().map(h -> h.of(s.text())).toList())
                .containsExactly("毛泽东");
        Hit ru = index.search(SearchRequest.of("ким")).hits().get(0);
        assertThat(ru.snippets()).flatExtracting(s -> s.highlights().stream().map(h -> h.of(s.text())).toList())
                .containsExactly("КИМ");
    }

    @Test
    void returnsTitleDateAndScoreWithEachHit() {
        Hit hit = index.search(SearchRequest.of("collectivization")).hits().get(0);
        assertThat(hit.title()).isEqualTo(s2.title());
        assertThat(hit.date()).isEqualTo("1955-01-17");
        assertThat(hit.score()).isPositive();
    }

    @Test
    void ranksAMatchInTheTitleAboveOneInTheText() {
        index.index(SeedRecords.fixture("test:in-text", "A note", "This note names Kuusinen once among other words.",
                null));
        index.index(SeedRecords.fixture("test:in-title", "Kuusinen", "This note is about someone else entirely.",
                null));
        index.commit(2);
        assertThat(ids("Kuusinen")).containsExactly("test:in-title", "test:in-text");
    }

    @Test
    void countsEveryMatchButReturnsOnlyTheLimit() {
        SearchResult result = index.search(SearchRequest.of("DPRK").withLimit(1));
        assertThat(result.total()).isEqualTo(2);
        assertThat(result.hits()).hasSize(1);
        assertThat(index.search(SearchRequest.of("DPRK").withLimit(0)).total()).isEqualTo(2);
        assertThat(result.tookMicros()).isNotNegative();
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'   '", "*", "*:*"}, quoteCharacter = '\'')
    void listsEveryRecordByDateForABlankQueryOrStar(String query) {
        SearchResult result = index.search(new SearchRequest(query, 50));
        assertThat(result.total()).isEqualTo(6);
        assertThat(result.hits()).extracting(Hit::recordId)
                .containsExactly(SeedRecords.S2, "test:ru", "test:latin", SeedRecords.S1, "test:ko", "test:zh");
        assertThat(result.hits()).allSatisfy(h -> assertThat(h.snippets()).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {
        "'\"unclosed' | 0",
        "'AND' | 0",
        "'title:(' | 7",
        "')' | 0",
        "'Kim Il Sung)' | 11",
        "'pork AND' | 8",
        "'foo:bar' | 0",
        "'pork *ork' | 5",
        "'date:nineteen' | 5",
        "'\"Chinese\" \"People' | 10",
        "'pork\\' | 4",
        "'(pork OR fish' | 13",
    }, delimiter = '|', quoteCharacter = '\'')
    void rejectsBadQueriesWithAPositionAndAPlainMessage(String query, int position) {
        QuerySyntaxException e = catchThrowableOfType(QuerySyntaxException.class,
                () -> index.search(SearchRequest.of(query)));
        assertThat(e).as("query %s", query).isNotNull();
        assertThat(e.position()).isEqualTo(position);
        assertThat(e.query()).isEqualTo(query);
        assertThat(e.getMessage())
                .contains("column")
                .doesNotContain("org.apache", "Exception", "\tat ", "Was expecting", "<EOF>")
                .hasSizeLessThan(300);
    }

    @Test
    void namesTheProblemInTheMessage() {
        assertThat(messageOf(")")).startsWith("Unexpected ')' at column 1");
        assertThat(messageOf("\"unclosed")).contains("quotation mark at column 1");
        assertThat(messageOf("title:(")).contains("ends too early");
        assertThat(messageOf("AND")).contains("'AND' at column 1");
        assertThat(messageOf("foo:bar")).contains("Unknown field 'foo'").contains("fileKey");
        assertThat(messageOf("(pork OR fish")).contains("bracket opened at column 1 is never closed");
    }

    private String messageOf(String query) {
        return catchThrowableOfType(QuerySyntaxException.class, () -> index.search(SearchRequest.of(query)))
                .getMessage();
    }

    @Test
    void replacesARecordIndexedAgainUnderTheSameId() {
        Record changed = s1.toBuilder().title("A corrected title").build();
        index.index(changed);
        index.index(changed);
        index.commit(2);
        assertThat(index.count()).isEqualTo(6);
        assertThat(ids("title:corrected")).containsExactly(SeedRecords.S1);
        assertThat(ids("title:Puzanov")).isEmpty();
    }

    @Test
    void deletesOneRecordOrAll() {
        index.delete(SeedRecords.S1);
        index.commit(2);
        assertThat(ids("pork")).isEmpty();
        assertThat(index.count()).isEqualTo(5);
        index.deleteAll();
        index.commit(3);
        assertThat(index.count()).isZero();
        assertThat(index.search(SearchRequest.of("")).total()).isZero();
        assertThat(index.catalogGeneration()).isEqualTo(3);
    }

    @Test
    void showsChangesOnlyOnceCommitted() {
        index.delete(SeedRecords.S2);
        assertThat(ids("collectivization")).containsExactly(SeedRecords.S2);
        assertThat(index.count()).isEqualTo(6);
        index.commit(2);
        assertThat(ids("collectivization")).isEmpty();
    }

    @Test
    void keepsTheCommittedGenerationAcrossReopening() {
        assertThat(index.catalogGeneration()).isEqualTo(1);
        index.commit(42);
        index.close();
        index = open(folder);
        assertThat(index.catalogGeneration()).isEqualTo(42);
        assertThat(index.count()).isEqualTo(6);
        assertThat(ids("pork")).containsExactly(SeedRecords.S1);
    }

    @Test
    void forgetsWhatWasNotCommittedWhenClosed() {
        index.deleteAll();
        index.close();
        index = open(folder);
        assertThat(index.count()).isEqualTo(6);
        assertThat(index.catalogGeneration()).isEqualTo(1);
    }

    @Test
    void reportsGenerationMinusOneForANewIndex(@TempDir Path empty) {
        try (SearchIndex fresh = open(empty)) {
            assertThat(fresh.catalogGeneration()).isEqualTo(-1);
            assertThat(fresh.count()).isZero();
            assertThat(fresh.search(SearchRequest.of("pork")).hits()).isEmpty();
        }
    }

    // ---- facets, archival references, sort, cursor and browse, on the seeds as the WCDA reader reads them ----

    /** Replaces the seeds by the reader's records (languages, contributors, units) and returns all indexed records. */
    protected List<Record> indexSeedsAsRead() {
        List<Record> all = new ArrayList<>(List.of(RealSeeds.s1(), RealSeeds.s2(),
                SeedRecords.fixture("test:ko", "Korean fixture", HANGUL, "1958-02"),
                SeedRecords.fixture("test:zh", "Chinese fixture", HAN, null),
                SeedRecords.fixture("test:ru", "Russian fixture", CYRILLIC, "1956"),
                SeedRecords.fixture("test:latin", "Diacritics fixture", LATIN, "1956-08-30")));
        all.forEach(index::index);
        index.commit(2);
        return all;
    }

    /** The facet values of a record, worked out from the record itself rather than from the index. */
    protected static Set<String> facetValues(Record r, String field) {
        Stream<String> values = switch (field) {
            case "year" -> years(r).mapToObj(Integer::toString);
            case "decade" -> years(r).mapToObj(y -> (y / 10 * 10) + "s");
            case "repository" -> r.references().stream().filter(ref -> ref.repository() != null)
                    .map(ref -> ref.repository().code());
            case "fond" -> r.references().stream().map(ref -> ref.scheme().levels().get("fond"));
            case "language" -> Stream.concat(r.languages().original().stream(), r.languages().content().stream());
            case "type" -> Stream.ofNullable(r.type());
            case "translator" -> r.contributors().stream().filter(c -> "translator".equals(c.role()))
                    .map(Contributor::name);
            case "classification" -> r.units().stream().flatMap(Unit::flatten)
                    .flatMap(u -> u.attributes().getOrDefault("classification", List.of()).stream());
            case "sourceFormat" -> Stream.ofNullable(r.source()).map(Source::format);
            case "person", "organization", "place" -> r.mentions().stream()
                    .filter(m -> field.equals(m.type()) && m.entity() != null).map(m -> m.entity());
            default -> throw new IllegalArgumentException(field);
        };
        return values.filter(v -> v != null && !v.isBlank()).collect(Collectors.toSet());
    }

    private static IntStream years(Record r) {
        return Stream.ofNullable(r.date()).flatMap(d -> EdtfDate.tryParse(d.edtf()).stream())
                .flatMapToInt(d -> IntStream.rangeClosed(d.earliest().getYear(), d.latest().getYear()));
    }

    @ParameterizedTest(name = "under {0}")
    @CsvSource(value = {"''", "DPRK", "Kim OR pork OR Hungnam", "sourceFormat:wcda-export", "-pork"},
            quoteCharacter = '\'')
    void countsFacetValuesOverEveryMatchingRecord(String query) {
        List<Record> all = indexSeedsAsRead();
        SearchResult result = index.search(SearchRequest.of(query).withLimit(50)
                .withFacets(SearchRequest.FACET_FIELDS));
        Set<String> matching = result.hits().stream().map(Hit::recordId).collect(Collectors.toSet());
        assertThat(matching).hasSize((int) result.total()).isNotEmpty();
        for (String field : SearchRequest.FACET_FIELDS) {
            Map<String, Long> expected = all.stream().filter(r -> matching.contains(r.id()))
                    .flatMap(r -> facetValues(r, field).stream())
                    .collect(Collectors.groupingBy(v -> v, Collectors.counting()));
            Map<String, Long> actual = result.facets().get(field).stream()
                    .collect(Collectors.toMap(FacetCount::value, FacetCount::count));
            assertThat(actual).as("%s under %s", field, query).isEqualTo(expected);
        }
        SearchResult countOnly = index.search(SearchRequest.of(query).withLimit(0).withFacets(SearchRequest.FACET_FIELDS));
        assertThat(countOnly.facets()).isEqualTo(result.facets());
    }

    @Test
    void countsTheSeedsFacetsAsTheReaderReadThem() {
        indexSeedsAsRead();
        SearchResult result = index.search(SearchRequest.of("sourceFormat:wcda-export")
                .withFacets("year", "decade", "fond", "language", "classification", "translator"));
        assertThat(result.facets().get("year")).containsExactly(new FacetCount("1955", 1), new FacetCount("1957", 1));
        assertThat(result.facets().get("decade")).containsExactly(new FacetCount("1950s", 2));
        assertThat(result.facets().get("fond")).containsExactly(new FacetCount("0102", 2));
        assertThat(result.facets().get("language")).extracting(FacetCount::value).contains("ru", "en");
        assertThat(result.facets().get("classification")).containsExactly(new FacetCount("Secret", 1));
        assertThat(result.facets().get("translator")).containsExactly(new FacetCount("Gary Goldberg", 2));
    }

    @Test
    void drillsDownWithFacetFieldsInTheQuery() {
        indexSeedsAsRead();
        assertThat(ids("year:1957")).containsExactly(SeedRecords.S1);
        assertThat(ids("decade:1950s sourceFormat:wcda-export")).containsExactlyInAnyOrder(SeedRecords.S1, SeedRecords.S2);
        assertThat(ids("language:ru")).containsExactlyInAnyOrder(SeedRecords.S1, SeedRecords.S2);
        assertThat(ids("fond:0102")).containsExactlyInAnyOrder(SeedRecords.S1, SeedRecords.S2);
        assertThat(ids("fond:102")).isEmpty();
        assertThat(ids("classification:secret")).containsExactly(SeedRecords.S2);
        assertThat(ids("translator:\"Gary Goldberg\" year:1955")).containsExactly(SeedRecords.S2);
        assertThat(ids("signatory:\"V. Molotov\"")).containsExactly(SeedRecords.S2);
        assertThat(ids("year:1957 OR year:1955")).containsExactlyInAnyOrder(SeedRecords.S1, SeedRecords.S2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {
        "ref:\"AVPRF F. 0102, Op. 14, Delo 6\" | wcda:115956",
        "ref:\"AVPRF, f. 0102, op. 14, d. 6\" | wcda:115956",
        "ref:\"АВП РФ. Ф. 0102. Оп. 14. Д. 6.\" | wcda:115956",
        "ref:\"AVPRF F. 0102, Op. 14\" | wcda:115956",
        "ref:\"AVPRF F. 0102 Op. 11 P. 65 D. 45\" | wcda:115797",
        "ref:\"АВП РФ, ф. 0102, оп. 11\" | wcda:115797",
        "ref:\"AVPRF F. 0102\" | wcda:115956 wcda:115797",
        "ref:AVPRF | wcda:115956 wcda:115797",
        "ref:\"AVPRF F. 0102, Op. 14, Delo 6, L. 20\" | wcda:115956",
    }, delimiter = '|', quoteCharacter = '\'')
    void findsRecordsAtOrUnderACitedArchivalLevel(String query, String expected) {
        indexSeedsAsRead();
        assertThat(ids(query)).containsExactlyInAnyOrder(expected.split(" "));
    }

    @Test
    void tellsFondsApartByTheirLeadingZeros() {
        indexSeedsAsRead();
        assertThat(ids("ref:\"AVPRF f. 102\"")).isEmpty();
        assertThat(ids("ref:\"AVPRF F. 0102, Op. 14, Delo 61\"")).isEmpty();
        assertThat(ids("ref:\"AVPRF F. 0102, Op. 14, Delo 6, L. 30\"")).as("folios outside 14-25").isEmpty();
    }

    @Test
    void rejectsAReferenceThatCannotBePlaced() {
        indexSeedsAsRead();
        QuerySyntaxException e = catchThrowableOfType(QuerySyntaxException.class,
                () -> index.search(SearchRequest.of("pork ref:\"nothing here\"")));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("not an archival reference").contains("column");
    }

    @Test
    void sortsByDateEitherWayWithUndatedRecordsLast() {
        indexSeedsAsRead();
        assertThat(index.search(SearchRequest.of("").withLimit(50).withSort(SortOrder.DATE_ASCENDING)).hits())
                .extracting(Hit::recordId)
                .containsExactly(SeedRecords.S2, "test:ru", "test:latin", SeedRecords.S1, "test:ko", "test:zh");
        assertThat(index.search(SearchRequest.of("").withLimit(50).withSort(SortOrder.DATE_DESCENDING)).hits())
                .extracting(Hit::recordId)
                .containsExactly("test:ko", SeedRecords.S1, "test:latin", "test:ru", SeedRecords.S2, "test:zh");
        SearchResult dprk = index.search(SearchRequest.of("DPRK").withSort(SortOrder.DATE_DESCENDING));
        assertThat(dprk.hits()).extracting(Hit::recordId).containsExactly(SeedRecords.S1, SeedRecords.S2);
        assertThat(dprk.hits()).allSatisfy(h -> assertThat(h.snippets()).isNotEmpty());
    }

    @Test
    void pagesWithACursorCoverEveryHitOnceEvenWhenARecordIsIndexedBetweenPages() {
        List<Record> all = indexSeedsAsRead();
        for (SortOrder order : SortOrder.values()) {
            List<String> seen = new ArrayList<>();
            SearchRequest request = SearchRequest.of("").withLimit(2).withSort(order);
            SearchResult page = index.search(request);
            seen.addAll(page.hits().stream().map(Hit::recordId).toList());
            // a record that sorts before the first page: with offsets, every later page would shift by one
            index.index(SeedRecords.fixture("test:new-" + order, "Late arrival", "added while paging", "1900"));
            index.commit(3);
            for (int pages = 0; page.nextCursor() != null && pages < 20; pages++) {
                page = index.search(request.withCursor(page.nextCursor()));
                seen.addAll(page.hits().stream().map(Hit::recordId).toList());
            }
            assertThat(page.nextCursor()).isNull();
            assertThat(seen.stream().filter(id -> !id.startsWith("test:new-")).toList()).as("%s", order)
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(all.stream().map(Record::id).toList());
        }
    }

    @Test
    void pagesRankedHitsWithACursor() {
        indexSeedsAsRead();
        SearchRequest request = SearchRequest.of("DPRK OR Kim OR Hungnam OR pork").withLimit(1);
        List<String> everything = ids("DPRK OR Kim OR Hungnam OR pork");
        List<String> seen = new ArrayList<>();
        SearchResult page = index.search(request);
        seen.addAll(page.hits().stream().map(Hit::recordId).toList());
        for (int pages = 0; page.nextCursor() != null && pages < 20; pages++) {
            page = index.search(request.withCursor(page.nextCursor()));
            seen.addAll(page.hits().stream().map(Hit::recordId).toList());
        }
        assertThat(everything).hasSizeGreaterThan(2);
        assertThat(seen).containsExactlyElementsOf(everything);
    }

    @Test
    void refusesACursorOfAnotherOrder() {
        indexSeedsAsRead();
        String cursor = index.search(SearchRequest.of("").withLimit(1).withSort(SortOrder.DATE_ASCENDING)).nextCursor();
        assertThat(cursor).isNotNull();
        assertThatThrownBy(() -> index.search(SearchRequest.of("").withLimit(1).withSort(SortOrder.DATE_DESCENDING)
                .withCursor(cursor))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("order");
        assertThatThrownBy(() -> index.search(SearchRequest.of("").withCursor("garbage!")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void browsesRepositoryFondOpisDeloWithCounts() {
        indexSeedsAsRead();
        assertThat(index.browse(List.of()).children()).containsExactly(new FacetCount("AVPRF", 2));
        assertThat(index.browse(List.of("AVPRF")).children()).containsExactly(new FacetCount("0102", 2));
        assertThat(index.browse(List.of("AVPRF", "0102")).children())
                .containsExactly(new FacetCount("11", 1), new FacetCount("14", 1));
        assertThat(index.browse(List.of("AVPRF", "0102", "14")).children()).containsExactly(new FacetCount("6", 1));
        Browse delo = index.browse(List.of("AVPRF", "0102", "14", "6"));
        assertThat(delo.children()).isEmpty();
        assertThat(delo.recordIds()).containsExactly(SeedRecords.S1);
        assertThat(index.browse(List.of("AVPRF", "0102", "11", "45")).recordIds()).containsExactly(SeedRecords.S2);
        assertThat(index.browse(List.of("AVPRF", "102")).children()).isEmpty();
        index.delete(SeedRecords.S2);
        index.commit(3);
        assertThat(index.browse(List.of("AVPRF", "0102")).children()).containsExactly(new FacetCount("14", 1));
    }

    @Test
    void refusesAnUnreasonableLimit() {
        assertThatThrownBy(() -> SearchRequest.of("x").withLimit(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
