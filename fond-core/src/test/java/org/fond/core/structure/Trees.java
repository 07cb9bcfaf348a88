package org.fond.core.structure;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.fond.core.model.Annotation;
import org.fond.core.model.Unit;
import org.fond.core.testing.Shared;
import org.fond.core.text.MarkdownNormaliser;
import org.fond.core.text.NormalisedText;

/** Test support: the body of a seed (the lines after {@code Translation - English}) and its unit tree. */
final class Trees {
    private Trees() {
    }

    /** A seed's body, normalised with its real first line number. */
    static NormalisedText seedBody(Path seed) {
        List<String> lines = Arrays.asList(Shared.read(seed).split("\n", -1));
        int contents = lines.indexOf("Translation - English");
        if (contents < 0) {
            throw new IllegalStateException("no 'Translation - English' line in " + seed);
        }
        int first = contents + 1;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        String body = String.join("\n", lines.subList(first, lines.size()));
        return MarkdownNormaliser.normalise(body, first + 1);
    }

    static Unit analyze(NormalisedText body) {
        return analyze(body, List.of());
    }

    static Unit analyze(NormalisedText body, List<Annotation> annotations) {
        List<Unit> roots = StructureAnalyzer.analyze(body.text(), body.blocks(), annotations);
        if (roots.size() != 1) {
            throw new AssertionError("expected one root, got " + roots.size());
        }
        return roots.get(0);
    }

    static Unit analyze(String fixture) {
        return analyze(MarkdownNormaliser.normalise(fixture, 1));
    }

    static Unit find(Unit root, String id) {
        return root.flatten().filter(u -> u.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no unit " + id + " in\n" + dump(root, "")));
    }

    static String dump(Unit unit, String indent) {
        StringBuilder out = new StringBuilder(indent + unit.id() + " " + unit.kind() + " " + unit.label() + " "
                + unit.span() + " L" + unit.provenance().sourceLine() + " " + unit.attributes() + "\n");
        unit.children().forEach(c -> out.append(dump(c, indent + "  ")));
        return out.toString();
    }
}
