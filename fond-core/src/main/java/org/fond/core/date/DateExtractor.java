package org.fond.core.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;
import org.fond.core.model.Confidence;
import org.fond.core.model.Provenance;
import org.fond.core.model.Span;

/**
 * Finds the date expressions of a plain text (MODEL.md §5.5) and resolves them to EDTF: every
 * {@link DateRule} proposes matches, the longest at each place is taken in document order, and
 * each is resolved with what came before it, because a month without a year takes its year from
 * the dates just before it ("… in 1958. We consider May …").
 */
final class DateExtractor {
    static final String AGENT = "date-grammar";

    private final String plain;
    private final String anchorText;
    private final EdtfDate anchor;
    private final Sentences sentences;
    private final List<Found> found = new ArrayList<>();
    /** The candidate start whose modality {@link #cue} holds; -1 before the first. */
    private int cueStart = -1;
    private Modality cue;

    /** A resolved expression with where it stands and the year it lends to later months (0: none). */
    private record Found(DateExpression expression, DateKind kind, int paragraph, int sentence, int lendsYear) {
    }

    /** What a rule resolved to, before modality. */
    private record Reading(DateKind kind, String edtf, String anchor, Confidence confidence, String rule,
                           int lendsYear) {
    }

    private record Candidate(DateRule rule, MatchResult match) {
    }

    DateExtractor(String plain, String anchorEdtf) {
        this.plain = plain;
        this.anchorText = anchorEdtf;
        this.anchor = EdtfDate.tryParse(anchorEdtf).filter(a -> a.earliest() != null || a.latest() != null)
                .orElse(null);
        this.sentences = new Sentences(plain);
    }

    List<DateExpression> run() {
        List<Candidate> candidates = new ArrayList<>();
        RuleStarts starts = RuleStarts.of(plain);
        for (DateRule rule : DateRule.ALL) {
            for (MatchResult match : starts.matches(rule)) {
                candidates.add(new Candidate(rule, match));
            }
        }
        candidates.sort(Comparator.<Candidate>comparingInt(c -> c.match().start())
                .thenComparing(c -> -c.match().end()).thenComparing(c -> c.rule().ordinal()));
        int taken = 0;
        for (Candidate c : candidates) {
            if (c.match().start() < taken) {
                continue;
            }
            Optional<Reading> reading = Optional.empty();
            try {
                reading = read(c.rule(), c.match());
            } catch (DateTimeException | NumberFormatException e) {
                // an impossible date ("31 February 1958") is simply not a date
            }
            if (reading.isEmpty()) {
                continue;
            }
            accept(c, reading.get(), cue(c.match().start()));
            taken = c.match().end();
        }
        return found.stream().map(Found::expression).toList();
    }

    /**
     * The modality the words around {@code start} give ({@link ModalityCues}), read only for a candidate
     * that reads as a date, and only once for it: a candidate that does not (a capitalised "May" with no
     * year to take, an impossible day) needs none, and the cues were a quarter of the extraction's time
     * when every candidate read them first.
     */
    private Modality cue(int start) {
        if (start != cueStart) {
            cueStart = start;
            cue = ModalityCues.fromCues(plain, sentences, start);
        }
        return cue;
    }

    private void accept(Candidate c, Reading r, Modality cue) {
        Span span = new Span(c.match().start(), c.match().end());
        Modality modality = r.kind() == DateKind.DEICTIC && group(c.match(), "deix").equalsIgnoreCase("today")
                ? Modality.CURRENT
                : ModalityCues.againstAnchor(cue, EdtfDate.tryParse(r.edtf()).orElse(null), anchor);
        DateExpression e = new DateExpression(span, span.of(plain), r.kind().id(), r.edtf(), r.anchor(), modality,
                r.confidence(), Provenance.of(AGENT, r.rule()));
        found.add(new Found(e, r.kind(), sentences.paragraph(span.start()), sentences.sentence(span.start()),
                r.lendsYear()));
    }

