package org.fond.ingest.wcda;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A header label line (MODEL.md §1.4 {@code labelLine}, rule F1): one vocabulary, many decorations.
 * A heading mark of any level, bold or underline emphasis, the colon inside or outside the
 * emphasis, any case: {@code **Citation:**}, {@code #### Citation:}, {@code ## **Summary:**},
 * {@code ### **Contents:**}. Heading levels mean nothing here. A label Fond does not know
 * ({@code **Original Archive:**}) is recognised only with a colon and a decoration, so an ordinary
 * body line is never mistaken for one.
 */
record Label(String text, Kind kind, int line) {

    /** The labels of the export header; {@code UNKNOWN} is any other label, kept verbatim. */
    enum Kind {
        CITATION, SUMMARY, CREDITS, ORIGINAL_LANGUAGE, CONTENTS, UNKNOWN;

        static Kind of(String label) {
            return switch (label.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")) {
                case "citation", "citations" -> CITATION;
                case "summary", "summaries" -> SUMMARY;
                case "credits", "credit" -> CREDITS;
                case "original language", "original languages", "original language(s)" -> ORIGINAL_LANGUAGE;
                case "contents", "content" -> CONTENTS;
                default -> UNKNOWN;
            };
        }
    }

    private static final Pattern LABEL = Pattern.compile(
            "^ {0,3}(?:(#{1,6})[ \\t]+)?(\\*\\*|__)?[ \\t]*(\\p{L}[\\p{L} ()&/'-]{0,48}?)[ \\t]*(:)?[ \\t]*"
                    + "(\\*\\*|__)?[ \\t]*(:)?[ \\t]*$");

    /** The label on {@code line}, if the line is a label line. */
    static Optional<Label> of(Line line) {
        Matcher m = LABEL.matcher(line.text());
        if (!m.matches()) {
            return Optional.empty();
        }
        String open = m.group(2);
        String close = m.group(5);
        if (open != null ? !open.equals(close) : close != null) {
            return Optional.empty();
        }
        String text = m.group(3).strip();
        Kind kind = Kind.of(text);
        boolean colon = m.group(4) != null || m.group(6) != null;
        boolean decorated = m.group(1) != null || open != null;
        if (kind == Kind.UNKNOWN && !(colon && decorated && text.split(" ").length <= 5)) {
            return Optional.empty();
        }
        if (kind != Kind.UNKNOWN && !colon && !decorated) {
            return Optional.empty();
        }
        return Optional.of(new Label(text, kind, line.number()));
    }
}
