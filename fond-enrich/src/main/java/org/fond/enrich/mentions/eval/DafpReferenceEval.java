package org.fond.enrich.mentions.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.fond.core.model.HeaderField;
import org.fond.core.model.Provenance;
import org.fond.core.model.Record;
import org.fond.core.reference.ReferenceParser;
import org.fond.core.reference.ReferenceScheme;

/**
 * Archival-reference parse rate on DAFP: for each catalogue reference in the front matter's
 * {@code naa_refs} (the National Archives of Australia's series and control symbol), does Fond's
 * parse of the document's own text find a reference with the same series and the same control
 * symbol? The front matter's raw {@code reference} string is not read: only what the body cites.
 *
 * <p>Control symbols compare twice: "exact" in upper case with spaces removed (the catalogue and the
 * printed volumes space and case them differently, and neither is an error), and "ignoring
 * punctuation", the same normalisation that decides whether the text holds a reference, so that a
 * symbol the document prints as {@code 383/1/25} counts as parsed when Fond reads exactly that. Because the catalogue sometimes differs from what the
 * document cites (an added {@code PART 1}, another series, an OCR slip), the rate is also given on
 * the references whose series and control symbol the text holds once case, spaces and punctuation
 * are ignored ("held"). Series compare ignoring case, spaces and punctuation ({@code A.1068} is
 * {@code A1068}).
 */
public final class DafpReferenceEval {
    private static final Pattern ACCESSION = Pattern.compile("/[0-9]+|T[0-9]+(?:\\(SV\\))?");
    private static final Provenance EVAL = Provenance.of("dafp-reference-eval", "body");

    /** One catalogue reference and what the text gave for it. */
    public record Outcome(String recordId, String series, String controlSymbol, boolean held, boolean found,
                          List<String> parsed) {
    }

    /** The rates: overall, and on the references the text holds. */
    public record Report(int gold, int exact, int found, int held, int heldFound, List<Outcome> misses) {
        public double exactRate() {
            return gold == 0 ? 0 : (double) exact / gold;
        }

        public double rate() {
            return gold == 0 ? 0 : (double) found / gold;
        }

        public double heldRate() {
            return held == 0 ? 0 : (double) heldFound / held;
        }
    }

    private DafpReferenceEval() {
    }

    public static Report run(List<Record> records) {
        int gold = 0;
        int found = 0;
        int exact = 0;
        int held = 0;
        int heldFound = 0;
        List<Outcome> misses = new ArrayList<>();
        for (Record r : records) {
            List<ReferenceScheme.NaaItem> catalogue = catalogue(r);
            if (catalogue.isEmpty()) {
                continue;
            }
            String plain = r.text().plain();
            List<ReferenceScheme.NaaItem> parsed = parsed(plain);
            for (ReferenceScheme.NaaItem g : catalogue) {
                boolean isHeld = held(plain, g);
                boolean isFound = parsed.stream().anyMatch(p -> sameSeries(p.series(), g.series())
                        && (same(p.controlSymbol(), g.controlSymbol()) || same(joined(p), g.controlSymbol())));
                boolean isExact = parsed.stream().anyMatch(p -> sameSeries(p.series(), g.series())
                        && (exact(p.controlSymbol(), g.controlSymbol()) || exact(joined(p), g.controlSymbol())));
                gold++;
                found += isFound ? 1 : 0;
                exact += isExact ? 1 : 0;
                held += isHeld ? 1 : 0;
                heldFound += isHeld && isFound ? 1 : 0;
                if (!isFound) {
                    misses.add(new Outcome(r.id(), g.series(), g.controlSymbol(), isHeld, false,
                            parsed.stream().map(p -> p.series() + " | " + p.controlSymbol()).toList()));
                }
            }
        }
        return new Report(gold, exact, found, held, heldFound, misses);
    }

    /** The NAA references Fond finds in the document's text, as the analyser's body scan finds them. */
    static List<ReferenceScheme.NaaItem> parsed(String plain) {
        List<ReferenceScheme.NaaItem> items = new ArrayList<>();
        for (ReferenceParser.Found f : ReferenceParser.find(plain, ReferenceParser.FOUND_IN_BODY, EVAL)) {
            if (f.reference().scheme() instanceof ReferenceScheme.NaaItem naa) {
                items.add(naa);
            }
        }
        return items;
    }

