package org.fond.core.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the formal lines of openers and closers (MODEL.md §4.4, A13, A17–A24): classification
 * and copy number, status, address lines, datelines, registry numbers, signatories and
 * authentication. Each method reads one line and answers only when the whole line is that element,
 * so a body sentence that merely mentions "secret" is never taken for a marking.
 */
final class FormalLines {
    /** Nº (N + masculine ordinal), № and N° are one logical number marker (F6); "No." and "Nr." too. */
    static final String NUMBER_MARKER = "(?:N\\s?[º°]\\.?|№|No\\.|Nr\\.|N\\.(?=\\s?\\d))";
    private static final Pattern CLASSIFICATION = Pattern.compile(
            "(?iu)\\b(top\\s+secret|strictly\\s+secret|sovershenno\\s+sekretno|secret|sekretno|confidential)\\b");
    private static final Pattern MARKED_NUMBER = Pattern.compile("(?u)" + NUMBER_MARKER + "\\s*([\\p{L}\\p{N}/_-]*)");
    private static final Pattern COPY_WORD = Pattern.compile("(?iu)\\bcopy\\b");
    private static final Pattern COPY_NUMBER = Pattern.compile("(?iu)\\bcopy\\s+(\\p{N}+)");
    private static final Pattern REGISTRY_LINE = Pattern.compile(
            "(?u)^" + NUMBER_MARKER + "\\s*(\\p{N}[\\p{L}\\p{N}/-]*)\\.?$");
    private static final Pattern MARKING_RESIDUE = Pattern.compile(
            "(?iu)\\b(copy|copies|only|single|ex\\.?|urgent|personal)\\b|[\\p{Punct}\\s]");
    private static final Pattern STATUS = Pattern.compile("(?iu)^(draft|final|project)\\.?$");
    private static final Pattern ADDRESS_TO = Pattern.compile("^(?:to|To)\\s+(?:the\\s+)?(\\S.{0,60}?)[,.:]?$");
    private static final Pattern SOURCE_NOTE = Pattern.compile("^\\p{Lu}{2,}\\p{L}*,?\\s+[Ff]\\.\\s*[\\p{Lu}\\d-]+");
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    static final Pattern DATELINE = Pattern.compile("(?iu)^(\\.{2,}\\s*)?(?:\\p{Lu}[\\p{L} .-]{1,30},\\s*)?("
            + "\\d{1,2}\\s+" + MONTH + "\\s+\\d{4}|" + MONTH + "\\s+\\d{1,2},\\s+\\d{4}|" + MONTH + "\\s+\\d{4})"
            + "(?:\\s+(?:year|g\\.))?\\.?$");
    private static final String NAME = "(?:\\p{Lu}\\.\\s?){1,3}\\s?\\p{Lu}[\\p{L}'’-]+";
    private static final Pattern NAME_IN_LINE = Pattern.compile("(?u)" + NAME);
    private static final Pattern SIGNATORIES = Pattern.compile(
            "(?u)^" + NAME + "(?:(?:\\s*,\\s*|\\s+and\\s+|\\s+)" + NAME + ")*\\.?$");
    private static final Pattern SIGNED = Pattern.compile(
            "(?iu)^(?:\\[(?:illegible\\s+)?signature]\\s*)?[(/](" + NAME + ")[)/]\\.?$");
    private static final Pattern SIGNATURE_ONLY = Pattern.compile("(?iu)^\\[(?:illegible\\s+)?signature]$");
    private static final Pattern AUTHENTICATION = Pattern.compile(
            "(?iu)^(?:authenticated|certified|true\\s+copy|correct)\\s*:\\s*(.*)$");
    private static final Pattern INCOMING = Pattern.compile(
            "(?iu)\\b(incoming|outgoing)\\s+(?:" + NUMBER_MARKER + ")?\\s*(\\p{N}[\\p{L}\\p{N}/-]*)");

    private FormalLines() {
    }

    /** The classification named on a line, canonically cased ("Top Secret"), if any. */
    static Optional<String> classification(String line) {
        Matcher m = CLASSIFICATION.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        String word = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return Optional.of(switch (word) {
            case "top secret" -> "Top Secret";
            case "strictly secret", "sovershenno sekretno" -> "Strictly Secret";
            case "confidential" -> "Confidential";
            default -> "Secret";
        });
    }

    /**
     * True when the line is only a classification and/or copy marking ("Copy Secret Nº 4",
     * "TOP SECRET", "Secret Nº __").
     */
    static boolean isMarking(String line) {
        boolean copy = COPY_WORD.matcher(line).find();
        if (classification(line).isEmpty() && !copy) {
            return false;
        }
        String rest = MARKED_NUMBER.matcher(CLASSIFICATION.matcher(line).replaceAll(" ")).replaceAll(" ");
        rest = COPY_NUMBER.matcher(rest).replaceAll(" ");
        return MARKING_RESIDUE.matcher(rest).replaceAll("").isEmpty();
    }

