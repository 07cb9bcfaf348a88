package org.fond.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fond.core.model.Record;
import org.fond.core.reference.ArchivalReference;
import org.fond.core.reference.ReferenceScheme;
import org.fond.core.testing.Shared;
import org.fond.ingest.Readers;
import org.junit.jupiter.api.Test;

/** Browse paths for the Australian and American references of real DAFP and FRUS records. */
class ArchivePathRealRecordsTest {

    @Test
    void placesADafpCablegramUnderRepositorySeriesAndControlSymbol() {
        List<Record> records = Readers.standard().readAll(Shared.path("corpus/dafp/dafp-volume-16.tar.gz")).records();
        Record r = records.stream().filter(x -> x.id().equals("dafp:16/125")).findFirst().orElseThrow();
        ArchivalReference ref = r.references().getFirst();
        assertThat(ArchivePath.levels(ref)).containsExactly("NAA", "A1838", "3107/40/52/1");
        assertThat(ArchivePath.prefixes(ArchivePath.levels(ref)))
                .containsExactly("NAA", "NAA/A1838", "NAA/A1838/3107%2F40%2F52%2F1");
        // every reference of the volume in the NAA scheme (some cite DFAT's own files) with a control
        // symbol gets its repository, series and control symbol
        long naa = records.stream().flatMap(x -> x.references().stream())
                .filter(x -> x.scheme() instanceof ReferenceScheme.NaaItem n && n.controlSymbol() != null
                        && x.repository() != null && x.repository().code() != null)
                .peek(x -> {
                    var n = (ReferenceScheme.NaaItem) x.scheme();
                    assertThat(ArchivePath.levels(x)).containsExactly(x.repository().code(), n.series().strip(),
                            n.controlSymbol().strip());
                })
                .count();
        assertThat(naa).isGreaterThan(300);
    }

    @Test
    void placesFrusDocumentsUnderRepositoryDecimalFileAndDocument() {
        List<ArchivalReference> decimal = Readers.standard()
                .readAll(Shared.path("corpus/frus-tei/frus1918Russiav03.xml.gz")).records().stream()
                .flatMap(x -> x.references().stream())
                .filter(x -> x.scheme() instanceof ReferenceScheme.DecimalFile d && d.document() != null)
                .toList();
        assertThat(decimal).hasSizeGreaterThan(100);
        ArchivalReference railways = decimal.stream().filter(x -> x.raw().contains("861.77/")).findFirst()
                .orElseThrow();
        var d = (ReferenceScheme.DecimalFile) railways.scheme();
        assertThat(ArchivePath.levels(railways)).containsExactly("NARA", "861.77", d.document());
        assertThat(ArchivePath.prefixes(ArchivePath.levels(railways)).get(1)).isEqualTo("NARA/861.77");
        for (ArchivalReference x : decimal) {
            var f = (ReferenceScheme.DecimalFile) x.scheme();
            assertThat(ArchivePath.levels(x)).containsExactly("NARA", f.file().strip(), f.document().strip());
        }
    }
}
