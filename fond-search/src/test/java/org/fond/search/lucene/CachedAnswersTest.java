package org.fond.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fond.core.authority.NameAuthority;
import org.fond.core.model.Record;
import org.fond.search.CacheStats;
import org.fond.search.Hit;
import org.fond.search.MapAuthority;
import org.fond.search.MemoryTexts;
import org.fond.search.RealCorpus;
import org.fond.search.SearchIndex;
import org.fond.search.SearchRequest;
import org.fond.search.SearchResult;
import org.fond.search.SeedRecords;
import org.fond.search.SortOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The answer caches over a real FRUS volume and the seeds: every answer is the same with the caches
 * as without them (asked once, and asked again from the cache), and a commit empties them, so an
 * ingest is seen at once.
 */
class CachedAnswersTest {
    private static final NameAuthority NAMES = new MapAuthority()
            .add("per:kim-il-sung", "Kim Il Sung", "Ким Ир Сен", "Kim Ir Sen", "김일성");

    @TempDir
    Path tmp;

    private static List<Record> records() {
        List<Record> all = new ArrayList<>(RealCorpus.frusVolume("frus1917Supp02v02"));
        all.add(SeedRecords.s1());
        all.add(SeedRecords.s2());
        return all;
    }

    private static LuceneSearchIndex filled(Path folder, LuceneSearchIndex.CacheSizes sizes, List<Record> records) {
        MemoryTexts texts = new MemoryTexts();
        LuceneSearchIndex index = LuceneSearchIndex.open(folder, texts, NAMES, sizes);
        records.forEach(texts::add);
        records.forEach(index::index);
        index.commit(1);
        return index;
    }

    /** The answer without the time it took, which is each call's own. */
    private static SearchResult timeless(SearchResult r) {
        return new SearchResult(r.total(), r.hits(), 0, r.facets(), r.nextCursor());
    }

    private static List<SearchRequest> requests() {
        List<SearchRequest> requests = new ArrayList<>();
        for (String q : List.of("embassy", "\"Soviet ambassador\"", "Ким Ир Сен", "Kim Il Sung", "treaty OR Petrograd",
                "year:1917", "date:[1917-03 TO 1917-06]", "", "title:(", "Russia AND -war")) {
            requests.add(SearchRequest.of(q).withLimit(10).withFacets(SearchRequest.FACET_FIELDS));
            requests.add(SearchRequest.of(q).withLimit(5).withSort(SortOrder.DATE_ASCENDING));
        }
        requests.add(SearchRequest.of("government").withFilter("year", "1917").withFacets("year", "person"));
        requests.add(SearchRequest.of("Kim Il Sung").withExact(true));
        return requests;
    }

    private static Object answer(SearchIndex index, SearchRequest request) {
        try {
            SearchResult first = index.search(request);
            List<Object> pages = new ArrayList<>(List.of(timeless(first)));
            if (first.nextCursor() != null) {
                pages.add(timeless(index.search(request.withCursor(first.nextCursor()))));
            }
            return pages;
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    @Test
    void answersAreTheSameWithAndWithoutTheCaches() {
        List<Record> records = records();
        try (LuceneSearchIndex plain = filled(tmp.resolve("plain"), LuceneSearchIndex.CacheSizes.NONE, records);
             LuceneSearchIndex cached = filled(tmp.resolve("cached"), LuceneSearchIndex.CacheSizes.DEFAULT, records)) {
            for (SearchRequest request : requests()) {
                Object expected = answer(plain, request);
                assertThat(answer(cached, request)).as(request.query()).isEqualTo(expected);
                assertThat(answer(cached, request)).as(request.query() + ", from the cache").isEqualTo(expected);
            }
            for (Record r : records.subList(0, 40)) {
                for (int round = 0; round < 2; round++) {
                    assertThat(cached.moreLikeThis(r.id(), 5)).as(r.id()).isEqualTo(plain.moreLikeThis(r.id(), 5));
                    assertThat(cached.moreLikeThis(r.id(), 2)).as(r.id()).isEqualTo(plain.moreLikeThis(r.id(), 2));
                    assertThat(cached.sameFile(r.id())).as(r.id()).isEqualTo(plain.sameFile(r.id()));
                }
            }
            assertThat(cached.moreLikeThis(records.get(0).id(), 5)).as("the volume has related documents").isNotEmpty();
            List<CacheStats> stats = cached.caches();
            assertThat(stats).extracting(CacheStats::name).containsExactly("search", "related", "sameFile", "docFreq");
            assertThat(stats).allSatisfy(s -> assertThat(s.hits()).as(s.name()).isPositive());
            assertThat(plain.caches()).allSatisfy(s -> assertThat(s.hits()).as(s.name()).isZero());
        }
    }

    @Test
    void aCommitEmptiesTheCachesSoAnIngestIsSeenAtOnce() {
        List<Record> records = List.of(SeedRecords.s1(), SeedRecords.s2());
        try (LuceneSearchIndex index = filled(tmp.resolve("index"), LuceneSearchIndex.CacheSizes.DEFAULT, records)) {
            SearchRequest ask = SearchRequest.of("Pyongyang").withFacets("year");
            List<String> before = ids(index.search(ask));
            assertThat(ids(index.search(ask))).isEqualTo(before);
            List<Hit> relatedBefore = index.moreLikeThis(SeedRecords.S1, 5);
            long hits = stats(index, "search").hits();
            assertThat(hits).isPositive();

            index.index(SeedRecords.fixture("test:new", "Pyongyang reports", "A cable from Pyongyang on the embassy.",
                    "1957-12-17"));
            assertThat(ids(index.search(ask))).as("not committed: not visible, as without a cache").isEqualTo(before);
            index.commit(2);

            SearchResult after = index.search(ask);
            assertThat(ids(after)).contains("test:new").hasSize(before.size() + 1);
            assertThat(after.facets().get("year")).anySatisfy(c -> assertThat(c.value()).isEqualTo("1957"));
            assertThat(index.moreLikeThis(SeedRecords.S1, 5)).isNotNull();
            assertThat(stats(index, "search").invalidations()).isPositive();
            assertThat(stats(index, "related").invalidations()).isPositive();

            index.delete("test:new");
            index.commit(3);
            assertThat(ids(index.search(ask))).containsExactlyInAnyOrderElementsOf(before);
            assertThat(index.moreLikeThis(SeedRecords.S1, 5)).extracting(Hit::recordId).doesNotContain("test:new")
                    .containsExactlyInAnyOrderElementsOf(relatedBefore.stream().map(Hit::recordId).toList());
        }
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(Hit::recordId).toList();
    }

    private static CacheStats stats(SearchIndex index, String name) {
        return index.caches().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }
}