    private Optional<Reading> read(DateRule rule, MatchResult m) {
        return switch (rule) {
            case DAY_RANGE, MDY_RANGE -> month(m, "m").flatMap(mo -> {
                Optional<Integer> y = explicitYear(m, "y");
                if (y.isEmpty() && anchor == null) {
                    return Optional.empty();
                }
                int year = y.orElseGet(this::anchorYear);
                LocalDate from = LocalDate.of(year, mo, Integer.parseInt(m.group("d1")));
                LocalDate to = LocalDate.of(year, mo, Integer.parseInt(m.group("d2")));
                return from.isBefore(to) ? Optional.of(new Reading(DateKind.RANGE, from + "/" + to,
                        y.isPresent() ? null : anchorText, y.isPresent() ? Confidence.HIGH : Confidence.MEDIUM,
                        rule.id(), y.orElse(0))) : Optional.empty();
            });
            case MONTH_RANGE -> month(m, "m1").flatMap(a -> month(m, "m2").flatMap(b -> explicitYear(m, "y")
                    .filter(y -> a.getValue() < b.getValue())
                    .map(y -> new Reading(DateKind.MONTH_RANGE, EdtfDate.month(y, a.getValue()) + "/"
                            + EdtfDate.month(y, b.getValue()), null, Confidence.HIGH, rule.id(), y))));
            case MDY, DMY -> month(m, "m").flatMap(mo -> explicitYear(m, "y").map(y -> new Reading(DateKind.ABSOLUTE,
                    EdtfDate.day(LocalDate.of(y, mo, Integer.parseInt(m.group("d")))), null, Confidence.HIGH,
                    rule.id(), y)));
            case MONTH_YEAR -> month(m, "m").flatMap(mo -> explicitYear(m, "y").map(y -> new Reading(DateKind.MONTH,
                    EdtfDate.month(y, mo.getValue()), null, Confidence.HIGH, rule.id(), y)));
            case YEAR_RANGE -> explicitYear(m, "y1").flatMap(a -> explicitYear(m, "y2").filter(b -> a < b)
                    .map(b -> new Reading(DateKind.YEAR_RANGE, EdtfDate.year(a) + "/" + EdtfDate.year(b), null,
                            Confidence.HIGH, rule.id(), 0)));
            case DEICTIC_ABSOLUTE -> deicticAbsolute(m);
            case APPROXIMATE -> explicitYear(m, "y").flatMap(y -> withPreposition(m, approximate(
                    group(m, "part"), y), DateKind.APPROXIMATE, null, Confidence.MEDIUM, rule.id(), y));
            case NEW_YEAR -> anchored().map(a -> new Reading(DateKind.DEADLINE, "../" + anchorYear() + "-12-31",
                    anchorText, Confidence.MEDIUM, rule.id(), 0));
            case RELATIVE_YEAR -> anchored().map(a -> {
                String rel = group(m, "rel").toLowerCase(Locale.ROOT);
                int year = anchorYear() + (rel.equals("last") ? -1 : rel.equals("next") || rel.equals("coming") ? 1 : 0);
                return new Reading(DateKind.RELATIVE, EdtfDate.year(year), anchorText, Confidence.MEDIUM,
                        rule.id() + (rel.isEmpty() ? "-current" : "-" + rel), year);
            });
            case RELATIVE_MONTH -> month(m, "m").flatMap(mo -> anchored().map(a -> relativeMonth(m, mo)));
            case DETERMINED_MONTH, MONTH_PREPOSITION -> month(m, "m").flatMap(mo -> monthWithoutYear(m, mo,
                    rule, true));
            case COORDINATED_MONTH -> month(m, "m").filter(mo -> coordinatedWithMonth(m.start()))
                    .flatMap(mo -> monthWithoutYear(m, mo, rule, true));
            case BARE_MONTH -> month(m, "m").filter(mo -> !sentences.startsSentence(plain, m.start()))
                    .flatMap(mo -> monthWithoutYear(m, mo, rule, false));
            case DAY_NO_YEAR, MONTH_DAY_NO_YEAR -> month(m, "m").flatMap(mo -> dayWithoutYear(m, mo, rule));
            case YEAR_PREPOSITION -> explicitYear(m, "y").flatMap(y -> withPreposition(m, EdtfDate.year(y),
                    DateKind.YEAR, null, Confidence.HIGH, rule.id(), y));
            case DEICTIC -> deictic(m);
        };
    }

