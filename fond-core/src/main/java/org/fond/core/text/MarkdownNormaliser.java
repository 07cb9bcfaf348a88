package org.fond.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fond.core.model.Annotation;
import org.fond.core.model.OffsetMap;
import org.fond.core.model.Provenance;
import org.fond.core.model.Span;
import org.fond.core.model.Text;

/**
 * Normalises the markdown body of an export into plain text (MODEL.md §1.3 F3, F6–F10, T6–T8).
 * Blocks are separated by one blank line ({@code "\n\n"}) in the plain text and hard breaks stay
 * single newlines. Heading marks, bold/underline emphasis, list bullets and backslash escapes are
 * removed; lines of only {@code =} become separators and leave no text. A paragraph that a page
 * break split mid-sentence is joined with one space, recorded as a {@link Annotation.PageBreak}.
 * Square brackets are never touched: apparatus is annotated, not edited. Any input is accepted.
 *
 * <p>Hand-written rather than a CommonMark library because CommonMark would read {@code ====}
 * followed by {@code ===} as a setext heading (F9) and does not report source offsets per
 * character, which every annotation here depends on.
 */
public final class MarkdownNormaliser {
    private static final Provenance PAGE_BREAK = Provenance.of("markdown-normaliser", "page-break-join");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})[ \\t]+");
    private static final Pattern BULLET = Pattern.compile("^ {0,3}([-*+])[ \\t]+");
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*={3,}\\s*$");
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "in", "to", "and", "or",
            "for", "with", "by", "on", "at", "from", "that", "which", "as", "but", "into", "than", "its", "their",
            "his", "her", "our", "this", "these", "those", "be", "is", "are", "was", "were", "not");

    private MarkdownNormaliser() {
    }

    /** Normalises {@code raw}, whose first line is line {@code firstLine} of its source file. */
    public static NormalisedText normalise(String raw, int firstLine) {
        return new Builder(raw, firstLine).run();
    }

    private static final class Builder {
        private final String raw;
        private final int firstLine;
        private final StringBuilder plain = new StringBuilder();
        private int[] map = new int[256];
        private final List<Block> blocks = new ArrayList<>();
        private final List<Annotation.PageBreak> breaks = new ArrayList<>();

        Builder(String raw, int firstLine) {
            this.raw = raw;
            this.firstLine = firstLine;
        }

        NormalisedText run() {
            List<int[]> lines = lines();
            int i = 0;
            Block previous = null;
            int gapRawStart = -1;
            while (i < lines.size()) {
                int[] line = lines.get(i);
                String content = raw.substring(line[0], line[1]);
                if (content.isBlank()) {
                    if (gapRawStart < 0) {
                        gapRawStart = line[0];
                    }
                    i++;
                    continue;
                }
                int lineNo = firstLine + i;
                if (SEPARATOR.matcher(content).matches()) {
                    blocks.add(new Block(Block.Kind.SEPARATOR, new Span(plain.length(), plain.length()), lineNo,
                            content.strip()));
                    previous = null;
                    gapRawStart = -1;
                    i++;
                    continue;
                }
                Matcher heading = HEADING.matcher(content);
                Matcher bullet = BULLET.matcher(content);
                Block.Kind kind = heading.find() ? Block.Kind.HEADING
                        : bullet.find() ? Block.Kind.LIST_ITEM : Block.Kind.PARAGRAPH;
                int contentStart = line[0] + (kind == Block.Kind.HEADING ? heading.end()
                        : kind == Block.Kind.LIST_ITEM ? bullet.end() : 0);
                String marker = kind == Block.Kind.HEADING ? heading.group(1)
                        : kind == Block.Kind.LIST_ITEM ? bullet.group(1) : "";
                // a block runs until a blank line, a separator, a heading or a new list item
                int j = i + 1;
                while (j < lines.size() && kind != Block.Kind.HEADING) {
                    String next = raw.substring(lines.get(j)[0], lines.get(j)[1]);
                    if (next.isBlank() || SEPARATOR.matcher(next).matches() || HEADING.matcher(next).find()
                            || BULLET.matcher(next).find()) {
                        break;
                    }
                    j++;
                }
                boolean join = previous != null && kind == Block.Kind.PARAGRAPH
                        && previous.kind() == Block.Kind.PARAGRAPH && gapRawStart >= 0
                        && splitByPageBreak(previous, firstWord(contentStart, lines.get(j - 1)[1]));
                int start;
                if (join) {
                    int at = plain.length();
                    append(' ', gapRawStart);
                    breaks.add(new Annotation.PageBreak(new Span(at, at + 1), " ", true, Set.of(), PAGE_BREAK
                            .atLine(firstLine + lineIndexOf(gapRawStart, lines))));
                    start = previous.span().start();
                    blocks.remove(blocks.size() - 1);
                } else {
                    if (!plain.isEmpty()) {
                        int gap = gapRawStart >= 0 ? gapRawStart : line[0];
                        append('\n', gap);
                        append('\n', gap);
                    }
                    start = plain.length();
                }
                for (int k = i; k < j; k++) {
                    int from = k == i ? contentStart : lines.get(k)[0];
                    if (k > i) {
                        append('\n', lines.get(k - 1)[1]);
                    }
                    appendInline(from, trimHardBreak(from, lines.get(k)[1]));
                }
                Block block = new Block(kind, new Span(start, plain.length()),
                        join ? previous.line() : lineNo, join ? previous.marker() : marker);
                blocks.add(block);
                previous = block;
                gapRawStart = -1;
                i = j;
            }
            int[] exact = java.util.Arrays.copyOf(map, plain.length() + 1);
            // the end entry points just after the last mapped character
            exact[plain.length()] = plain.isEmpty() ? raw.length() : Math.min(raw.length(), map[plain.length() - 1] + 1);
            Text text = new Text(raw, firstLine, plain.toString(), new OffsetMap(exact));
            return new NormalisedText(text, blocks, breaks);
        }

        private boolean splitByPageBreak(Block previous, String nextFirstWord) {
            String prev = plain.substring(previous.span().start(), previous.span().end()).stripTrailing();
            if (prev.isEmpty() || nextFirstWord.isEmpty()) {
                return false;
            }
            char last = prev.charAt(prev.length() - 1);
            if (".?!:;\"”)]…".indexOf(last) >= 0 || prev.endsWith("...")) {
                return false;
            }
            if (Character.isLowerCase(nextFirstWord.codePointAt(0))) {
                return true;
            }
            int space = prev.lastIndexOf(' ');
            String lastWord = prev.substring(space + 1).toLowerCase(java.util.Locale.ROOT);
            return FUNCTION_WORDS.contains(lastWord);
        }

        private String firstWord(int from, int to) {
            int end = from;
            while (end < to && !Character.isWhitespace(raw.charAt(end))) {
                end++;
            }
            return raw.substring(from, end);
        }

        private int trimHardBreak(int from, int to) {
            int end = to;
            while (end > from && (raw.charAt(end - 1) == ' ' || raw.charAt(end - 1) == '\t'
                    || raw.charAt(end - 1) == '\r')) {
                end--;
            }
            return end;
        }

        /** Appends raw[from, to) without emphasis marks and escapes. */
        private void appendInline(int from, int to) {
            int i = from;
            while (i < to) {
                char c = raw.charAt(i);
                if (c == '\\' && i + 1 < to && isEscapable(raw.charAt(i + 1))) {
                    append(raw.charAt(i + 1), i + 1);
                    i += 2;
                } else if ((c == '*' || c == '_') && i + 1 < to && raw.charAt(i + 1) == c
                        && isEmphasisMark(from, to, i, c)) {
                    i += 2;
                } else {
                    append(c, i);
                    i++;
                }
            }
        }

        /** A doubled {@code *}/{@code _} is emphasis when it opens before a word or closes after one. */
        private boolean isEmphasisMark(int from, int to, int at, char c) {
            boolean opens = at + 2 < to && !Character.isWhitespace(raw.charAt(at + 2)) && raw.charAt(at + 2) != c;
            boolean closes = at > from && !Character.isWhitespace(raw.charAt(at - 1)) && raw.charAt(at - 1) != c;
            if (c == '_') {
                // intraword __ is literal (snake_case__names); require a word boundary outside
                boolean before = at == from || !Character.isLetterOrDigit(raw.charAt(at - 1));
                boolean after = at + 2 >= to || !Character.isLetterOrDigit(raw.charAt(at + 2));
                return (opens && before) || (closes && after);
            }
            return opens || closes;
        }

        private static boolean isEscapable(char c) {
            return "\\`*_{}[]()#+-.!|<>~=".indexOf(c) >= 0;
        }

        private void append(char c, int rawOffset) {
            if (plain.length() >= map.length) {
                map = java.util.Arrays.copyOf(map, map.length * 2);
            }
            map[plain.length()] = rawOffset;
            plain.append(c);
        }

        private List<int[]> lines() {
            List<int[]> lines = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < raw.length(); i++) {
                if (raw.charAt(i) == '\n') {
                    lines.add(new int[] {start, i});
                    start = i + 1;
                }
            }
            if (start < raw.length()) {
                lines.add(new int[] {start, raw.length()});
            }
            return lines;
        }

        private static int lineIndexOf(int rawOffset, List<int[]> lines) {
            for (int k = 0; k < lines.size(); k++) {
                if (lines.get(k)[1] >= rawOffset) {
                    return k;
                }
            }
            return lines.size() - 1;
        }
    }
}
