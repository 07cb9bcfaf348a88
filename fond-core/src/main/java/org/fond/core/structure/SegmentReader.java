package org.fond.core.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fond.core.model.Unit;
import org.fond.core.model.UnitKind;
import org.fond.core.text.Block;

/**
 * Reads one document or sub-document: the opener (leading formal lines and apparatus), its
 * heading, the body, and the closer (trailing signatures, dateline, registry number and
 * authentication). The formal elements become attributes of the (sub-)document itself
 * (classification, copyNo, status, addressees, registryNos), the closer keeping its own.
 */
final class SegmentReader {
    /** What a segment holds: its child units and the attributes of the (sub-)document. */
    record Result(List<Unit> units, Reading.Attributes attributes) {
    }

    private final Reading reading;
    private final BodyGrouper grouper;

    SegmentReader(Reading reading) {
        this.reading = reading;
        this.grouper = new BodyGrouper(reading);
    }

    Result read(List<Block> blocks, String id) {
        Ids ids = new Ids(id);
        Reading.Attributes attributes = new Reading.Attributes();
        List<Unit> units = new ArrayList<>();
        int i = 0;
        List<Unit> opener = new ArrayList<>();
        Ids openerIds = new Ids(id.isEmpty() ? "opener" : id + "/opener");
        while (i < blocks.size() && !grouper.isHeading(blocks.get(i))) {
            Unit unit = openerUnit(blocks.get(i), openerIds, attributes);
            if (unit == null) {
                break;
            }
            opener.add(unit);
            i++;
        }
        if (!opener.isEmpty()) {
            units.add(reading.unit(ids.next(UnitKind.OPENER), UnitKind.OPENER, null,
                    Reading.spanOf(blocks.subList(0, i)), null, opener, "opener"));
        }
        String headingText = "";
        while (i < blocks.size() && grouper.isHeading(blocks.get(i))) {
            int end = i + 1;
            while (end < blocks.size() && continuesHeading(blocks.get(end))) {
                end++;
            }
            Unit heading = grouper.heading(blocks.subList(i, end), ids);
            headingText += heading.attribute("title") + " ";
            units.add(heading);
            i = end;
        }
        int closerStart = blocks.size();
        Reading.Attributes closerAttributes = new Reading.Attributes();
        while (closerStart > i && closerLines(blocks.get(closerStart - 1), new Reading.Attributes())) {
            closerStart--;
        }
        for (Block block : blocks.subList(closerStart, blocks.size())) {
            closerLines(block, closerAttributes);
        }
        units.addAll(new JournalReader(reading, grouper).read(blocks.subList(i, closerStart), headingText, ids));
        if (closerStart < blocks.size()) {
            units.add(reading.unit(ids.next(UnitKind.CLOSER), UnitKind.CLOSER, null,
                    Reading.spanOf(blocks.subList(closerStart, blocks.size())), closerAttributes.asMap(),
                    List.of(), "closer"));
        }
        // registry numbers in document order: the incoming stamp before the sender's outgoing number
        for (Unit u : Unit.depthFirst(units)) {
            if (u.kind() == UnitKind.STAMP) {
                attributes.addAll("registryNos", u.attributes().getOrDefault("registryNos", List.of()));
            }
        }
        attributes.addAll("registryNos", closerAttributes.get("registryNos"));
        return new Result(units, attributes);
    }

    /** The opener unit for a formal block, recording its elements on {@code attributes}; null otherwise. */
    private Unit openerUnit(Block block, Ids ids, Reading.Attributes attributes) {
        UnitKind apparatus = reading.apparatusKind(block);
        if (apparatus != null) {
            return grouper.apparatusUnit(block, apparatus, ids);
        }
        if (block.kind() != Block.Kind.PARAGRAPH) {
            return null;
        }
        Reading.Attributes found = new Reading.Attributes();
        boolean allAddress = true;
        boolean sourceNote = false;
        for (String line : reading.of(block).split("\n")) {
            if (FormalLines.isMarking(line)) {
                FormalLines.classification(line).ifPresent(c -> found.add("classification", c));
                FormalLines.copyNumber(line).ifPresent(c -> found.add("copyNo", c));
                allAddress = false;
            } else if (FormalLines.status(line).isPresent()) {
                found.add("status", FormalLines.status(line).get());
                allAddress = false;
            } else if (FormalLines.isSourceNote(line)) {
                sourceNote = true;
                allAddress = false;
            } else if (FormalLines.dateline(line).isPresent()) {
                found.add("dateline", FormalLines.dateline(line).get());
                allAddress = false;
            } else if (FormalLines.addressee(line).isPresent()) {
                found.add("addressees", FormalLines.addressee(line).get());
            } else {
                return null;
            }
        }
        for (String key : List.of("classification", "copyNo", "status", "dateline")) {
            found.get(key).forEach(v -> attributes.putIfAbsent(key, v));
        }
        attributes.addAll("addressees", found.get("addressees"));
        UnitKind kind = sourceNote ? UnitKind.EDITORIAL_SOURCE_NOTE : allAddress ? UnitKind.ADDRESS : UnitKind.PARAGRAPH;
        return reading.unit(ids.next(kind), kind, null, block.span(), found.asMap(), List.of(), "opener-" + kind.id());
    }

    /** A title running on after its heading: lower-case start, no sentence end ({@code of Soviet …}). */
    private boolean continuesHeading(Block block) {
        String s = reading.of(block).strip();
        return block.kind() == Block.Kind.PARAGRAPH && !s.isEmpty() && Character.isLowerCase(s.codePointAt(0))
                && !s.matches("(?s).*[.!?:;]$") && s.length() <= 300 && reading.apparatusKind(block) == null;
    }

    /** True when every line of the block is a closer line; their elements go on {@code attributes}. */
    private boolean closerLines(Block block, Reading.Attributes attributes) {
        if (block.kind() != Block.Kind.PARAGRAPH) {
            return false;
        }
        for (String line : reading.of(block).split("\n")) {
            Optional<List<String>> signatories = FormalLines.signatories(line);
            if (signatories.isPresent()) {
                attributes.addAll("signatories", signatories.get());
            } else if (FormalLines.dateline(line).isPresent()) {
                attributes.add("dateline", FormalLines.dateline(line).get());
            } else if (FormalLines.registryNumber(line).isPresent()) {
                attributes.add("registryNos", "outgoing:" + FormalLines.registryNumber(line).get());
            } else if (FormalLines.authentication(line).isPresent()) {
                attributes.add("authentication", FormalLines.authentication(line).get());
            } else if (!FormalLines.isSignatureOnly(line)) {
                return false;
            }
        }
        return true;
    }
}
