package org.fond.core.structure;

import java.util.List;
import org.fond.core.model.Annotation;
import org.fond.core.model.Text;
import org.fond.core.model.Unit;
import org.fond.core.text.Block;

/** Builds the unit tree of a text. STUB: replaced by the structure rules. */
public final class StructureAnalyzer {
    private StructureAnalyzer() {
    }

    /** The unit tree (one root per document; sub-documents under it) for a normalised text. */
    public static List<Unit> analyze(Text text, List<Block> blocks, List<Annotation> annotations) {
        return List.of();
    }
}
