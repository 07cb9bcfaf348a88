package org.fond.core.apparatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fond.core.model.Annotation;
import org.fond.core.model.Provenance;
import org.fond.core.model.QualityFlag;
import org.fond.core.model.Span;

/**
 * Finds and classifies the editorial apparatus of a normalised plain text (MODEL.md §3): the
 * bracket frames ({@link BracketScanner}, {@link FrameClassifier}) and two unbracketed constructs,
 * the blank number field {@code Nº __} (F7, T6) and the editor's ellipsis at the start of a
 * paragraph ({@code ...17 December 1957}, F11). An ellipsis inside a sentence ({@code and...}) or
 * after a quote mark is the document's own punctuation and is left alone.
 */
public final class ApparatusParser {
    static final Pattern LEADING_ELLIPSIS = Pattern.compile(
            "(?:\\A|\\n[ \\t]*\\n)[ \\t]*(?<dots>\\.{3}(?!\\.)|\u2026)");

    /** The annotations and the data-quality flags of one text. */
    public record Result(List<Annotation> annotations, List<QualityFlag> flags) {
        public Result {
            annotations = List.copyOf(annotations);
            flags = List.copyOf(flags);
        }
    }

    private ApparatusParser() {
    }

    /**
     * Every apparatus frame of {@code plain} (paragraphs separated by blank lines) as typed
     * annotations whose spans cover the brackets, in document order. Never throws.
     */
    public static List<Annotation> parse(String plain) {
        return analyse(plain).annotations();
    }

    /**
     * The annotations of {@link #parse} plus a data-quality flag for each flagged annotation and each
     * stray closing bracket (MODEL.md §1.8 T9), whose offset the message gives.
     */
    public static Result analyse(String plain) {
        String text = plain == null ? "" : plain;
        BracketScanner.Scan scan = BracketScanner.scan(text);
        List<Annotation> annotations = new ArrayList<>(FrameClassifier.classify(text, scan.frames()));
        blankNumberFields(text, annotations);
        leadingEllipses(text, annotations);
        annotations.sort(Comparator.comparing(Annotation::span));
        List<QualityFlag> flags = new ArrayList<>();
        for (Annotation a : annotations) {
            for (String flag : a.flags()) {
                flags.add(new QualityFlag(flag, a.kind() + " at " + a.span().start() + "–" + a.span().end()
                        + " (" + a.provenance().rule() + ")", 0));
            }
        }
        for (int at : scan.strayBrackets()) {
            flags.add(new QualityFlag("stray-bracket", "closing bracket at " + at + " closes no frame", 0));
        }
        return new Result(annotations, flags);
    }

    /** {@code Secret Nº __}: the underscores are a form field left blank (A22), not literal text. */
    private static void blankNumberFields(String text, List<Annotation> out) {
        if (!text.contains("__")) {
            return; // a blank field is two underscores or more: without them there is nothing to find
        }
        Matcher m = NumberMarker.FIELD.matcher(text);
        while (m.find()) {
            if (m.group("value").startsWith("_")) {
                Span span = new Span(m.start("value"), m.end("value"));
                out.add(new Annotation.Blank(span, span.of(text), "number", java.util.Set.of(),
                        Provenance.of(FrameClassifier.AGENT, "blank-number-field")));
            }
        }
    }

    /**
     * {@code ...17 December 1957} at a paragraph start: the editor left earlier text out (A3). The
     * pattern is tried only where three dots or an ellipsis stand, at the paragraph start before them
     * (FRUS texts hold ellipses often, and a find over the whole text tried the pattern at every
     * character); {@code ApparatusParserTest} checks the matches against {@code find()}.
     */
    static void leadingEllipses(String text, List<Annotation> out) {
        Matcher m = null;
        for (int dots = nextDots(text, 0); dots >= 0; dots = nextDots(text, dots + 1)) {
            int start = paragraphStartBefore(text, dots);
            if (start < 0) {
                continue;
            }
            if (m == null) {
                // transparent, unanchored bounds: \A is the text's start, not the region's, as for find()
                m = LEADING_ELLIPSIS.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            m.region(start, text.length());
            if (m.lookingAt() && m.start("dots") == dots) {
                Span span = new Span(dots, m.end("dots"));
                out.add(new Annotation.Gap(span, span.of(text), "editorial-omission", null, java.util.Set.of(),
                        Provenance.of(FrameClassifier.AGENT, "leading-ellipsis")));
            }
        }
    }

    /** The next "..." or "…" at or after {@code from}, or -1. */
    private static int nextDots(String text, int from) {
        int three = text.indexOf("...", from);
        int one = text.indexOf('\u2026', from);
        return three < 0 ? one : one < 0 ? three : Math.min(three, one);
    }

    /**
     * Where the pattern's match would begin for dots at {@code dots}: the text's start, or the first line
     * end of a blank line, with only spaces and tabs between; -1 when the dots are not at a paragraph start.
     */
    private static int paragraphStartBefore(String text, int dots) {
        int p = dots;
        while (p > 0 && (text.charAt(p - 1) == ' ' || text.charAt(p - 1) == '\t')) {
            p--;
        }
        if (p == 0) {
            return 0;
        }
        if (text.charAt(p - 1) != '\n') {
            return -1;
        }
        int q = p - 1;
        while (q > 0 && (text.charAt(q - 1) == ' ' || text.charAt(q - 1) == '\t')) {
            q--;
        }
        return q > 0 && text.charAt(q - 1) == '\n' ? q - 1 : -1;
    }
}