    /** "tomorrow, 18 December": one expression, the written day checked against anchor + 1. */
    private Optional<Reading> deicticAbsolute(MatchResult m) {
        Optional<Month> mo = month(m, "m");
        Optional<LocalDate> said = deicticDay(group(m, "deix"));
        if (mo.isEmpty() || (said.isEmpty() && explicitYear(m, "y").isEmpty() && anchor == null)) {
            return Optional.empty();
        }
        int year = explicitYear(m, "y").orElseGet(() -> said.map(LocalDate::getYear).orElseGet(this::anchorYear));
        LocalDate written = LocalDate.of(year, mo.get(), Integer.parseInt(m.group("d")));
        boolean consistent = said.map(written::equals).orElse(false);
        // the written date wins: it is explicit; a mismatch is kept, marked by rule and low confidence
        return Optional.of(new Reading(DateKind.DEICTIC_ABSOLUTE, EdtfDate.day(written), anchorText,
                consistent ? Confidence.HIGH : Confidence.LOW,
                DateRule.DEICTIC_ABSOLUTE.id() + (consistent ? "-consistent" : "-mismatch"), 0));
    }

    private Optional<Reading> deictic(MatchResult m) {
        String word = group(m, "deix").toLowerCase(Locale.ROOT);
        Optional<LocalDate> day = deicticDay(word);
        if (day.isPresent()) {
            return Optional.of(new Reading(DateKind.DEICTIC, EdtfDate.day(day.get()), anchorText, Confidence.MEDIUM,
                    DateRule.DEICTIC.id() + "-" + word, 0));
        }
        // an anchor coarser than a day still says when "today" is, at its own precision
        return word.equals("today") && anchor != null
                ? Optional.of(new Reading(DateKind.DEICTIC, anchor.edtf(), anchorText, Confidence.LOW,
                        DateRule.DEICTIC.id() + "-today-coarse", 0))
                : Optional.empty();
    }

    private Optional<LocalDate> deicticDay(String word) {
        if (anchor == null || anchor.interval() || anchor.precision() != EdtfDate.Precision.DAY) {
            return Optional.empty();
        }
        return Optional.of(switch (word.toLowerCase(Locale.ROOT)) {
            case "tomorrow" -> anchor.earliest().plusDays(1);
            case "yesterday" -> anchor.earliest().minusDays(1);
            default -> anchor.earliest();
        });
    }

    /**
     * "last August's Plenum" is read as August of the year before the anchor, even when that
     * August is less than a year back: the possessive translates the Russian прошлогодний ("last
     * year's"), and MODEL.md §5.5 resolves S1's "last August's KWP CC Plenum" (written 17 December
     * 1957) to 1956-08, the August 1956 plenum; the nearest August, 1957, is the known trap. Without
     * the possessive, "last August" is the most recent August before the anchor month.
     */
    private Reading relativeMonth(MatchResult m, Month mo) {
        String rel = group(m, "rel").toLowerCase(Locale.ROOT);
        boolean possessive = !group(m, "poss").isEmpty();
        int month = mo.getValue();
        int anchorMonth = anchorMonth();
        int year = anchorYear();
        String rule = DateRule.RELATIVE_MONTH.id() + "-" + rel;
        if (rel.equals("last")) {
            year = possessive || month >= anchorMonth ? year - 1 : year;
            rule += possessive ? "-possessive-previous-year" : "-most-recent";
        } else if (!rel.equals("this")) {
            year = month <= anchorMonth ? year + 1 : year;
        }
        return new Reading(DateKind.RELATIVE_MONTH, EdtfDate.month(year, month), anchorText,
                possessive ? Confidence.LOW : Confidence.MEDIUM, rule, year);
    }

