package org.fond.core.text;

import java.util.List;
import org.fond.core.model.Annotation;
import org.fond.core.model.Text;

/** The result of normalising a source body: the text, its blocks, and the page-break joins made. */
public record NormalisedText(Text text, List<Block> blocks, List<Annotation.PageBreak> pageBreaks) {
    public NormalisedText {
        blocks = List.copyOf(blocks);
        pageBreaks = List.copyOf(pageBreaks);
    }
}
