package org.fond.core.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.fond.core.model.Text;
import org.fond.core.model.Unit;

/** What must hold of every unit tree: nesting, order, unique ids, and spans that round-trip. */
final class UnitInvariants {
    private UnitInvariants() {
    }

    /** Nesting, order and ids only (for texts without a source file). */
    static void check(Unit root, Text text) {
        assertThat(root.span().start()).isZero();
        assertThat(root.span().end()).isEqualTo(text.plain().length());
        Set<String> ids = new HashSet<>();
        root.flatten().forEach(u -> assertThat(ids.add(u.id())).as("unique id %s", u.id()).isTrue());
        checkNesting(root, text);
    }

    /** As above, and each unit's provenance line is the source line its text starts on. */
    static void check(Unit root, Text text, String sourceFile) {
        check(root, text);
        String[] lines = sourceFile.split("\n", -1);
        root.flatten().skip(1).forEach(unit -> {
            String start = unit.span().of(text.plain()).lines().findFirst().orElse("");
            String probe = start.substring(0, Math.min(8, start.length()));
            int line = unit.provenance().sourceLine();
            assertThat(unit.provenance().agent()).isEqualTo("structure");
            assertThat(line).as("line of %s", unit.id()).isBetween(1, lines.length);
            assertThat(lines[line - 1]).as("source line %d of %s", line, unit.id()).contains(probe);
            // the raw markup of the span begins with the same words the plain text does
            if (unit.label() != null) {
                assertThat(text.rawOf(unit.span())).startsWith(unit.label());
            }
        });
    }

    private static void checkNesting(Unit parent, Text text) {
        int previousEnd = parent.span().start();
        for (Unit child : parent.children()) {
            assertThat(parent.span().contains(child.span()))
                    .as("%s %s inside %s %s", child.id(), child.span(), parent.id(), parent.span()).isTrue();
            assertThat(child.span().start()).as("%s after its previous sibling", child.id())
                    .isGreaterThanOrEqualTo(previousEnd);
            assertThat(child.id()).startsWith(parent.kind() == org.fond.core.model.UnitKind.DOCUMENT ? "" : parent.id() + "/");
            if (child.label() != null) {
                assertThat(child.span().of(text.plain())).startsWith(child.label());
            }
            previousEnd = child.span().end();
            checkNesting(child, text);
        }
    }
}