    /**
     * A month without a year takes the year of the nearest earlier date in its own or the previous
     * sentence of the paragraph ("in 1958. We consider May"; "last August's … the September
     * plenum"). Failing that, with a preposition, the anchor's year, moved forward when a plan
     * names a month already past ("will be shipped in January", written in December 1957, is
     * January 1958) and back when a past event names one still to come. A capitalised month with
     * neither preposition nor year to inherit is not taken: it may be a name, or the verb "May".
     */
    private Optional<Reading> monthWithoutYear(MatchResult m, Month mo, DateRule rule, boolean anchorAllowed) {
        Optional<Found> lender = yearLender(m.start());
        if (lender.isPresent()) {
            int year = lender.get().lendsYear();
            return withPreposition(m, EdtfDate.month(year, mo.getValue()), DateKind.MONTH_NO_YEAR,
                    lender.get().expression().edtf(), Confidence.MEDIUM, rule.id() + "-inherited-year", year);
        }
        if (!anchorAllowed || anchor == null) {
            return Optional.empty();
        }
        int year = inferYear(mo.getValue(), cue(m.start()));
        String how = year > anchorYear() ? "-forward" : year < anchorYear() ? "-backward" : "-anchor-year";
        return withPreposition(m, EdtfDate.month(year, mo.getValue()), DateKind.MONTH_NO_YEAR, anchorText,
                year == anchorYear() ? Confidence.MEDIUM : Confidence.LOW, rule.id() + how, 0);
    }

    /** "as of 13 December": the year is inherited as for months, else the anchor's (inferred as for months). */
    private Optional<Reading> dayWithoutYear(MatchResult m, Month mo, DateRule rule) {
        int day = Integer.parseInt(m.group("d"));
        Optional<Found> lender = yearLender(m.start());
        if (lender.isPresent()) {
            int year = lender.get().lendsYear();
            return withPreposition(m, EdtfDate.day(LocalDate.of(year, mo, day)), DateKind.DAY_NO_YEAR,
                    lender.get().expression().edtf(), Confidence.MEDIUM, rule.id() + "-inherited-year", 0);
        }
        if (anchor == null) {
            return Optional.empty();
        }
        int year = inferYear(mo.getValue(), cue(m.start()));
        return withPreposition(m, EdtfDate.day(LocalDate.of(year, mo, day)), DateKind.DAY_NO_YEAR, anchorText,
                year == anchorYear() ? Confidence.MEDIUM : Confidence.LOW, rule.id() + "-anchor-year", 0);
    }

    private int inferYear(int month, Modality cue) {
        int year = anchorYear();
        if (anchor.precision() == EdtfDate.Precision.YEAR) {
            return year; // a year-only anchor gives no month to reason from
        }
        int anchorMonth = anchorMonth();
        if ((cue == Modality.PLANNED || cue == Modality.PROPOSED || cue == Modality.SCHEDULED) && month < anchorMonth) {
            return year + 1;
        }
        return cue == Modality.PAST && month > anchorMonth ? year - 1 : year;
    }

