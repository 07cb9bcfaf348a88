package org.fond.ingest.wcda;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A WCDA citation string taken apart (MODEL.md §1.5). Each part is null when absent; each
 * {@code …At} is where the part starts in {@code text} (-1 when absent), so a caller that knows
 * which source line every character came from can say where each part was read.
 *
 * <p>The source (an archival reference, usually) contains periods ({@code F. 0102}), so it is never
 * cut at the first {@code ". "}: it runs from the publisher's comma to the first sentence that
 * starts with a credit keyword, or to the URL.
 */
record Citation(String text, String title, int titleAt, String displayDate, String publisher,
                String source, int sourceAt, String credits, int creditsAt, String url, int urlAt) {

    private static final Pattern URL = Pattern.compile("<?(https?://[^\\s<>]+)>?");
    private static final Pattern HEAD = Pattern.compile(
            "^\\s*[\"“](.*?),?[\"”]\\s*,?\\s*([^\"“”]+?)\\s*,\\s*([^,\"“”]*Digital Archive)\\s*[,.]?\\s*");
    private static final Pattern CREDIT_START = Pattern.compile(
            "(?:^|(?<=[.;])\\s+)(?=(?:Translated|Contributed|Obtained|Transcribed|Edited|Donated)\\b)");
    private static final Pattern CLAUSE_SPLIT = Pattern.compile(
            "(?:(?<=[.;])|,?\\s+and)\\s+(?=(?i:translated|contributed|obtained|transcribed|edited|donated)\\b)");
    private static final Pattern CLAUSE = Pattern.compile(
            "(?i)^((?:translated|contributed|obtained|transcribed|edited|donated)"
                    + "(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)"
                    + "(?:translated|contributed|obtained|transcribed|edited|donated))*)"
                    + "(?:\\s+for\\s+(?:the\\s+)?(.+?))?\\s+by\\s+(.+?)[.;]?$");

    /** Takes {@code text} (the citation's lines joined with one space) apart; never fails. */
    static Citation parse(String text) {
        String url = null;
        int urlAt = -1;
        Matcher u = URL.matcher(text);
        while (u.find()) {
            url = u.group(1);
            urlAt = u.start();
        }
        String before = urlAt >= 0 ? text.substring(0, urlAt) : text;
        String title = null;
        int titleAt = -1;
        String date = null;
        String publisher = null;
        int restAt = 0;
        Matcher h = HEAD.matcher(before);
        if (h.find()) {
            title = h.group(1).strip();
            titleAt = h.start(1);
            date = h.group(2).strip();
            publisher = h.group(3).strip();
            restAt = h.end();
        }
        String rest = before.substring(restAt);
        Matcher c = CREDIT_START.matcher(rest);
        int creditsAt = c.find() ? c.end() : -1;
        String source = trimSentence(creditsAt >= 0 ? rest.substring(0, creditsAt) : rest);
        String credits = creditsAt >= 0 ? trimSentence(rest.substring(creditsAt)) : null;
        int sourceAt = source.isEmpty() ? -1 : restAt + leadingSpace(rest);
        return new Citation(text, title, titleAt, date, publisher, source.isEmpty() ? null : source, sourceAt,
                credits, creditsAt >= 0 ? restAt + creditsAt : -1, url, urlAt);
    }

    /** One credit: who did what ({@code translator}, {@code contributor}…) and for which project, if named. */
    record Credit(String name, String role, String project) {
    }

    /**
     * The people credited: {@code Translated for NKIDP by Gary Goldberg} gives Gary Goldberg, translator, NKIDP;
     * {@code Contributed, transcribed, and translated by X} gives X three times, once per role.
     */
    List<Credit> creditList() {
        List<Credit> out = new ArrayList<>();
        if (credits == null) {
            return out;
        }
        for (String clause : clauses(credits)) {
            Matcher m = CLAUSE.matcher(clause.strip());
            if (!m.matches()) {
                continue;
            }
            String project = m.group(2) == null ? null : m.group(2).strip();
            for (String verb : m.group(1).toLowerCase(Locale.ROOT).split("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+")) {
                for (String name : names(m.group(3))) {
                    out.add(new Credit(name, role(verb), project));
                }
            }
        }
        return out;
    }

    /** Credit clauses; "Obtained and translated by" stays one clause because its first part names no one. */
    private static List<String> clauses(String credits) {
        List<String> clauses = new ArrayList<>();
        String pending = null;
        for (String piece : CLAUSE_SPLIT.split(credits)) {
            String clause = pending == null ? piece : pending + " and " + piece;
            if (clause.toLowerCase(Locale.ROOT).contains(" by ")) {
                clauses.add(clause);
                pending = null;
            } else {
                pending = clause;
            }
        }
        return clauses;
    }

    private static List<String> names(String list) {
        List<String> names = new ArrayList<>();
        for (String name : list.split(",\\s*(?:and\\s+)?|\\s+and\\s+")) {
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names;
    }

    private static String role(String verb) {
        return switch (verb) {
            case "translated" -> "translator";
            case "contributed" -> "contributor";
            case "obtained" -> "obtainer";
            case "transcribed" -> "transcriber";
            case "edited" -> "editor";
            case "donated" -> "donor";
            default -> verb;
        };
    }

    private static String trimSentence(String s) {
        String t = s.strip();
        while (t.endsWith(".") || t.endsWith(",") || t.endsWith(";")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    private static int leadingSpace(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
