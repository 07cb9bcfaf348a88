package org.fond.core.reference;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fond.core.model.Confidence;

/**
 * The National Archives of Australia family as DAFP cites it: {@code [AA : A1838, 852/20/4, IV]},
 * {@code NAA: A1838, 3107/38/12/2, i}, {@code [AA: CP 290/6, BUNDLE 1, ITEM 28]}. Series, then the
 * control symbol up to the next comma, then one item part. Hand-written because the control symbol is
 * free text (uppercase words, slashes, brackets: {@code TIMOR (PORTUGUESE) 22}) that must stop before
 * prose, which a character scan says more plainly than one regular expression.
 *
 * <p>OCR slips are corrected only where the reading is certain: a lower-case {@code l} or a capital
 * {@code I} among the digits of a series ({@code Al838} → {@code A1838}) and a lower-case {@code l}
 * among the digits and capitals of a control symbol ({@code 2202/El} → {@code 2202/E1}), both flagged
 * {@link Flags#OCR_CORRECTED}. A capital {@code O} is never read as zero: NAA control symbols hold
 * both ({@code O51/1/1}). Nothing missing is ever supplied: {@code 1838} stays {@code 1838}.
 *
 * <p>A comma left out after the series is read past ({@link Flags#MISSING_SEPARATOR}) only before a
 * form no prose takes: a slashed symbol ({@code A1068 ER47/1/29}) or a bracketed number
 * ({@code A11537 [1]}). A control symbol may hold a word naming a part of the file in any case
 * ({@code EATS 77 Annex A}) but never ends inside a capitalised word.
 */
final class NaaGrammar implements SchemeGrammar {
    /** Prefix letters (lazy, so {@code Al838} leaves the {@code l} to the digits), digits with slips, suffixes. */
    private static final Pattern SERIES = Pattern.compile(
            "([A-Z]{0,4}?)( ?|\\.)([0-9lI]*[0-9][0-9lI]*)([A-Z]?(?:/[0-9]+){0,2}(?: ?T[0-9lI]+(?:\\((?i:sv)\\))?)?)"
                    + "(?![\\p{L}\\p{N}])");
    private static final Pattern ITEM = Pattern.compile(
            "(?:(?i:[ivxlc]{1,7})|(?:PART|ITEM|BOX|BUNDLE|SECTION|VOL\\.?|PT\\.?) ?[0-9]+[A-Z]?|[0-9]+(?:\\.[0-9]+)*(?:/[0-9]+)?)"
                    + "(?![\\p{L}\\p{N}])");
    /**
     * A control symbol after the series with no comma between: only a form no series or prose
     * takes, a slashed symbol ({@code ER47/1/29}) or a bracketed number ({@code [1]}).
     */
    private static final Pattern BARE_SYMBOL = Pattern.compile(
            " +(?:([A-Z]{0,4}[0-9]+(?:/[0-9A-Z]+)+)(?![\\p{L}\\p{N}/])|\\[([0-9]+)(?=\\]|$))");
    private static final Pattern PART_WORD = Pattern.compile("(?i:annex|attachment|appendix|enclosure)(?![\\p{L}\\p{N}])");
    private static final Pattern LOWER_PREFIX = Pattern.compile("[a-z]{1,3}(?=[0-9])");
    private static final Pattern SLIP_COMPONENT = Pattern.compile("[A-Z]{0,3}[0-9l]+");

    @Override
    public String schemeId() {
        return RepositoryRegistry.NAA;
    }

