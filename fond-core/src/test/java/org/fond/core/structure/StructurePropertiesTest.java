package org.fond.core.structure;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fond.core.text.MarkdownNormaliser;
import org.fond.core.text.NormalisedText;

/** Any mixture of structural lines gives a well-formed tree and never an exception. */
class StructurePropertiesTest {
    private static final List<String> LINES = List.of("====", "===", "=================", "Secret Nº \\_\\_",
            "Copy Secret Nº 4", "Draft", "PEKING", "to the CPSU CC", "## JOURNAL", "#### **CPSU CC RESOLUTION**",
            "of the ambassador", "...17 December 1957", "17 January 1955", "Nº 83/M", "V. Molotov M. Suslov",
            "Authenticated: [illegible signature]", "[Stamp: Incoming Nº 5]", "[handwritten: note", "First. A topic.",
            "Second. Another:", "a) an item", "b) another", "- 1. bulleted", "- b) bulleted", "I. Part", "1) one",
            "Plain sentence.", "ends without a stop", "X was present, which lasted two hours.", "", "  ");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> line = Arbitraries.of(LINES);
        Arbitrary<String> gap = Arbitraries.of("\n", "\n\n", "\n\n\n", "  \n");
        return Arbitraries.integers().between(0, 30).flatMap(n -> line.list().ofSize(n).flatMap(lines ->
                gap.list().ofSize(n).map(gaps -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < lines.size(); i++) {
                        text.append(lines.get(i)).append(gaps.get(i));
                    }
                    return text.toString();
                })));
    }

    @Property(tries = 300)
    void everyTreeNestsWithUniqueIds(@ForAll("texts") String raw) {
        NormalisedText body = MarkdownNormaliser.normalise(raw, 1);
        UnitInvariants.check(Trees.analyze(body), body.text());
    }
}
