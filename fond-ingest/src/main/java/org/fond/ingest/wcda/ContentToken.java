package org.fond.ingest.wcda;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One asset listed under Contents (MODEL.md §1.4 {@code contentToken}): {@code Original Scan},
 * {@code Translation - English}, {@code Transcript - Russian}, or the older {@code English Translation}.
 * {@code language} is the BCP-47 code of a translation or transcript, null for a scan. A line is a
 * token only if its language name is one ICU knows, so a body line is never taken for one.
 */
record ContentToken(String kind, String language, String asWritten) {

    private static final Pattern KIND_DASH_LANG = Pattern.compile(
            "(?i)(Translation|Transcript|Transcription)[ \\t]*[-–—][ \\t]*(\\p{L}[\\p{L} ]*?)");
    private static final Pattern LANG_KIND = Pattern.compile(
            "(?i)(\\p{L}[\\p{L} ]*?)[ \\t]+(Translation|Transcript|Transcription)");
    private static final Pattern SCAN = Pattern.compile("(?i)Original[ \\t]+Scans?");
    private static final Pattern BULLET = Pattern.compile("^[-*+][ \\t]+");

    static Optional<ContentToken> parse(String line) {
        String text = BULLET.matcher(line.strip()).replaceFirst("").strip();
        if (SCAN.matcher(text).matches()) {
            return Optional.of(new ContentToken("original-scan", null, text));
        }
        Matcher m = KIND_DASH_LANG.matcher(text);
        if (m.matches()) {
            return token(m.group(1), m.group(2), text);
        }
        m = LANG_KIND.matcher(text);
        if (m.matches()) {
            return token(m.group(2), m.group(1), text);
        }
        return Optional.empty();
    }

    private static Optional<ContentToken> token(String kind, String languageName, String text) {
        String k = kind.toLowerCase(Locale.ROOT).startsWith("transl") ? "translation" : "transcript";
        return LanguageNames.code(languageName).map(code -> new ContentToken(k, code, text));
    }
}
