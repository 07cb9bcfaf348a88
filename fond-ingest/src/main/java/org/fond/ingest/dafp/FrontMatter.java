package org.fond.ingest.dafp;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Jekyll file cut in two: the YAML between the opening {@code ---} line and the next one, and the
 * body after it, with the 1-based line each starts on. {@link Lines} gives each YAML key's line so
 * header fields can say where they were read.
 */
record FrontMatter(String yaml, int bodyStart, int bodyLine, Lines lines) {
    private static final Pattern KEY = Pattern.compile("^(?:\\s*-\\s+|\\s*)([A-Za-z_][A-Za-z0-9_]*):", Pattern.MULTILINE);

    /** The front matter of {@code text}, or null when the file does not open with one that closes. */
    static FrontMatter split(String text) {
        if (!text.startsWith("---\n") && !text.startsWith("---\r\n")) {
            return null;
        }
        int yamlStart = text.indexOf('\n') + 1;
        int lineStart = yamlStart;
        int line = 2;
        while (lineStart < text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            if (text.substring(lineStart, lineEnd).stripTrailing().equals("---")) {
                String yaml = text.substring(yamlStart, lineStart);
                int bodyStart = newline < 0 ? text.length() : newline + 1;
                return new FrontMatter(yaml, bodyStart, line + 1, Lines.of(yaml, 2));
            }
            lineStart = lineEnd + 1;
            line++;
        }
        return null;
    }

    /** The file lines of each key, in the order the keys occur; {@link #next} hands them out in turn. */
    static final class Lines {
        private final Map<String, Deque<Integer>> byKey = new HashMap<>();

        static Lines of(String yaml, int firstLine) {
            Lines lines = new Lines();
            Matcher m = KEY.matcher(yaml);
            while (m.find()) {
                int line = firstLine;
                for (int i = 0; i < m.start(); i++) {
                    if (yaml.charAt(i) == '\n') {
                        line++;
                    }
                }
                lines.byKey.computeIfAbsent(m.group(1), k -> new ArrayDeque<>()).add(line);
            }
            return lines;
        }

        /** The line of the next unclaimed occurrence of {@code key}; 0 when none is left. */
        int next(String key) {
            Deque<Integer> q = byKey.get(key);
            return q == null || q.isEmpty() ? 0 : q.poll();
        }

        /** The line of the first unclaimed occurrence of {@code key}, not claiming it. */
        int first(String key) {
            Deque<Integer> q = byKey.get(key);
            return q == null || q.isEmpty() ? 0 : q.peek();
        }
    }
}
