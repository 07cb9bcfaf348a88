package org.fond.ingest.wcda;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The header of a WCDA export as found (MODEL.md §1.4): the title block, the labelled fields in
 * file order, and the line where the body starts. Finding is separate from interpreting: this
 * class only cuts the file into fields; {@link WcdaExportReader} reads their values.
 *
 * <p>A field's value runs to the next label line. Contents is the last field of the export, and
 * its value is only content tokens, so the first line after them that is neither a token nor a
 * label starts the body. If an export has no Contents field, the last field's value is its first
 * paragraph, and the body starts after it.
 */
record ExportHeader(Optional<TitleBlock> titleBlock, List<Field> fields, int bodyIndex) {

    /** One labelled field: the label and its value lines, blank lines around the value left out. */
    record Field(Label label, List<Line> value) {
        Field {
            value = List.copyOf(value);
        }

        /** The value with line breaks and hard breaks replaced by one space (F3, T4). */
        String joined() {
            return String.join(" ", value.stream().map(Line::stripped).filter(s -> !s.isEmpty()).toList());
        }

        /** The source line of character {@code offset} of {@link #joined()}. */
        int lineAt(int offset) {
            int at = 0;
            int line = firstLine();
            for (Line l : value) {
                String part = l.stripped();
                if (part.isEmpty()) {
                    continue;
                }
                line = l.number();
                at += part.length() + 1;
                if (offset < at) {
                    break;
                }
            }
            return line;
        }

        /** The value as read, line breaks kept, trailing hard-break spaces dropped. */
        String asRead() {
            return String.join("\n", value.stream().map(l -> l.text().stripTrailing()).toList());
        }

        /** The line the value starts on, or the label's line when the value is empty. */
        int firstLine() {
            return value.isEmpty() ? label.line() : value.get(0).number();
        }
    }

    static ExportHeader parse(List<Line> lines) {
        int i = skipBlank(lines, 0);
        Optional<TitleBlock> title = TitleBlock.parse(lines, i);
        if (title.isPresent()) {
            i = title.get().next();
        }
        boolean contentsAhead = hasContentsLabel(lines, i);
        List<Field> fields = new ArrayList<>();
        while (true) {
            i = skipBlank(lines, i);
            Optional<Label> label = i < lines.size() ? Label.of(lines.get(i)) : Optional.empty();
            if (label.isEmpty()) {
                break;
            }
            i++;
            List<Line> value = new ArrayList<>();
            if (label.get().kind() == Label.Kind.CONTENTS) {
                contentsAhead = false;
                i = skipBlank(lines, i);
                while (i < lines.size() && ContentToken.parse(lines.get(i).text()).isPresent()) {
                    value.add(lines.get(i));
                    i = skipBlank(lines, i + 1);
                }
            } else if (contentsAhead) {
                while (i < lines.size() && Label.of(lines.get(i)).isEmpty()) {
                    value.add(lines.get(i));
                    i++;
                }
            } else {
                i = skipBlank(lines, i);
                while (i < lines.size() && !lines.get(i).isBlank() && Label.of(lines.get(i)).isEmpty()) {
                    value.add(lines.get(i));
                    i++;
                }
            }
            fields.add(new Field(label.get(), trimBlank(value)));
        }
        return new ExportHeader(title, fields, Math.min(skipBlank(lines, i), lines.size()));
    }

    Optional<Field> field(Label.Kind kind) {
        return fields.stream().filter(f -> f.label().kind() == kind).findFirst();
    }

    /** Whether a Contents label comes after {@code from} within the header zone. */
    private static boolean hasContentsLabel(List<Line> lines, int from) {
        // header fields are short; do not scan a whole body for a label
        int end = Math.min(lines.size(), from + 400);
        for (int i = from; i < end; i++) {
            Optional<Label> label = Label.of(lines.get(i));
            if (label.isPresent() && label.get().kind() == Label.Kind.CONTENTS) {
                return true;
            }
        }
        return false;
    }

    private static int skipBlank(List<Line> lines, int i) {
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    private static List<Line> trimBlank(List<Line> value) {
        int from = 0;
        int to = value.size();
        while (from < to && value.get(from).isBlank()) {
            from++;
        }
        while (to > from && value.get(to - 1).isBlank()) {
            to--;
        }
        return value.subList(from, to);
    }
}
