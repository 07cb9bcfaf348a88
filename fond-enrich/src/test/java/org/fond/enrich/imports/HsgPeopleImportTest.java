package org.fond.enrich.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.fond.core.authority.AuthorityRecord;
import org.fond.core.authority.ExternalId;
import org.fond.core.authority.NameVariant;
import org.fond.core.testing.Shared;
import org.fond.enrich.authority.Authority;
import org.fond.enrich.authority.SeedAuthority;
import org.fond.enrich.variants.VariantGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Office of the Historian's 16,312 people, imported, generated and indexed with the seeds. */
class HsgPeopleImportTest {
    static ImportResult result;
    static Authority authority;

    @BeforeAll
    static void importAll() throws IOException {
        result = new HsgPeopleImport().read(Shared.path("corpus/authority/hsg-people-data.tar.gz"));
        VariantGenerator g = new VariantGenerator();
        List<AuthorityRecord> all = new ArrayList<>(SeedAuthority.records().stream().map(g::generate).toList());
        result.records().stream().map(g::generate).forEach(all::add);
        authority = Authority.of(all);
    }

    private static AuthorityRecord hsg(String id) {
        return result.records().stream().filter(r -> r.id().equals("per:hsg-" + id)).findFirst().orElseThrow();
    }

    private static List<String> names(AuthorityRecord r) {
        return r.labels().stream().map(NameVariant::value).toList();
    }

    @Test
    void everyPersonFileBecomesARecordAndEveryLeftOutPieceIsCounted() {
        assertThat(result.entriesRead()).isEqualTo(16_312);
        assertThat(result.records()).hasSize(16_312);
        assertThat(result.skippedByReason()).containsEntry("title, not a name", 7)
                .containsEntry("abbreviation note, not a name", 25).hasSize(2);
        assertThat(result.skipped()).allSatisfy(s -> assertThat(s.where()).startsWith("hsg-people-data.tar.gz!hsg-people/data/"));
        assertThat(result.records().stream().filter(r -> r.labels().size() >= 2).count()).isGreaterThanOrEqualTo(5_057);
    }

    @Test
    void khrushchevKeepsEverySpellingWithItsSources() {
        AuthorityRecord k = hsg("107127");
        assertThat(k.label()).isEqualTo("Khrushchev, Nikita Sergeyevich");
        assertThat(names(k)).contains("Khrushchev, Nikita Sergeyevich", "Khrushchev, Nikita Sergeevich",
                "Khrushchev, Nikita Sergeivich", "Khrushchev, Nikita S.");
        assertThat(k.labels()).filteredOn(v -> v.value().equals("Khrushchev, Nikita Sergeevich"))
                .singleElement().satisfies(v -> assertThat(v.attestedIn()).isNotEmpty().allMatch(a -> a.startsWith("frus:")));
        assertThat(k.externalIds()).contains(new ExternalId("hsg", "107127", null, "verified"));
    }

    @Test
    void foldedReadingsAreSplitAndBareTitlesAreNoNames() {
        AuthorityRecord mao = hsg("108483");
        // "Mao Tse-Tung, Chairman" loses its title; the bare title "Chairman" is a title-from-name, no name
        assertThat(names(mao)).contains("Mao Tse-tung", "Mao Zedong", "Mao Tse-Tung")
                .doesNotContain("Chairman", "Mao Tse-tung (Mao Zedong)", "Mao Tse-Tung, Chairman");
        assertThat(result.skipped()).anySatisfy(s -> {
            assertThat(s.where()).endsWith("/100495.xml");
            assertThat(s.reason()).isEqualTo("abbreviation note, not a name: USAF");
        });
        assertThat(names(hsg("102535"))).contains("Chow Shu-kai", "Chou Shu-kai", "Zhou Shukai");
        assertThat(names(hsg("107176"))).contains("Kim Il Sung", "Kim Il-sung", "Kim Il-Sŏng");
    }

    @Test
    void seedAndImportedFormsMeetUnderOneName() {
        assertThat(authority.find("Kim Il-Sŏng")).extracting(AuthorityRecord::id)
                .containsExactlyInAnyOrder("per:kim-il-sung", "per:hsg-107176");
        assertThat(authority.expand("Kim Il-sung")).contains("Kim Il-Sŏng", "Kim II Sung", "김일성", "Kim Ir Sen");
        // a form only the seed record has finds only the seed record until an archivist merges the two
        assertThat(authority.find("Kim Ir Sen")).extracting(AuthorityRecord::id).containsExactly("per:kim-il-sung");
        assertThat(authority.find("Nikita Khrushchev")).extracting(AuthorityRecord::id).contains("per:hsg-107127");
        assertThat(authority.find("Deng Xiaoping")).extracting(AuthorityRecord::id).isNotEmpty();
    }

    @Test
    void theTrapsHoldAtSixteenThousandPersons() {
        assertThat(authority.expand("won")).isEmpty();
        assertThat(authority.expand("Chairman")).isEmpty();
        assertThat(authority.expand("Kim Il")).contains("김일").doesNotContain("Kim Il Sung", "김일성", "Kim Il-Sŏng");
        assertThat(authority.expand("Kim Il Sung")).doesNotContain("Kim Il", "김일");
    }

    @Test
    void syllablesOfSixteenThousandPersonsComeInTheAuthoritysOrder() {
        // the seeds come first, so Pak Ui-won leads the Korean names that join won
        assertThat(authority.namesHoldingSyllable("won")).startsWith("Pak Ui-won", "Pak Ui Won").contains("Yi Tong-won");
        // the people data writes titles into names: President stands alone in President Arias, so only
        // the form that joins it is held
        assertThat(authority.namesHoldingSyllable("president")).contains("President-elect Arias")
                .doesNotContain("President Arias");
        // a piece joined in very many names: the authority gives them all, search keeps the first few
        assertThat(authority.namesHoldingSyllable("al")).hasSizeGreaterThan(100);
        assertThat(authority.namesHoldingSyllable("Khrushchev")).isEmpty();
    }

    @Test
    void expandingEveryImportedNameIsHashLookupsNotScans() {
        List<String> queries = result.records().stream().map(AuthorityRecord::label).toList();
        long start = System.nanoTime();
        int empty = 0;
        for (String q : queries) {
            if (authority.expand(q).isEmpty()) {
                empty++;
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(empty).isZero();
        // a sanity bound, far above what hash lookups need even on a busy machine; a scan per query is ~100x slower
        assertThat(millis).as("16,312 expansions took %d ms", millis).isLessThan(15_000);
    }
}
