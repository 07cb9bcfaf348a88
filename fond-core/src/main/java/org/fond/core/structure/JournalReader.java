package org.fond.core.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fond.core.model.Annotation;
import org.fond.core.model.Span;
import org.fond.core.model.Unit;
import org.fond.core.model.UnitKind;
import org.fond.core.text.Block;

/**
 * Splits a body into journal entries at their datelines ({@code ...17 December 1957}). A date on a
 * line of its own opens an entry only when the text is a journal: its heading says so, the
 * dateline follows an editorial omission, or several such datelines divide the body. Otherwise
 * the body is grouped as it stands. A leading ellipsis is the editor's omission of earlier
 * entries (F11, A3) and becomes its own unit before the entry.
 */
final class JournalReader {
    private final Reading reading;
    private final BodyGrouper grouper;

    JournalReader(Reading reading, BodyGrouper grouper) {
        this.reading = reading;
        this.grouper = grouper;
    }

    List<Unit> read(List<Block> body, String headingText, Ids ids) {
        List<Integer> datelines = new ArrayList<>();
        boolean omission = false;
        for (int i = 0; i < body.size(); i++) {
            String s = reading.of(body.get(i)).strip();
            if (body.get(i).kind() == Block.Kind.PARAGRAPH && FormalLines.dateline(s).isPresent()) {
                datelines.add(i);
                omission |= s.startsWith("..");
            }
        }
        String heading = headingText.toLowerCase(Locale.ROOT);
        boolean journal = !datelines.isEmpty()
                && (omission || datelines.size() > 1 || heading.contains("journal") || heading.contains("diary"));
        if (!journal) {
            return grouper.group(body, ids);
        }
        List<Unit> units = new ArrayList<>(grouper.group(body.subList(0, datelines.get(0)), ids));
        for (int k = 0; k < datelines.size(); k++) {
            int start = datelines.get(k);
            int end = k + 1 < datelines.size() ? datelines.get(k + 1) : body.size();
            units.addAll(entry(body.subList(start, end), ids));
        }
        return units;
    }

    private List<Unit> entry(List<Block> blocks, Ids ids) {
        Block dateline = blocks.get(0);
        String text = reading.of(dateline);
        List<Unit> units = new ArrayList<>();
        int entryStart = dateline.span().start();
        Optional<Span> gap = omissionSpan(dateline, text);
        if (gap.isPresent()) {
            units.add(reading.unit(ids.next(UnitKind.ANNOTATION), UnitKind.ANNOTATION, null, gap.get(),
                    new Reading.Attributes().add("apparatus", "gap").add("reason", "editorial-omission").asMap(),
                    List.of(), "editorial-omission"));
            entryStart = gap.get().end();
            while (entryStart < dateline.span().end() && Character.isWhitespace(reading.plain().charAt(entryStart))) {
                entryStart++;
            }
        }
        String id = ids.next(UnitKind.JOURNAL_ENTRY);
        List<Unit> children = grouper.group(blocks.subList(1, blocks.size()), new Ids(id));
        Span span = new Span(entryStart, blocks.get(blocks.size() - 1).span().end());
        Reading.Attributes attributes = new Reading.Attributes()
                .add("dateline", FormalLines.dateline(text).orElse(text.strip()));
        units.add(reading.unit(id, UnitKind.JOURNAL_ENTRY, null, span, attributes.asMap(), children, "dated-entry"));
        return units;
    }

    /** The editor's ellipsis before a dateline: the apparatus parser's gap when given, else the dots. */
    private Optional<Span> omissionSpan(Block dateline, String text) {
        for (Annotation a : reading.within(dateline.span())) {
            if (a instanceof Annotation.Gap g && g.span().start() == dateline.span().start()
                    && g.surface().strip().matches("[.…]+")) {
                return Optional.of(g.span());
            }
        }
        int dots = 0;
        while (dots < text.length() && (text.charAt(dots) == '.' || text.charAt(dots) == '…')) {
            dots++;
        }
        int start = dateline.span().start();
        return dots >= 2 || text.startsWith("…") ? Optional.of(new Span(start, start + dots)) : Optional.empty();
    }
}
