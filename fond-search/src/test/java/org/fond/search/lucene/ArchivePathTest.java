package org.fond.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.fond.core.reference.ArchivalReference;
import org.fond.core.reference.ReferenceScheme;
import org.fond.core.reference.Repository;
import org.junit.jupiter.api.Test;

class ArchivePathTest {

    private static ArchivalReference reference(ReferenceScheme scheme) {
        return new ArchivalReference("as cited", new Repository("AVPRF", "AVPRF"), scheme, "", null, null, Set.of(),
                null, "citation", null);
    }

    @Test
    void leavesThePapkaOutAndKeepsLevelsAsCited() {
        var ref = reference(new ReferenceScheme.RussianFile("0102", "11", "65", "45", null));
        assertThat(ArchivePath.levels(ref)).containsExactly("AVPRF", "0102", "11", "45");
        assertThat(ArchivePath.prefixes(ArchivePath.levels(ref)))
                .containsExactly("AVPRF", "AVPRF/0102", "AVPRF/0102/11", "AVPRF/0102/11/45");
    }

    @Test
    void stopsAtTheFirstMissingLevel() {
        var ref = reference(new ReferenceScheme.RussianFile("0102", null, null, "6", null));
        assertThat(ArchivePath.levels(ref)).containsExactly("AVPRF", "0102");
    }

    @Test
    void aSlashInsideALevelCannotPoseAsTwoLevels() {
        String key = ArchivePath.key(List.of("AVPRF", "83/M"));
        assertThat(key).isEqualTo("AVPRF/83%2FM");
        assertThat(key).isNotEqualTo(ArchivePath.key(List.of("AVPRF", "83", "M")));
        assertThat(ArchivePath.lastLevel(key)).isEqualTo("83/M");
        assertThat(ArchivePath.lastLevel(ArchivePath.key(List.of("AVPRF", "5%/2")))).isEqualTo("5%/2");
    }

    @Test
    void hasNoPathWithoutARepository() {
        var ref = new ArchivalReference("F. 5", null, new ReferenceScheme.RussianFile("5", null, null, null, null), "",
                null, null, Set.of(), null, "citation", null);
        assertThat(ArchivePath.levels(ref)).isEmpty();
    }
}
