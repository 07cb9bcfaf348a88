package org.fond.enrich.mentions.eval;

import org.fond.core.testing.Shared;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EntitiesBenchTest {

    @Test
    void measuresPersonsLinkingAndDatesOnTheHeldOutFrusDocuments() {
        var report = EntitiesBench.run(List.of(Shared.path("corpus/frus-tei/frus1917Supp02v02.xml.gz"),
                Shared.path("corpus/frus-tei/frus1918Russiav03.xml.gz")), 100);
        System.out.print(EntitiesBench.table(report));
        assertThat(report.testDocs()).isGreaterThan(100);
    }
}