    @Override
    public Optional<Reading> read(String text, int from) {
        Set<String> flags = new TreeSet<>();
        int at = Scan.skipSeparators(text, from);
        Matcher series = SERIES.matcher(text).region(at, text.length());
        if (!series.lookingAt()) {
            return Optional.empty();
        }
        // digits and the T-number after them hold no letter l or I: those are OCR slips for 1
        String seriesValue = series.group(1) + series.group(2) + digitsOnly(series.group(3))
                + series.group(4).replaceAll("(?<=T[0-9lI]{0,9})[lI]", "1");
        if (!seriesValue.equals(series.group())) {
            flags.add(Flags.OCR_CORRECTED);
        }
        int end = series.end();

        String control = null;
        String item = null;
        int next = skipToNextPart(text, end);
        if (next == end) {
            // "[AA : A1068 ER47/1/29]", "[NAA : A11537 [1]]": the comma after the series left out
            Matcher bare = BARE_SYMBOL.matcher(text).region(end, text.length());
            if (bare.lookingAt()) {
                next = bare.start(1) >= 0 ? bare.start(1) : bare.start(2);
                flags.add(Flags.MISSING_SEPARATOR);
            }
        }
        if (next > end) {
            int controlEnd = controlSymbolEnd(text, next);
            if (controlEnd > next) {
                control = text.substring(next, controlEnd);
                String fixed = correctControlSymbol(control);
                if (!fixed.equals(control)) {
                    flags.add(Flags.OCR_CORRECTED);
                    control = fixed;
                }
                end = controlEnd;
                int itemAt = skipToNextPart(text, end);
                Matcher m = ITEM.matcher(text).region(itemAt, text.length());
                if (itemAt > end && m.lookingAt()) {
                    item = m.group();
                    end = m.end();
                }
            }
        }
        var scheme = new ReferenceScheme.NaaItem(seriesValue, control, item);
        Confidence confidence = flags.isEmpty() && control != null ? Confidence.HIGH : Confidence.MEDIUM;
        return Optional.of(new Reading(scheme, end, flags, confidence));
    }

    private static String digitsOnly(String digits) {
        return digits.replace('l', '1').replace('I', '1');
    }

    /** The start of the next comma-separated part, or {@code at} when no comma follows. */
    private static int skipToNextPart(String text, int at) {
        int i = at;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != ',') {
            return at;
        }
        i++;
        // "[NAA : A11537 [1]": a stray bracket before the control symbol is OCR noise, not a level
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '[')) {
            i++;
        }
        return i;
    }

    /**
     * Where a control symbol starting at {@code at} ends: it is upper case, digits, spaces and
     * {@code / ( ) . : & ' -}; a lower-case {@code l} only where OCR put it for a digit, and lower-case
     * letters only as a prefix straight before digits. Trailing
     * spaces and punctuation are not part of it.
     */
    private static int controlSymbolEnd(String text, int at) {
        // a symbol typed in lower case ("ts45/1/4/5") is still one when letters lead straight into digits
        Matcher lower = LOWER_PREFIX.matcher(text).region(at, text.length());
        int i = lower.lookingAt() ? lower.end() : at;
        while (i < text.length()) {
            char c = text.charAt(i);
            Matcher word = PART_WORD.matcher(text).region(i, text.length());
            if (i > at && text.charAt(i - 1) == ' ' && word.lookingAt()) {
                i = word.end(); // "EATS 77 Annex A": a word naming a part of the file, in any case
                continue;
            }
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || " /().:&'-".indexOf(c) >= 0
                    || (c == 'l' && i > at && isSymbolChar(text.charAt(i - 1))
                    && (i + 1 >= text.length() || !Character.isLowerCase(text.charAt(i + 1))))
                    // "745c", "DL47/5/8c": a file's letter suffix typed in lower case
                    || (c >= 'a' && c <= 'z' && i > at && Character.isDigit(text.charAt(i - 1))
                    && !Scan.letterAt(text, i + 1));
            if (!ok) {
                break;
            }
            i++;
        }
        if (i < text.length() && i > at && Character.isLowerCase(text.charAt(i)) && Character.isUpperCase(text.charAt(i - 1))) {
            // stopped inside a capitalised word ("TIMOR (Portuguese"): the word is prose, not symbol
            int space = text.lastIndexOf(' ', i - 1);
            i = space >= at ? space : at;
        }
        while (i > at && (" .:(-".indexOf(text.charAt(i - 1)) >= 0
                // "(A1608, N51/1/6)": a closing bracket with none opened in the symbol closes the citation
                || (text.charAt(i - 1) == ')' && text.substring(at, i).chars().filter(ch -> ch == '(').count()
                < text.substring(at, i).chars().filter(ch -> ch == ')').count()))) {
            i--;
        }
        // an opening bracket left unclosed at the end belongs to what follows
        return i;
    }

    private static boolean isSymbolChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/';
    }

    /** {@code TS519/3/l} → {@code TS519/3/1}: a lower-case l in a slash part of capitals and digits. */
    private static String correctControlSymbol(String control) {
        if (control.indexOf('l') < 0) {
            return control;
        }
        String[] parts = control.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            if (SLIP_COMPONENT.matcher(parts[i]).matches()) {
                parts[i] = parts[i].replace('l', '1');
            }
        }
        return String.join("/", parts);
    }
}
