package org.fond.core.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.fond.core.testing.Shared;
import org.junit.jupiter.api.Test;

/**
 * {@link ReferenceParser#mayBegin} lets through every character a reference begins with: at every
 * word start of real texts where the registry or a grammar reads something, the gate is open, and
 * references are found in them (so the check is not vacuous).
 */
class FirstCharacterGateTest {
    @Test
    void isOpenWhereverTheRegistryOrAGrammarReadsOnRealTexts() {
        List<String> texts = new ArrayList<>();
        texts.add(Shared.read(Shared.seed115956()));
        texts.add(Shared.read(Shared.seed115797()));
        texts.add(Shared.read(Shared.path("corpus/wcda/wilson_archive_sample.csv")));
        texts.add(Shared.gunzip("corpus/frus-tei/frus1918Russiav03.xml.gz"));
        texts.add(Shared.gunzip("corpus/soviet-translated/JFK_Russia_Translated_English.md.gz"));
        // odd starts: lower case, Cyrillic, digits, a repository glued to punctuation
        texts.add("ф. 0102, оп. 14, д. 6; (АВПРФ ф.5 оп.30 д.163); fond 5, opis 30; 711.00/1-2057; File No. 123.4");
        int read = 0;
        for (String text : texts) {
            for (int at = 0; at < text.length(); at++) {
                if (!Scan.wordStart(text, at)) {
                    continue;
                }
                boolean reads = RepositoryRegistry.matchAt(text, at).isPresent();
                for (SchemeGrammar g : ReferenceParser.GRAMMARS) {
                    reads |= g.readWithoutRepository(text, at).isPresent();
                }
                if (reads) {
                    read++;
                    assertThat(ReferenceParser.mayBegin(text.charAt(at)))
                            .as("a reference at %d begins with %s", at, text.substring(at, Math.min(text.length(), at + 30)))
                            .isTrue();
                }
            }
        }
        assertThat(read).as("word starts where something is read").isGreaterThan(100);
        assertThat(ReferenceParser.mayBegin(' ')).isFalse();
        assertThat(ReferenceParser.mayBegin('x')).as("no repository or keyword begins with x").isFalse();
    }
}