    private Optional<Found> yearLender(int at) {
        int paragraph = sentences.paragraph(at);
        int sentence = sentences.sentence(at);
        for (int i = found.size() - 1; i >= 0; i--) {
            Found f = found.get(i);
            if (f.paragraph() != paragraph || f.sentence() < sentence - 1) {
                return Optional.empty();
            }
            if (f.lendsYear() > 0) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** "December and January": the second month counts when a month expression ends just before "and". */
    private boolean coordinatedWithMonth(int start) {
        if (found.isEmpty()) {
            return false;
        }
        Found last = found.get(found.size() - 1);
        boolean monthly = last.kind() == DateKind.MONTH_NO_YEAR || last.kind() == DateKind.MONTH
                || last.kind() == DateKind.RELATIVE_MONTH;
        return monthly && plain.substring(last.expression().span().end(), start).matches("\\s*,?\\s*(?:and|or)\\s+");
    }

    /**
     * The preposition's meaning: "Before 1953" is {@code ../1952}, "after 1953" {@code 1954/..},
     * "since 1953" {@code 1953/..}, "by 1960" {@code ../1960}; others ("in", "until", "as of") keep
     * the date, and only the plain readings lend their year to later months.
     */
    private Optional<Reading> withPreposition(MatchResult m, String edtf, DateKind kind, String usedAnchor,
                                              Confidence confidence, String rule, int year) {
        String prep = group(m, "prep").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        boolean qualified = edtf.endsWith("~") || edtf.endsWith("?");
        return Optional.of(switch (prep) {
            case "before" -> new Reading(DateKind.OPEN_INTERVAL, "../" + (qualified ? edtf : step(edtf, -1)),
                    usedAnchor, confidence, rule + "-before", 0);
            case "after" -> new Reading(DateKind.OPEN_INTERVAL, (qualified ? edtf : step(edtf, 1)) + "/..",
                    usedAnchor, confidence, rule + "-after", 0);
            case "since" -> new Reading(DateKind.OPEN_INTERVAL, edtf + "/..", usedAnchor, confidence, rule + "-since", 0);
            case "by" -> new Reading(DateKind.DEADLINE, "../" + edtf, usedAnchor, confidence, rule + "-by", 0);
            case "around", "circa" -> new Reading(kind, qualified ? edtf : edtf + "~", usedAnchor, confidence,
                    rule + "-around", year);
            default -> new Reading(kind, edtf, usedAnchor, confidence, rule, year);
        });
    }

    /** One unit of the date's precision earlier or later: 1953 → 1952, 1957-05 → 1957-04. */
    private static String step(String edtf, int by) {
        return switch (edtf.length()) {
            case 4 -> EdtfDate.year(Integer.parseInt(edtf) + by);
            case 7 -> YearMonth.parse(edtf).plusMonths(by).toString();
            default -> LocalDate.parse(edtf).plusDays(by).toString();
        };
    }

    private static String approximate(String part, int year) {
        String p = part.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (p) {
            case "middle", "mid" -> EdtfDate.month(year, 6) + "~";
            case "beginning", "start", "early" -> EdtfDate.month(year, 1) + "~";
            case "first half" -> EdtfDate.month(year, 1) + "/" + EdtfDate.month(year, 6);
            case "second half" -> EdtfDate.month(year, 7) + "/" + EdtfDate.month(year, 12);
            default -> EdtfDate.month(year, 12) + "~";
        };
    }

    private Optional<Month> month(MatchResult m, String group) {
        String word = group(m, group);
        return MonthNames.writtenAsName(word) ? MonthNames.of(word) : Optional.empty();
    }

    /** A written year, only when it is a plausible one (1000–2100): "0102" is a fond number. */
    private static Optional<Integer> explicitYear(MatchResult m, String group) {
        String digits = group(m, group);
        if (digits.isEmpty()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(digits);
        return year >= 1000 && year <= 2100 ? Optional.of(year) : Optional.empty();
    }

    private Optional<EdtfDate> anchored() {
        return Optional.ofNullable(anchor);
    }

    private int anchorYear() {
        return (anchor.earliest() != null ? anchor.earliest() : anchor.latest()).getYear();
    }

    private int anchorMonth() {
        return (anchor.earliest() != null ? anchor.earliest() : anchor.latest()).getMonthValue();
    }

    private static String group(MatchResult m, String name) {
        try {
            String g = m.group(name);
            return g == null ? "" : g;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
