package org.fond.core.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fond.core.model.Span;
import org.fond.core.model.Unit;
import org.fond.core.model.UnitKind;
import org.fond.core.text.Block;

/**
 * Groups the body blocks of a (sub-)document or journal entry into paragraphs, enumerated topics
 * and lists (MODEL.md §4.3, F8). An ordinal topic ({@code First.}) runs until the next ordinal,
 * a closing formula, or a paragraph that opens another free-standing list; a free-standing item
 * ({@code a)}) takes the paragraphs up to the next item of the same list, while the last item
 * takes none, since nothing tells its continuation from the text after the list.
 */
final class BodyGrouper {
    private final Reading reading;

    BodyGrouper(Reading reading) {
        this.reading = reading;
    }

    List<Unit> group(List<Block> blocks, Ids ids) {
        List<Unit> units = new ArrayList<>();
        int i = 0;
        while (i < blocks.size()) {
            Block block = blocks.get(i);
            Optional<Enumerator> enumerator = enumerator(block);
            UnitKind apparatus = reading.apparatusKind(block);
            if (apparatus != null) {
                units.add(apparatusUnit(block, apparatus, ids));
                i++;
            } else if (isHeading(block)) {
                units.add(heading(List.of(block), ids));
                i++;
            } else if (block.kind() == Block.Kind.LIST_ITEM) {
                int end = i;
                while (end < blocks.size() && blocks.get(end).kind() == Block.Kind.LIST_ITEM) {
                    end++;
                }
                units.add(bulletList(blocks.subList(i, end), ids));
                i = end;
            } else if (enumerator.isPresent() && enumerator.get().ordinal()) {
                int end = topicEnd(blocks, i);
                units.add(item(UnitKind.TOPIC, ids.next(UnitKind.TOPIC), enumerator.get(), blocks.subList(i, end)));
                i = end;
            } else if (enumerator.isPresent()) {
                int end = freeListEnd(blocks, i, enumerator.get().style());
                units.add(freeList(blocks.subList(i, end), enumerator.get().style(), ids));
                i = end;
            } else {
                units.add(paragraph(block, ids));
                i++;
            }
        }
        return units;
    }

    Unit paragraph(Block block, Ids ids) {
        String text = reading.of(block);
        Reading.Attributes attributes = new Reading.Attributes();
        attributes.addAll("present", Conversation.present(text));
        Conversation.duration(text).ifPresent(d -> attributes.add("duration", d));
        String rule = attributes.has("present") || attributes.has("duration") ? "closing-formula" : "paragraph";
        FormalLines.dateline(text).ifPresent(d -> attributes.add("dateline", d));
        return reading.unit(ids.next(UnitKind.PARAGRAPH), UnitKind.PARAGRAPH, null, block.span(),
                attributes.asMap(), List.of(), rule);
    }

    Unit apparatusUnit(Block block, UnitKind kind, Ids ids) {
        Reading.Attributes attributes = new Reading.Attributes();
        String text = reading.of(block);
        if (kind == UnitKind.STAMP) {
            attributes.addAll("registryNos", FormalLines.stampRegistryNumbers(text));
        } else if (kind == UnitKind.ANNOTATION) {
            attributes.add("apparatus", reading.apparatusName(block));
        }
        return reading.unit(ids.next(kind), kind, null, block.span(), attributes.asMap(), List.of(),
                "apparatus-" + kind.id());
    }

    /** A heading with the lines that continue it ({@code JOURNAL} / {@code of Soviet Ambassador …}). */
    Unit heading(List<Block> blocks, Ids ids) {
        Span span = Reading.spanOf(blocks);
        String title = span.of(reading.plain()).replaceAll("\\s+", " ").strip();
        return reading.unit(ids.next(UnitKind.HEADING), UnitKind.HEADING, null, span,
                new Reading.Attributes().add("title", title).asMap(), List.of(), "heading");
    }

    /** A marked heading, or an unmarked line in capitals that names a kind of document. */
    boolean isHeading(Block block) {
        if (block.kind() == Block.Kind.HEADING) {
            return true;
        }
        String s = reading.of(block).strip();
        return block.kind() == Block.Kind.PARAGRAPH && FormalLines.isCapitals(s) && !s.contains("\n")
                && s.split("\\s+").length <= 10 && s.matches("(?s).*\\b(?:RESOLUTION|MEMORANDUM|MEMO|REPORT|RECORD"
                + "|JOURNAL|DIARY|TELEGRAM|LETTER|INFORMATION|DECREE|MINUTES|PROTOCOL|DIRECTIVE|INSTRUCTIONS?)\\b.*");
    }

    boolean isClosingFormula(Block block) {
        String text = reading.of(block);
        return block.kind() == Block.Kind.PARAGRAPH
                && (Conversation.duration(text).isPresent() || !Conversation.present(text).isEmpty());
    }

