package org.fond.core.model;

import java.util.Set;

/**
 * A typed, stand-off note over the plain text: editorial apparatus (MODEL.md §3) and Fond's own
 * markers. The text is never edited; {@code surface} is always {@code text.plain().substring(span)}.
 * The set is closed: a new kind of apparatus is a new case here and in the classifier.
 */
public sealed interface Annotation {
    Span span();

    /** The text the annotation covers, exactly as it stands in the plain text. */
    String surface();

    /** Data-quality flags such as {@code unclosed-bracket} or {@code bracket-imbalance}. */
    Set<String> flags();

    Provenance provenance();

    /** The voice of the covered text. */
    Layer layer();

    /** A stable, lower-case name of the kind, used in JSON and the index. */
    String kind();

    /** Handwriting on the original, e.g. {@code [handwritten: To Cde. Torbenkov …]}. */
    record HandwrittenAddition(Span span, String surface, String label, String content,
                               Set<String> flags, Provenance provenance) implements Annotation {
        public Layer layer() { return Layer.ARCHIVAL_ADDITION; }
        public String kind() { return "handwritten"; }
    }

    /** A stamp on the original; {@code stampType} is the label before the colon ("Stamp", "USSR MFA Stamp"). */
    record Stamp(Span span, String surface, String stampType, String condition, String content,
                 Set<String> flags, Provenance provenance) implements Annotation {
        public Layer layer() { return Layer.ARCHIVAL_ADDITION; }
        public String kind() { return "stamp"; }
    }

    /**
     * Text that cannot be read or was left out: {@code reason} is {@code illegible} or
     * {@code editorial-omission}; {@code unit} says what is missing (initials, signature, remainder…).
     */
    record Gap(Span span, String surface, String reason, String unit,
               Set<String> flags, Provenance provenance) implements Annotation {
        public Layer layer() { return Layer.TRANSLATOR; }
        public String kind() { return "gap"; }
    }

    /**
     * Words or letters the translator supplied: {@code reason} is {@code restored} for letters
     * glued to a word ({@code [[Kuz]]netsov}) and {@code clarification} for words ({@code [me]}).
     */
    record Supplied(Span span, String surface, String content, String reason,
                    Set<String> flags, Provenance provenance) implements Annotation {
        public Layer layer() { return Layer.TRANSLATOR; }
        public String kind() { return "supplied"; }
    }

    /** {@code [sic]}, optionally with the translator's correction ({@code [sic; November]}). */
    record Sic(Span span, String surface, String correction,
               Set<String> flags, Provenance provenance) implements Annotation {
        public Layer layer() { return Layer.TRANSLATOR; }
        public String kind() { return "sic"; }
    }

    /** {@code [Translator's note: …]}. */
    record TranslatorNote(Span span, String surface, String content,
                          Set<String> flags, Provenance provenance) implements Annotation {
        public Layer layer() { return Layer.TRANSLATOR; }
        public String kind() { return "translator-note"; }
    }

    /** The original wording, transliterated: {@code [berut plokho]}, {@code [artel']}. */
    record OriginalWording(Span span, String surface, String content, String language,
                           Set<String> flags, Provenance provenance) implements Annotation {
        public Layer layer() { return Layer.TRANSLATOR; }
        public String kind() { return "original-wording"; }
    }

    /** Another romanization of the name just before it: {@code Choe Yong-geon [Choe Yong Gon]}. */
    record AltRomanization(Span span, String surface, String content,
                           Set<String> flags, Provenance provenance) implements Annotation {
        public Layer layer() { return Layer.TRANSLATOR; }
        public String kind() { return "alt-romanization"; }
    }

    /** A gloss of a foreign title: {@code Renmin Ribao [People's Daily]}. */
    record Gloss(Span span, String surface, String content,
                 Set<String> flags, Provenance provenance) implements Annotation {
        public Layer layer() { return Layer.TRANSLATOR; }
        public String kind() { return "gloss"; }
    }

    /** A blank left in the original: {@code Nº __}, {@code [date left blank]}. Blank is not unknown. */
    record Blank(Span span, String surface, String field,
                 Set<String> flags, Provenance provenance) implements Annotation {
        public Layer layer() { return Layer.ORIGINAL; }
        public String kind() { return "blank"; }
    }

    /** {@code [signature]}: a signature is present on the original but not transcribed. */
    record SignatureMark(Span span, String surface,
                         Set<String> flags, Provenance provenance) implements Annotation {
        public Layer layer() { return Layer.TRANSLATOR; }
        public String kind() { return "signature"; }
    }

    /** Any other bracketed editorial remark, kept for human review. */
    record EditorialNote(Span span, String surface, String content,
                         Set<String> flags, Provenance provenance) implements Annotation {
        public Layer layer() { return Layer.TRANSLATOR; }
        public String kind() { return "editorial-note"; }
    }

    /** An archival reference the editor inserted into the body (not document text). */
    record EditorialSourceNote(Span span, String surface,
                               Set<String> flags, Provenance provenance) implements Annotation {
        public Layer layer() { return Layer.EDITORIAL; }
        public String kind() { return "editorial-source-note"; }
    }

    /**
     * Where Fond joined a paragraph split by a page break; {@code span} covers the one joining
     * space, whose raw form (the blank line) the offset map keeps.
     */
    record PageBreak(Span span, String surface, boolean inferred,
                     Set<String> flags, Provenance provenance) implements Annotation {
        public Layer layer() { return Layer.PLATFORM; }
        public String kind() { return "page-break"; }
    }
}