    /**
     * The copy number of a marking line: the number after the number marker, or {@code BLANK} when
     * the form field was left empty ({@code Nº __}, A22): a blank is not an unknown.
     */
    static Optional<String> copyNumber(String line) {
        Matcher m = MARKED_NUMBER.matcher(line);
        if (m.find()) {
            String value = m.group(1);
            return Optional.of(value.isEmpty() || value.chars().allMatch(c -> c == '_') ? "BLANK" : value);
        }
        Matcher copy = COPY_NUMBER.matcher(line);
        return copy.find() ? Optional.of(copy.group(1)) : Optional.empty();
    }

    /** "draft" for a line that is only a status marking ({@code Draft}, A23). */
    static Optional<String> status(String line) {
        Matcher m = STATUS.matcher(line.strip());
        return m.matches() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /**
     * The addressee of an address line. A telegram address block in capitals ({@code PEKING},
     * {@code TO THE SOVIET AMBASSADOR}) is kept verbatim as its address lines; a running
     * {@code to the CPSU CC} names the addressee after the preposition.
     */
    static Optional<String> addressee(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.split("\\s+").length > 8 || s.endsWith(".") && !s.endsWith("Cde.")) {
            return Optional.empty();
        }
        if (isCapitals(s)) {
            return Optional.of(s);
        }
        Matcher m = ADDRESS_TO.matcher(s);
        return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    static boolean isCapitals(String s) {
        boolean letters = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letters;
    }

    /** True for an archival reference the editor put on its own line (A15), e.g. "AVPRF F. 0102 …". */
    static boolean isSourceNote(String line) {
        return SOURCE_NOTE.matcher(line.strip()).find();
    }

    /** The date of a line that is only a dateline, without any leading editorial ellipsis. */
    static Optional<String> dateline(String line) {
        // every form ends in a year of four ASCII digits and is short: other paragraphs are told so without the regex
        if (!hasFourDigits(line) || !shortEnoughForDateline(line)) {
            return Optional.empty();
        }
        Matcher m = DATELINE.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String s = line.strip();
        return Optional.of(m.group(1) == null ? s : s.substring(m.group(1).length()).strip());
    }

    /**
     * The most characters other than white space and full stops a {@link #DATELINE} holds: the place
     * (a capital, thirty more, a comma), the longest date form ({@code September 30, 1957}: 16) and
     * {@code year}. Any run of spaces or dots may come between them.
     */
    private static final int DATELINE_MAX_MARKS = 32 + 16 + 4;

    /**
     * False when the line holds more characters than any dateline can: the pattern was tried on every
     * paragraph with a year, most of a FRUS document's, and failed there only after its place and date.
     */
    private static boolean shortEnoughForDateline(String line) {
        int marks = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '.' && c != ' ' && c != '\t' && c != '\n' && c != 0x0B && c != '\f' && c != '\r'
                    && !Character.isWhitespace(c) && ++marks > DATELINE_MAX_MARKS) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasFourDigits(String line) {
        int run = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    /** The number of a line that is only a registry number ({@code Nº 83/M}). */
    static Optional<String> registryNumber(String line) {
        Matcher m = REGISTRY_LINE.matcher(line.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Incoming/outgoing registry numbers on a stamp, as {@code incoming:367vn}. */
    static List<String> stampRegistryNumbers(String stamp) {
        List<String> numbers = new ArrayList<>();
        Matcher m = INCOMING.matcher(stamp);
        while (m.find()) {
            numbers.add(m.group(1).toLowerCase(Locale.ROOT) + ":" + m.group(2));
        }
        return numbers;
    }

    /** The signatories of a signature line, in order ("V. Molotov M. Suslov", "[signature] (A. PUZANOV)"). */
    static Optional<List<String>> signatories(String line) {
        String s = line.strip();
        Matcher signed = SIGNED.matcher(s);
        if (signed.matches()) {
            return Optional.of(List.of(signed.group(1).strip()));
        }
        if (!SIGNATORIES.matcher(s).matches()) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        Matcher m = NAME_IN_LINE.matcher(s);
        while (m.find()) {
            names.add(m.group().strip());
        }
        return Optional.of(names);
    }

    static boolean isSignatureOnly(String line) {
        return SIGNATURE_ONLY.matcher(line.strip()).matches();
    }

    /** What follows an authentication label ({@code Authenticated: [illegible signature]}, A20). */
    static Optional<String> authentication(String line) {
        Matcher m = AUTHENTICATION.matcher(line.strip());
        return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }
}
