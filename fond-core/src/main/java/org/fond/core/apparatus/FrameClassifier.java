package org.fond.core.apparatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fond.core.model.Annotation;
import org.fond.core.model.Provenance;
import org.fond.core.model.Span;

/**
 * Classifies scanned {@link Frame}s with the ordered rules of MODEL.md §3.3; the first rule that
 * matches wins and is recorded as the annotation's {@link Provenance#rule()}. Absent optional values
 * (a stamp's condition, a gap's unit, a sic's correction, a blank's field) are null, never guessed.
 */
public final class FrameClassifier {
    static final String AGENT = "apparatus";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern HANDWRITTEN = Pattern.compile(
            "^(?<label>handwritten note|handwritten entry|handwritten|handwriting)\\s*:\\s*(?<rest>.*)$", FLAGS);
    private static final Pattern STAMP = Pattern.compile(
            "^(?<label>(?<cond>faded|partial) image of (?:a )?stamp|(?:[\\p{L}\\p{N}.'\u2019 -]{0,40}?\\s)?stamp)"
                    + "\\s*(?::\\s*(?<rest>.*))?$", FLAGS);
    private static final Pattern TRANSLATOR_NOTE = Pattern.compile(
            "^translator['\u2019]?s note\\s*:\\s*(?<rest>.*)$", FLAGS);
    private static final Pattern SIC = Pattern.compile("^sic!?\\s*(?:[;:,]\\s*(?<corr>.+))?$", FLAGS);
    private static final Pattern REMAINDER = Pattern.compile("^(?:the )?remainder (?:is )?illegible\\.?$", FLAGS);
    private static final Pattern ILLEGIBLE = Pattern.compile("^illegible(?<rest>.*)$", FLAGS);
    private static final Pattern UNIT_FIRST = Pattern.compile("^(?<unit>[\\p{L} ]{1,30}?)\\s+(?:is |are )?illegible$", FLAGS);
    private static final Set<String> GAP_UNITS = Set.of("signature", "signatures", "initials", "surname", "name",
            "word", "words", "text", "handwriting", "line", "lines", "date", "number", "letters");
    private static final Pattern SIGNATURE = Pattern.compile("^signature$", FLAGS);
    private static final Pattern LEFT_BLANK = Pattern.compile("^(?:(?<field>[\\p{L} ]{1,30}?)\\s+)?left blank$", FLAGS);
    private static final Pattern OMISSION = Pattern.compile("^(?:\u2026|\\.{3})$");
    private static final Pattern FEW_WORDS = Pattern.compile(
            "^\\p{L}[\\p{L}'\u2019\\-]*(?:\\s+\\p{L}[\\p{L}'\u2019\\-]*){0,2}$");
    private static final Pattern TITLE_WORD = Pattern.compile("\\p{Lu}[\\p{L}'\u2019\\-]*\\.?");

    private FrameClassifier() {
    }

    /** One annotation per frame, in the frames' order. */
    public static List<Annotation> classify(String plain, List<Frame> frames) {
        List<Annotation> out = new ArrayList<>(frames.size());
        for (Frame frame : frames) {
            Annotation parent = frame.parent() >= 0 ? out.get(frame.parent()) : null;
            out.add(classify(plain, frame, parent));
        }
        return out;
    }

