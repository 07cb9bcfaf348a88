package org.fond.core.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.fond.core.model.Confidence;
import org.fond.core.model.Provenance;

/**
 * Parses archival references (MODEL.md §2.3). Lenient by promise: any string, however odd, gives
 * either nothing or a reference whose {@code raw} is the input and whose repository, levels, folios
 * and trailer account for every character of it apart from separators; it never throws.
 */
public final class ReferenceParser {
    /** One grammar per citation family; a repository's scheme id picks its grammar (package-private for tests). */
    static final List<SchemeGrammar> GRAMMARS = List.of(new RussianFileGrammar(), new NaaGrammar(),
            new DecimalFileGrammar());
    /**
     * The characters a reference can begin with: a repository's form, or what a grammar reads without
     * one. Every word start of every line was given to the registry and to the three grammars (an
     * interface call each, which the JIT does not inline), though most begin with no such character.
     */
    private static final boolean[] MAY_BEGIN = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            boolean may = RepositoryRegistry.mayBegin(ch);
            for (SchemeGrammar grammar : GRAMMARS) {
                may |= grammar.mayBeginWithoutRepository(ch);
            }
            MAY_BEGIN[c] = may;
        }
    }
    private static final Pattern SIGNATURE_MISSING = Pattern.compile(
            "(?i)\\b(?:signature|signatur)\\s+(?:is\\s+)?missing\\b|\\bno\\s+(?:archival\\s+)?signature\\b");
    private static final Pattern HANDWRITTEN = Pattern.compile("(?i)\\s*handwrit");

    public static final String FOUND_IN_CITATION = "citation";
    public static final String FOUND_IN_BODY = "body";
    public static final String FOUND_IN_HANDWRITTEN = "handwritten";

    private ReferenceParser() {
    }

    /**
     * Parses one reference string as cited. Empty when {@code raw} holds no recognisable
     * repository or level; otherwise every character of {@code raw} is accounted for in the
     * repository, levels, folios or trailer. A known repository whose levels cannot be read gives
     * an {@link ReferenceScheme.Unstructured} reference with the rest as trailer.
     */
    public static Optional<ArchivalReference> parse(String raw, String foundIn, Provenance provenance) {
        if (raw == null || raw.isEmpty()) {
            return Optional.empty();
        }
        int at = skipOpening(raw);
        var repository = RepositoryRegistry.matchAt(raw, at);
        if (repository.isPresent()) {
            var match = repository.get();
            Optional<SchemeGrammar.Reading> reading = grammarFor(match.entry().schemeId())
                    .flatMap(g -> g.read(raw, match.end()));
            return Optional.of(reading
                    .map(r -> build(raw, match.repository(), r, foundIn, provenance))
                    .orElseGet(() -> unstructured(raw, match.repository(), match.end(), foundIn, provenance)));
        }
        return parseWithoutRepository(raw, at, foundIn, provenance);
    }

    /**
     * Finds every structured reference in a longer text (a body line, a handwritten note), with its
     * offsets into {@code text}; a reference never spans lines. A bare repository name in prose is
     * not a reference, so only references with levels are found. One inside a bracket opened by
     * {@code [handwritten…} is marked {@code handwritten} with {@link Flags#IN_HANDWRITTEN_ANNOTATION}.
     */
    public static List<Found> find(String text, String foundIn, Provenance provenance) {
        List<Found> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            findInLine(text, lineStart, lineEnd, foundIn, provenance, found);
            lineStart = lineEnd + 1;
        }
        return found;
    }

    /** A reference found inside a longer text, at {@code [start, end)}. */
    public record Found(int start, int end, ArchivalReference reference) {
    }

    private static void findInLine(String text, int from, int to, String foundIn, Provenance provenance,
                                   List<Found> found) {
        String line = text.substring(from, to);
        int i = 0;
        while (i < line.length()) {
            int end = referenceEndAt(line, i);
            if (end <= i) {
                i++;
                continue;
            }
            String where = insideHandwriting(line, i) ? FOUND_IN_HANDWRITTEN : foundIn;
            int start = i;
            parse(line.substring(start, end), where, provenance)
                    .ifPresent(r -> found.add(new Found(from + start, from + end, r)));
            i = end;
        }
    }

    /** Where a structured reference starting at {@code at} ends, or -1. */
    /** Whether a reference can begin with {@code c} (see {@link #MAY_BEGIN}). */
    static boolean mayBegin(char c) {
        return MAY_BEGIN[c];
    }

    private static int referenceEndAt(String line, int at) {
        if (!Scan.wordStart(line, at) || !MAY_BEGIN[line.charAt(at)]) {
            return -1;
        }
        var repository = RepositoryRegistry.matchAt(line, at);
        if (repository.isPresent()) {
            var match = repository.get();
            return grammarFor(match.entry().schemeId())
                    .flatMap(g -> g.read(line, match.end()))
                    .map(SchemeGrammar.Reading::end)
                    .orElse(-1);
        }
        for (SchemeGrammar grammar : GRAMMARS) {
            var reading = grammar.readWithoutRepository(line, at);
            if (reading.isPresent()) {
                return reading.get().end();
            }
        }
        return -1;
    }

    private static boolean insideHandwriting(String line, int at) {
        int open = line.lastIndexOf('[', at);
        if (open < 0) {
            return false;
        }
        int close = line.indexOf(']', open);
        if (close >= 0 && close < at) {
            return false;
        }
        return HANDWRITTEN.matcher(line).region(open + 1, line.length()).lookingAt();
    }

    /** Levels with no registry repository: at the start, or after a repository name Fond doesn't know. */
    private static Optional<ArchivalReference> parseWithoutRepository(String raw, int at, String foundIn,
                                                                      Provenance provenance) {
        for (int i = at; i < raw.length(); i++) {
            for (SchemeGrammar grammar : GRAMMARS) {
                var reading = grammar.readWithoutRepository(raw, i);
                if (reading.isEmpty()) {
                    continue;
                }
                Repository unknown = null;
                String flag = Flags.NO_REPOSITORY;
                if (i > at) {
                    unknown = new Repository(null, stripTrailingSeparators(raw.substring(at, i)));
                    flag = Flags.UNKNOWN_REPOSITORY;
                } else if (grammar.impliedRepository() != null) {
                    unknown = grammar.impliedRepository();
                    flag = Flags.IMPLIED_REPOSITORY;
                }
                var r = reading.get();
                Set<String> flags = new TreeSet<>(r.flags());
                flags.add(flag);
                var lowered = new SchemeGrammar.Reading(r.scheme(), r.end(), flags, Confidence.MEDIUM);
                return Optional.of(build(raw, unknown, lowered, foundIn, provenance));
            }
        }
        return Optional.empty();
    }

    private static ArchivalReference build(String raw, Repository repository, SchemeGrammar.Reading reading,
                                           String foundIn, Provenance provenance) {
        String trailer = trailer(raw, reading.end());
        Set<String> flags = new TreeSet<>(reading.flags());
        if (reading.scheme().folios().isEmpty()) {
            flags.add(Flags.NO_FOLIOS);
        }
        String fileKey = CanonicalForm.fileKey(repository, reading.scheme());
        if (fileKey == null && repository != null && repository.code() != null) {
            flags.add(Flags.INCOMPLETE_LEVELS);
        }
        if (!trailer.isEmpty()) {
            flags.add(Flags.UNPARSED_TRAILER);
        }
        return finish(raw, repository, reading.scheme(), trailer, fileKey, flags, reading.confidence(), foundIn,
                provenance);
    }

    private static ArchivalReference unstructured(String raw, Repository repository, int end, String foundIn,
                                                  Provenance provenance) {
        String trailer = trailer(raw, end);
        Set<String> flags = new TreeSet<>();
        flags.add(Flags.UNSTRUCTURED);
        if (SIGNATURE_MISSING.matcher(trailer).find()) {
            flags.add(Flags.SIGNATURE_MISSING);
        }
        var scheme = new ReferenceScheme.Unstructured();
        return finish(raw, repository, scheme, trailer, null, flags, Confidence.LOW, foundIn, provenance);
    }

    private static ArchivalReference finish(String raw, Repository repository, ReferenceScheme scheme,
                                            String trailer, String fileKey, Set<String> flags,
                                            Confidence confidence, String foundIn, Provenance provenance) {
        if (FOUND_IN_HANDWRITTEN.equals(foundIn)) {
            flags.add(Flags.IN_HANDWRITTEN_ANNOTATION);
        }
        String canonical = CanonicalForm.canonical(repository, scheme, trailer);
        return new ArchivalReference(raw, repository, scheme, trailer, fileKey, canonical, flags, confidence,
                foundIn, provenance);
    }

    /**
     * What follows the last level, verbatim, less the separators before it and the bracket closing
     * one that opened the reference ({@code [SAPMO-BA, …]}).
     */
    private static String trailer(String raw, int end) {
        int from = Scan.skipSeparators(raw, end);
        int to = raw.length();
        while (to > from && Character.isWhitespace(raw.charAt(to - 1))) {
            to--;
        }
        int opening = skipOpening(raw);
        if (opening > 0 && to > from) {
            char open = raw.strip().charAt(0);
            if (raw.charAt(to - 1) == Scan.closingOf(open)) {
                to--;
            }
        }
        return from >= to ? "" : raw.substring(from, to);
    }

    /** Whitespace and opening brackets before the reference itself ({@code [SAPMO-BA, …]}). */
    private static int skipOpening(String raw) {
        int i = 0;
        while (i < raw.length() && (Character.isWhitespace(raw.charAt(i)) || Scan.closingOf(raw.charAt(i)) != 0)) {
            i++;
        }
        return i;
    }

    private static String stripTrailingSeparators(String s) {
        int to = s.length();
        while (to > 0 && Scan.isSeparator(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(0, to);
    }

    private static Optional<SchemeGrammar> grammarFor(String schemeId) {
        return GRAMMARS.stream().filter(g -> g.schemeId().equals(schemeId)).findFirst();
    }
}
