package org.fond.enrich.mentions.eval;

import org.fond.core.testing.Shared;
import org.fond.enrich.mentions.NameDictionary;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FrusPersonsTest {

    @Test
    void readsTheVolumesPersonsListWithItsIdsAndNameForms() throws Exception {
        List<NameDictionary.Entry> entries = FrusPersons.read(Shared.path("corpus/frus-tei/frus1918Russiav03.xml.gz"));
        assertThat(entries.stream().map(NameDictionary.Entry::entityId).distinct()).hasSize(88)
                .allMatch(id -> id.startsWith("frus:frus1918Russiav03#p_"));
        assertThat(entries.stream().filter(e -> e.entityId().endsWith("#p_BBA1")).map(NameDictionary.Entry::form))
                .contains("Bakhmeteff, Boris A.", "Boris A. Bakhmeteff", "B. A. Bakhmeteff", "Bakhmeteff");
    }

    @Test
    void aVolumeWithoutAPersonsListGivesNoEntries() throws Exception {
        assertThat(FrusPersons.read(Shared.path("corpus/frus-tei/frus1917Supp02v02.xml.gz"))).isEmpty();
    }

    @Test
    void aPointerIntoAnotherVolumeNamesThatVolume() {
        assertThat(Gold.canonical("frus:frus1917Supp02v02#frus1917Supp02v01#p_LR1"))
                .isEqualTo("frus:frus1917Supp02v01#p_LR1");
        assertThat(Gold.canonical("frus:frus1918Russiav03#p_LR1")).isEqualTo("frus:frus1918Russiav03#p_LR1");
        assertThat(Gold.canonical(null)).isNull();
    }

    @Test
    void theSplitIsByDocumentAndStable() {
        assertThat(Split.isTest("frus:frus1918Russiav03/d5")).isEqualTo(Split.isTest("frus:frus1918Russiav03/d5"));
        long test = java.util.stream.IntStream.range(1, 1001)
                .filter(i -> Split.isTest("frus:v/d" + i)).count();
        assertThat(test).isBetween(150L, 250L);
    }
}
