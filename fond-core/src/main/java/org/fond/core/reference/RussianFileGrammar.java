package org.fond.core.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fond.core.model.Confidence;

/**
 * The Russian/Soviet family: fond → opis → [papka] → delo → listy (MODEL.md §2.1, §2.3), in
 * Latin and Cyrillic keywords, plus the positional form {@code AVPRF 0102/14/6/14-25}.
 * Hand-written rather than generated: the disambiguation rules (a page after the delo, a repeated
 * delo that is really the papka) look back at what was already read, which a table can't say.
 */
final class RussianFileGrammar implements SchemeGrammar {

    enum Level { FOND, OPIS, PAPKA, DELO, FOLIOS }

    private record Keyword(String form, Level level) {
    }

    /** Keyword forms, matched case-insensitively and longest first ({@code Listy} before {@code List}). */
    private static final List<Keyword> KEYWORDS = keywords();

    /** Fond numbers keep their prefix ({@code R-9401}, {@code Р-9401}), leading zeros and a special-fond {@code -os}. */
    private static final Pattern FOND_NO = Pattern.compile(
            "(?:[RРPAMАМ]-?)?\\d+(?:[a-zа-я](?![\\p{L}\\p{N}])|-(?:os|ос)(?![\\p{L}\\p{N}]))?");
    private static final Pattern LEVEL_NO = Pattern.compile("\\d+(?:[a-zа-я](?![\\p{L}\\p{N}]))?");
    private static final String RANGE = "\\d+(?:ob\\.?|об\\.?|v)?(?:[-–—]\\d+(?:ob\\.?|об\\.?|v)?)?";
    private static final String NO = "\\d+[a-zа-я]?";
    private static final String FOND = "(?:[RР]-?)?" + NO;
    private static final String END = "(?![\\p{L}\\p{N}/\\-–—])";
    /** Positional readings, most numbers first: 5 = f/op/p/d/ll, 4 = f/op/d/ll, 3 = f/op/d. */
    private static final List<Pattern> POSITIONAL = List.of(
            Pattern.compile("(" + FOND + ")/(" + NO + ")/(" + NO + ")/(" + NO + ")/(" + RANGE + ")" + END),
            Pattern.compile("(" + FOND + ")/(" + NO + ")/(" + NO + ")/(" + RANGE + ")" + END),
            Pattern.compile("(" + FOND + ")/(" + NO + ")/(" + NO + ")" + END));

    @Override
    public String schemeId() {
        return RepositoryRegistry.RUSSIAN;
    }

    @Override
    public Optional<Reading> read(String text, int from) {
        Optional<Reading> positional = readPositional(text, Scan.skipSeparators(text, from));
        return positional.isPresent() ? positional : readLevels(text, from);
    }

    @Override
    public boolean mayBeginWithoutRepository(char c) {
        return FOND_FIRST.indexOf(fold(c)) >= 0;
    }

    @Override
    public Optional<Reading> readWithoutRepository(String text, int at) {
        // a reference without a repository opens with a fond keyword (F., Fond, Ф., Фонд): a word beginning
        // with another letter is none, and the other levels' keywords need not be tried at every word of a text
        if (at >= text.length() || FOND_FIRST.indexOf(fold(text.charAt(at))) < 0) {
            return Optional.empty();
        }
        Keyword first = keywordAt(text, at);
        if (first == null || first.level() != Level.FOND) {
            return Optional.empty();
        }
        return readLevels(text, at).filter(r -> r.scheme().levels().size() >= 2);
    }