    /**
     * The catalogue references of a record, from the header fields the DAFP reader kept in file order:
     * each {@code naa_refs} entry's keys come together, so a key seen twice starts the next entry.
     */
    static List<ReferenceScheme.NaaItem> catalogue(Record r) {
        List<ReferenceScheme.NaaItem> refs = new ArrayList<>();
        Map<String, String> entry = new LinkedHashMap<>();
        for (HeaderField h : r.header()) {
            boolean part = h.label().startsWith("naa_") || h.label().equals("reference");
            if (!part || entry.containsKey(h.label())) {
                flush(entry, refs);
            }
            if (part) {
                entry.put(h.label(), h.value());
            }
        }
        flush(entry, refs);
        return refs;
    }

    private static void flush(Map<String, String> entry, List<ReferenceScheme.NaaItem> refs) {
        String series = entry.get("naa_series");
        String control = entry.get("naa_control_symbol");
        if (series != null && !series.isBlank() && control != null && !control.isBlank()) {
            refs.add(new ReferenceScheme.NaaItem(series.strip(), control.strip(), null));
        }
        entry.clear();
    }

    /**
     * Whether the text cites this series and control symbol, once case, spaces and punctuation are
     * ignored: the series as a whole word, then at most an accession qualifier ({@code /2},
     * {@code T189}) and separators, then the control symbol ending at a word edge.
     */
    static boolean held(String plain, ReferenceScheme.NaaItem gold) {
        String pattern = "(?<![\\p{L}\\p{N}])" + loose(gold.series())
                + "(?:\\s*/\\s*[0-9]+|\\s+T[0-9]+)?[^\\p{L}\\p{N}\\n]{0,6}" + loose(gold.controlSymbol())
                + "(?![\\p{L}\\p{N}])";
        return Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(plain).find();
    }

    /** The letters and digits of {@code value} in order, anything but a letter, digit or line end between. */
    private static String loose(String value) {
        String squeezed = squeeze(value);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < squeezed.length(); i++) {
            if (i > 0) {
                b.append("[^\\p{L}\\p{N}\\n]*");
            }
            b.append(Pattern.quote(String.valueOf(squeezed.charAt(i))));
        }
        return b.toString();
    }

    /**
     * The control symbol with the item after it: the catalogue folds an item the document cites
     * as a part of its own into the control symbol ({@code AS3/1, SECTION 6} is
     * {@code AS3/1 SECTION 6}).
     */
    private static String joined(ReferenceScheme.NaaItem parsed) {
        return parsed.controlSymbol() == null || parsed.item() == null ? null
                : parsed.controlSymbol() + " " + parsed.item();
    }

    /** The same control symbol once case, spaces and punctuation are ignored: the measure "held" uses. */
    static boolean same(String parsed, String gold) {
        return parsed != null && squeeze(parsed).equals(squeeze(gold));
    }

    /** The same control symbol with its punctuation: only case and spaces may differ. */
    static boolean exact(String parsed, String gold) {
        return parsed != null && spaceless(parsed).equals(spaceless(gold));
    }

    /**
     * The same series, or the catalogue series cited with an accession qualifier the catalogue keeps
     * apart: older citations write the consignment after the series ({@code A1838/2}, {@code A1838 T189},
     * series {@code A1838}). Only a catalogue series without a slash part of its own may be matched
     * so, since a slash can belong to the series itself ({@code CP290/6}).
     */
    static boolean sameSeries(String parsed, String gold) {
        if (parsed == null) {
            return false;
        }
        String p = spaceless(parsed);
        String g = spaceless(gold);
        return squeeze(p).equals(squeeze(g)) || (g.indexOf('/') < 0 && p.startsWith(g) && ACCESSION.matcher(p.substring(g.length())).matches());
    }

    private static String spaceless(String s) {
        return s.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** Letters and digits only, upper case: how "the text holds it" is judged. */
    static String squeeze(String s) {
        return s.replaceAll("[^\\p{L}\\p{N}]+", "").toUpperCase(Locale.ROOT);
    }
}