    /** The annotation for one frame; {@code parent} is the enclosing frame's annotation or null. */
    public static Annotation classify(String plain, Frame f, Annotation parent) {
        Span span = f.span();
        String surface = f.rawText();
        Set<String> flags = f.flags();
        String content = collapse(f.innerText(plain));
        Matcher m;
        if ((m = HANDWRITTEN.matcher(content)).matches()) {
            return new Annotation.HandwrittenAddition(span, surface, m.group("label"), unquote(m.group("rest")),
                    flags, rule("handwritten-label"));
        }
        if ((m = STAMP.matcher(content)).matches()) {
            String cond = m.group("cond") == null ? null : m.group("cond").toLowerCase(Locale.ROOT);
            String rest = m.group("rest") == null ? "" : m.group("rest");
            return new Annotation.Stamp(span, surface, m.group("label").strip(), cond, rest, flags, rule("stamp-label"));
        }
        if ((m = TRANSLATOR_NOTE.matcher(content)).matches()) {
            return new Annotation.TranslatorNote(span, surface, m.group("rest"), flags, rule("translator-note-label"));
        }
        if ((m = SIC.matcher(content)).matches()) {
            return new Annotation.Sic(span, surface, m.group("corr"), flags, rule("sic"));
        }
        Annotation gap = illegible(span, surface, content, flags);
        if (gap != null) {
            return gap;
        }
        if (SIGNATURE.matcher(content).matches()) {
            return new Annotation.SignatureMark(span, surface, flags, rule("signature"));
        }
        if ((m = LEFT_BLANK.matcher(content)).matches()) {
            String field = m.group("field") != null ? m.group("field").toLowerCase(Locale.ROOT)
                    : NumberMarker.endsWithMarker(before(plain, span.start(), 8)) ? "number" : null;
            return new Annotation.Blank(span, surface, field, flags, rule("left-blank"));
        }
        if (OMISSION.matcher(content).matches()) {
            return new Annotation.Gap(span, surface, "editorial-omission", null, flags, rule("editorial-omission"));
        }
        if (f.doubled() && !content.isEmpty() && content.chars().noneMatch(Character::isWhitespace)) {
            if (gluedToWord(plain, span)) {
                return new Annotation.Supplied(span, surface, content, "restored", flags, rule("restored-letters"));
            }
        }
        if (f.doubled() && isArchivalAddition(parent)
                && (FEW_WORDS.matcher(content).matches() || content.matches("[\\p{N}/.\\-]+"))) {
            // inside handwriting or a stamp, [[…]] is the translator's reading of marks on the original
            return new Annotation.Supplied(span, surface, content, "restored", flags, rule("restored-in-addition"));
        }
        if (ForeignWording.isRussianWording(content)) {
            return new Annotation.OriginalWording(span, surface, content, "ru-Latn", flags,
                    rule("original-wording-transliteration"));
        }
        List<String> words = ForeignWording.words(content);
        List<String> previous = titleBefore(plain, span.start());
        if (ForeignWording.isNameLike(words) && ForeignWording.isNameLike(previous)
                && ForeignWording.isAltRomanization(previous, words)) {
            return new Annotation.AltRomanization(span, surface, content, flags, rule("alt-romanization"));
        }
        if (!words.isEmpty() && words.size() <= 6 && Character.isUpperCase(content.codePointAt(0))
                && ForeignWording.isRomanizedTitle(previous)) {
            return new Annotation.Gloss(span, surface, content, flags, rule("gloss-after-foreign-title"));
        }
        if (FEW_WORDS.matcher(content).matches()) {
            return new Annotation.Supplied(span, surface, content, "clarification", flags, rule("supplied-words"));
        }
        return new Annotation.EditorialNote(span, surface, content, flags, rule("editorial-note"));
    }

    private static Annotation illegible(Span span, String surface, String content, Set<String> flags) {
        if (REMAINDER.matcher(content).matches()) {
            return new Annotation.Gap(span, surface, "illegible", "remainder", flags, rule("illegible"));
        }
        Matcher m = ILLEGIBLE.matcher(content);
        if (m.matches()) {
            // "illegible initials", "illegible signature followed by …": the first word names the unit
            String rest = m.group("rest").strip();
            String first = rest.isEmpty() ? "" : rest.split("[\\s,;:]+")[0].toLowerCase(Locale.ROOT);
            String unit = GAP_UNITS.contains(first) ? first : null;
            if (rest.isEmpty() || unit != null || ",;:(".indexOf(m.group("rest").charAt(0)) >= 0) {
                return new Annotation.Gap(span, surface, "illegible", unit, flags, rule("illegible"));
            }
        }
        m = UNIT_FIRST.matcher(content);
        if (m.matches()) {
            return new Annotation.Gap(span, surface, "illegible", m.group("unit").toLowerCase(Locale.ROOT), flags,
                    rule("illegible"));
        }
        return null;
    }

    private static boolean isArchivalAddition(Annotation parent) {
        return parent instanceof Annotation.HandwrittenAddition || parent instanceof Annotation.Stamp;
    }

    /** {@code [[Kuz]]netsov}, {@code N. [[Ye]].}: a letter or digit touches the brackets. */
    private static boolean gluedToWord(String plain, Span span) {
        boolean before = span.start() > 0 && Character.isLetterOrDigit(plain.charAt(span.start() - 1));
        boolean after = span.end() < plain.length() && Character.isLetterOrDigit(plain.charAt(span.end()));
        boolean glued = before || after;
        if (!glued && span.end() < plain.length() && plain.charAt(span.end()) == '.') {
            // an initial: "N. [[Ye]]." restores the letters of an abbreviated name
            glued = span.start() >= 3 && plain.substring(span.start() - 3, span.start()).matches("\\p{Lu}\\. ");
        }
        return glued;
    }

    /** Up to four capitalized words directly before {@code at} on the same line, e.g. a name. */
    private static List<String> titleBefore(String plain, int at) {
        int end = at;
        if (end == 0 || plain.charAt(end - 1) != ' ') {
            return List.of();
        }
        end--;
        int lineStart = plain.lastIndexOf('\n', end - 1) + 1;
        String line = plain.substring(Math.max(lineStart, end - 120), end);
        String[] tokens = line.split(" ");
        List<String> words = new ArrayList<>();
        for (int i = tokens.length - 1; i >= 0 && words.size() < 4; i--) {
            if (!TITLE_WORD.matcher(tokens[i]).matches()) {
                break;
            }
            words.add(0, tokens[i]);
        }
        return words;
    }

    private static String before(String plain, int at, int length) {
        return plain.substring(Math.max(0, at - length), at);
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** {@code [Handwritten note: "…"]}: the quotes belong to the description, not the handwriting. */
    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("\u201C") && s.endsWith("\u201D"))) {
            return s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    private static Provenance rule(String name) {
        return Provenance.of(AGENT, name);
    }
}
