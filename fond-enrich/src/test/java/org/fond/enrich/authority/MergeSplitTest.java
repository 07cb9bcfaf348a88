package org.fond.enrich.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.fond.core.authority.AuthorityRecord;
import org.fond.core.authority.AuthorityStatus;
import org.fond.core.authority.Change;
import org.fond.core.authority.EntityType;
import org.fond.core.authority.NameVariant;
import org.fond.core.authority.VariantKind;
import org.fond.enrich.variants.VariantGenerator;
import org.junit.jupiter.api.Test;

/** Merge and split keep an audit trail and are undone exactly; notSameAs refuses a merge. */
class MergeSplitTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    private static Authority seedsPlus(AuthorityRecord... more) {
        VariantGenerator g = new VariantGenerator();
        List<AuthorityRecord> all = new java.util.ArrayList<>(SeedAuthority.records().stream().map(g::generate).toList());
        all.addAll(List.of(more));
        return Authority.of(all, CLOCK);
    }

    private static AuthorityRecord duplicateKim() {
        return new AuthorityRecord("per:frus-x-p_KIS1", EntityType.PERSON, AuthorityStatus.REVIEWED,
                Map.of("en", "Kim Il-Sŏng, Marshal"),
                List.of(NameVariant.of("Kim Il-Sŏng, Marshal", "en", "Latn", "frus-persons", VariantKind.ATTESTED)),
                null, null, null, null, null);
    }

    @Test
    void mergedRecordsNamesFindTheSurvivorAndItsFormsJoin() {
        Authority a = seedsPlus(duplicateKim());
        assertThat(a.find("Kim Il-Sŏng, Marshal")).extracting(AuthorityRecord::id).containsExactly("per:frus-x-p_KIS1");
        a.merge("per:frus-x-p_KIS1", "per:kim-il-sung", "archivist", "same person: FRUS persons list");
        assertThat(a.find("Kim Il-Sŏng, Marshal")).extracting(AuthorityRecord::id).containsExactly("per:kim-il-sung");
        assertThat(a.expand("Kim Il Sung")).contains("Kim Il-Sŏng, Marshal");
        AuthorityRecord merged = a.get("per:frus-x-p_KIS1").orElseThrow();
        assertThat(merged.status()).isEqualTo(AuthorityStatus.mergedInto("per:kim-il-sung"));
        assertThat(merged.changeLog().getLast()).isEqualTo(new Change("2026-11-23T12:00:00Z", "archivist", "merged-into",
                "per:kim-il-sung", "same person: FRUS persons list", AuthorityStatus.State.REVIEWED));
        assertThat(a.get("per:kim-il-sung").orElseThrow().changeLog().getLast().action()).isEqualTo("absorbed");
        assertThat(a.label("per:frus-x-p_KIS1")).isEqualTo("Kim Il Sung");
    }

    @Test
    void aMergedRecordsSpacedFormHoldsTheSyllablesTheSurvivorJoins() {
        AuthorityRecord spaced = new AuthorityRecord("per:frus-x-p_KIS2", EntityType.PERSON, AuthorityStatus.REVIEWED,
                Map.of("en", "Kim Il Sŏng, Marshal"),
                List.of(NameVariant.of("Kim Il Sŏng, Marshal", "en", "Latn", "frus-persons", VariantKind.ATTESTED)),
                null, null, null, null, null);
        Authority a = seedsPlus(spaced);
        // alone, nothing joins Il and Sŏng in this record's name
        assertThat(a.namesHoldingSyllable("song")).contains("Kim Il-sŏng").doesNotContain("Kim Il Sŏng, Marshal");
        a.merge("per:frus-x-p_KIS2", "per:kim-il-sung", "archivist", "same person: FRUS persons list");
        // merged, it is a form of Kim Il-sŏng's
        assertThat(a.namesHoldingSyllable("song")).contains("Kim Il-sŏng", "Kim Il Sŏng, Marshal");
        a.split("per:frus-x-p_KIS2", "reviewer", "different person after all");
        assertThat(a.namesHoldingSyllable("song")).doesNotContain("Kim Il Sŏng, Marshal");
    }

    @Test
    void splitRestoresThePriorStateAndSeparatesTheNames() {
        Authority a = seedsPlus(duplicateKim());
        a.merge("per:frus-x-p_KIS1", "per:kim-il-sung", "archivist", "looked the same");
        a.split("per:frus-x-p_KIS1", "reviewer", "different person after all");
        AuthorityRecord freed = a.get("per:frus-x-p_KIS1").orElseThrow();
        assertThat(freed.status()).isEqualTo(AuthorityStatus.REVIEWED);
        assertThat(freed.changeLog()).extracting(Change::action).containsExactly("merged-into", "split-from");
        assertThat(a.expand("Kim Il Sung")).doesNotContain("Kim Il-Sŏng, Marshal");
        assertThat(a.find("Kim Il-Sŏng, Marshal")).extracting(AuthorityRecord::id).containsExactly("per:frus-x-p_KIS1");
        assertThat(a.get("per:kim-il-sung").orElseThrow().changeLog()).extracting(Change::action).endsWith("absorbed", "split-off");
    }

    @Test
    void notSameAsRefusesTheMergeBothWays() {
        Authority a = seedsPlus();
        assertThatThrownBy(() -> a.merge("per:kim-il", "per:kim-il-sung", "someone", "looks alike"))
                .hasMessageContaining("not the same");
        assertThatThrownBy(() -> a.merge("per:kim-il-sung", "per:kim-il", "someone", "looks alike"))
                .hasMessageContaining("not the same");
        assertThat(a.get("per:kim-il").orElseThrow().status()).isEqualTo(AuthorityStatus.REVIEWED);
    }

    @Test
    void aRejectedGeneratedFormIsNoLongerFound() {
        Authority a = seedsPlus();
        assertThat(a.find("Jin Richeng")).hasSize(1);
        a.rejectVariant("per:kim-il-sung", "Jin Richeng", "reviewer", "no source reads the Hanja in pinyin");
        assertThat(a.find("Jin Richeng")).isEmpty();
        assertThat(a.expand("Kim Il Sung")).doesNotContain("Jin Richeng").contains("Kim II Sung");
        assertThat(a.get("per:kim-il-sung").orElseThrow().changeLog().getLast().action()).isEqualTo("variant-rejected");
    }
}