    Optional<Enumerator> enumerator(Block block) {
        return block.kind() == Block.Kind.HEADING ? Optional.empty() : Enumerator.at(reading.of(block));
    }

    private boolean freeItem(Block block) {
        return block.kind() == Block.Kind.PARAGRAPH && enumerator(block).filter(e -> !e.ordinal()).isPresent();
    }

    private boolean stops(Block block) {
        return isHeading(block) || isClosingFormula(block) || enumerator(block).filter(Enumerator::ordinal).isPresent()
                || reading.apparatusKind(block) == UnitKind.STAMP;
    }

    private int topicEnd(List<Block> blocks, int start) {
        Enumerator.Style nested = null;
        boolean opensList = reading.of(blocks.get(start)).stripTrailing().endsWith(":");
        int j = start + 1;
        for (; j < blocks.size(); j++) {
            Block b = blocks.get(j);
            if (stops(b)) {
                break;
            }
            if (freeItem(b)) {
                Enumerator.Style style = enumerator(b).orElseThrow().style();
                if (style == nested || (nested == null && j == start + 1 && opensList)) {
                    nested = style;
                    continue;
                }
                break;
            }
            // a later paragraph that introduces a list of its own ends the topic ("in return informed him:")
            if (b.kind() == Block.Kind.PARAGRAPH && reading.of(b).stripTrailing().endsWith(":")
                    && j + 1 < blocks.size() && freeItem(blocks.get(j + 1))
                    && enumerator(blocks.get(j + 1)).orElseThrow().style() != nested) {
                break;
            }
        }
        return j;
    }

    private int freeListEnd(List<Block> blocks, int start, Enumerator.Style style) {
        int end = start + 1;
        int j = start + 1;
        while (j < blocks.size()) {
            Block b = blocks.get(j);
            if (freeItem(b) && enumerator(b).orElseThrow().style() == style) {
                end = j + 1;
                j++;
            } else if (b.kind() == Block.Kind.PARAGRAPH && !stops(b) && !freeItem(b)
                    && reading.apparatusKind(b) == null) {
                j++;
            } else {
                break;
            }
        }
        return end;
    }

    private Unit freeList(List<Block> blocks, Enumerator.Style style, Ids ids) {
        String listId = ids.next(UnitKind.LIST);
        Ids itemIds = new Ids(listId);
        List<Unit> items = new ArrayList<>();
        int i = 0;
        while (i < blocks.size()) {
            int end = i + 1;
            while (end < blocks.size() && !freeItem(blocks.get(end))) {
                end++;
            }
            Enumerator e = enumerator(blocks.get(i)).orElseThrow();
            items.add(item(UnitKind.LIST_ITEM, itemIds.item(e.idSegment(), items.size() + 1), e, blocks.subList(i, end)));
            i = end;
        }
        return reading.unit(listId, UnitKind.LIST, null, Reading.spanOf(blocks),
                new Reading.Attributes().add("style", style.name().toLowerCase(java.util.Locale.ROOT)).asMap(),
                items, "free-standing-list");
    }

    private Unit bulletList(List<Block> blocks, Ids ids) {
        String listId = ids.next(UnitKind.LIST);
        Ids itemIds = new Ids(listId);
        List<Unit> items = new ArrayList<>();
        Enumerator.Style style = null;
        for (Block block : blocks) {
            Optional<Enumerator> e = enumerator(block);
            style = style == null ? e.map(Enumerator::style).orElse(null) : style;
            String id = itemIds.item(e.map(Enumerator::idSegment).orElse(null), items.size() + 1);
            items.add(reading.unit(id, UnitKind.LIST_ITEM, e.map(Enumerator::label).orElse(null), block.span(),
                    new Reading.Attributes().add("bullet", block.marker()).asMap(), List.of(), "bulleted-item"));
        }
        Reading.Attributes attributes = new Reading.Attributes()
                .add("style", style == null ? "bullet" : style.name().toLowerCase(java.util.Locale.ROOT));
        return reading.unit(listId, UnitKind.LIST, null, Reading.spanOf(blocks), attributes.asMap(), items,
                "bulleted-list");
    }

    /** A topic or list item; one that runs over several blocks gets them as children. */
    private Unit item(UnitKind kind, String id, Enumerator enumerator, List<Block> blocks) {
        List<Unit> children = new ArrayList<>();
        if (blocks.size() > 1) {
            Ids childIds = new Ids(id);
            children.add(paragraph(blocks.get(0), childIds));
            children.addAll(group(blocks.subList(1, blocks.size()), childIds));
        }
        String rule = kind == UnitKind.TOPIC ? "ordinal-topic" : "free-standing-item";
        return reading.unit(id, kind, enumerator.label(), Reading.spanOf(blocks),
                new Reading.Attributes().asMap(), children, rule);
    }
}