    private Optional<Reading> readLevels(String text, int from) {
        String[] values = new String[4];
        List<FolioRange> folios = List.of();
        Set<String> flags = new TreeSet<>();
        int last = -1;
        int end = from;
        while (true) {
            int at = Scan.skipSeparators(text, end);
            Keyword keyword = keywordAt(text, at);
            if (keyword == null) {
                break;
            }
            Level level = keyword.level();
            // P. after the delo is a page (a folio), not a papka (MODEL.md §2.3).
            boolean page = level == Level.PAPKA && last >= Level.DELO.ordinal();
            if (page) {
                level = Level.FOLIOS;
            }
            int valueAt = Scan.skipSeparators(text, at + keyword.form().length());
            if (level == Level.FOLIOS) {
                var read = FolioReader.read(text, valueAt);
                if (read.isEmpty()) {
                    break;
                }
                if (last == Level.FOLIOS.ordinal()) {
                    flags.add(Flags.DUPLICATE_LEVEL);
                    break;
                }
                folios = read.get().ranges();
                if (page) {
                    flags.add(Flags.PAGE_AS_FOLIO);
                }
                last = Level.FOLIOS.ordinal();
                end = read.get().end();
                continue;
            }
            Matcher value = (level == Level.FOND ? FOND_NO : LEVEL_NO).matcher(text).region(valueAt, text.length());
            if (!value.lookingAt()) {
                break;
            }
            int index = level.ordinal();
            if (index > last) {
                values[index] = value.group();
            } else if (level == Level.DELO && last == index && values[Level.PAPKA.ordinal()] == null) {
                // F.0102. O.13 D.72 Delo 5: the first delo was the papka (record 115647, MODEL.md §2.3).
                values[Level.PAPKA.ordinal()] = values[index];
                values[index] = value.group();
                flags.add(Flags.DUPLICATE_LEVEL);
            } else {
                flags.add(index == last ? Flags.DUPLICATE_LEVEL : Flags.LEVEL_OUT_OF_ORDER);
                break;
            }
            last = index;
            end = value.end();
        }
        if (last < 0) {
            return Optional.empty();
        }
        var scheme = new ReferenceScheme.RussianFile(values[0], values[1], values[2], values[3], folios);
        Confidence confidence = flags.isEmpty() ? Confidence.HIGH : Confidence.MEDIUM;
        return Optional.of(new Reading(scheme, end, flags, confidence));
    }

    private Optional<Reading> readPositional(String text, int at) {
        for (Pattern pattern : POSITIONAL) {
            Matcher m = pattern.matcher(text).region(at, text.length());
            if (!m.lookingAt()) {
                continue;
            }
            int numbers = m.groupCount();
            List<FolioRange> folios = numbers >= 4
                    ? List.of(FolioReader.readWhole(m.group(numbers)).orElseThrow())
                    : List.of();
            var scheme = switch (numbers) {
                case 5 -> new ReferenceScheme.RussianFile(m.group(1), m.group(2), m.group(3), m.group(4), folios);
                case 4 -> new ReferenceScheme.RussianFile(m.group(1), m.group(2), null, m.group(3), folios);
                default -> new ReferenceScheme.RussianFile(m.group(1), m.group(2), null, m.group(3), folios);
            };
            return Optional.of(new Reading(scheme, m.end(), Set.of(Flags.POSITIONAL), Confidence.MEDIUM));
        }
        return Optional.empty();
    }

    /** The keyword starting at {@code at} as a whole word, or null. */
    private static Keyword keywordAt(String text, int at) {
        if (at >= text.length() || !Scan.wordStart(text, at)) {
            return null;
        }
        // only the forms that can match the first character (the others never do), in the same order
        List<Keyword> candidates = BY_FIRST_CHAR.get(fold(text.charAt(at)));
        for (int i = 0; i < candidates.size(); i++) {
            Keyword k = candidates.get(i);
            String form = k.form();
            if (!text.regionMatches(true, at, form, 0, form.length())) {
                continue;
            }
            char lastChar = form.charAt(form.length() - 1);
            if (lastChar != '.' && Scan.letterAt(text, at + form.length())) {
                continue;
            }
            return k;
        }
        return null;
    }

    /** {@link #KEYWORDS} by their folded first character, in order: where ingest spent its time was trying every form at every word. */
    private static final ByFirstChar<Keyword> BY_FIRST_CHAR = new ByFirstChar<>(KEYWORDS, k -> fold(k.form().charAt(0)));
    /** The folded first characters of the fond keywords. */
    private static final String FOND_FIRST = KEYWORDS.stream().filter(k -> k.level() == Level.FOND)
            .map(k -> String.valueOf(fold(k.form().charAt(0)))).distinct().reduce("", String::concat);

    /** The case folding of {@link String#regionMatches(boolean, int, String, int, int)}. */
    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static List<Keyword> keywords() {
        List<Keyword> all = new ArrayList<>();
        add(all, Level.FOND, "F.", "F", "Fond", "Ф.", "Фонд");
        add(all, Level.OPIS, "Op.", "O.", "Opis", "Opis'", "Opis’", "per.", "Оп.", "Опись");
        add(all, Level.PAPKA, "P.", "Pap.", "Papka", "П.", "Папка");
        add(all, Level.DELO, "D.", "Delo", "ed. khr.", "ed.khr.", "dok.", "Д.", "Дело", "ед. хр.", "ед.хр.");
        add(all, Level.FOLIOS, "L.", "Ll.", "List", "Listy", "Л.", "Лл.", "Лист", "Листы");
        all.sort(Comparator.comparingInt((Keyword k) -> k.form().length()).reversed());
        return List.copyOf(all);
    }

    private static void add(List<Keyword> all, Level level, String... forms) {
        for (String form : forms) {
            all.add(new Keyword(form, level));
        }
    }
}
