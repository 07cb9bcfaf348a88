package org.fond.core.reference;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fond.core.model.Confidence;

/**
 * The US Department of State decimal files as FRUS source notes and NARA finding aids cite them:
 * {@code Department of State, Central Files, 861.77/451}, {@code 500.A15a3/621: Telegram},
 * {@code File No. 893.00/3146}, {@code NARA, RG 59, Central Decimal File 1955-59, 795.00/1-1755}.
 * The decimal file runs to the slash and may carry a subject after the number
 * ({@code 711.00111 Armament Control/927a}, {@code 740.0011 Mutual Guarantee (Locarno)/507}); the document number follows ({@code 451}, {@code 621a},
 * {@code 4525½}, a dated number {@code 1-1755}, {@code –} for none, or a list {@code 2353, 2354}); a colon then names the form
 * ({@code Telegram}, {@code Circular telegram}, {@code Telegram (part air)}).
 *
 * <p>Cited with no repository, the file must start with three digits and a point or a capital
 * ({@code 861.}, {@code 123H875}) and be followed by a slash, so a fraction or a page range in prose
 * never reads as a file. Those references are NARA's by implication ({@link Flags#IMPLIED_REPOSITORY}).
 */
final class DecimalFileGrammar implements SchemeGrammar {
    private static final Repository IMPLIED = new Repository("NARA", "");
    private static final Pattern RECORD_GROUP = Pattern.compile("(?:RG|Record Group) ?([0-9]+)(?![\\p{L}\\p{N}])");
    /** What may stand between the record group (or repository) and the file: a series name, "File No.". */
    private static final Pattern SERIES_NAME = Pattern.compile(
            "(?:Central (?:Decimal )?Files?(?: ?,? ?[0-9]{4}(?:[-–][0-9]{2,4})?)?|Decimal Files?)(?![\\p{L}\\p{N}])");
    private static final Pattern FILE_NO = Pattern.compile("(?:Files? Nos?\\.?|File)(?= ?[0-9])");
    private static final Pattern FILE = Pattern.compile(
            "([0-9]{3}(?:\\.[0-9A-Za-z]+|[A-Z][0-9A-Za-z]*)(?:\\.[0-9A-Za-z]+)?(?: [A-Za-z0-9()]+){0,4}?)"
                    + "/([0-9]{1,2}[-–][0-9]{4}|[0-9]+[a-z]?½?|[A-Za-z]|[–-](?![0-9]))((?:, ?[0-9]+[a-z]?½?(?![0-9/.]))*)(?![\\p{L}\\p{N}/])");
    private static final Pattern FORM = Pattern.compile(
            ": ?([A-Z][a-z]+(?: [a-z]+){0,3}(?: \\((?:part )?[a-z ]{1,20}\\))?)(?![\\p{L}\\p{N}])");

    @Override
    public String schemeId() {
        return RepositoryRegistry.DECIMAL;
    }

    @Override
    public Repository impliedRepository() {
        return IMPLIED;
    }

    @Override
    public Optional<Reading> read(String text, int from) {
        int at = Scan.skipSeparators(text, from);
        String recordGroup = null;
        Matcher rg = RECORD_GROUP.matcher(text).region(at, text.length());
        if (rg.lookingAt()) {
            recordGroup = rg.group(1);
            at = Scan.skipSeparators(text, rg.end());
        }
        Matcher series = SERIES_NAME.matcher(text).region(at, text.length());
        if (series.lookingAt()) {
            at = Scan.skipSeparators(text, series.end());
        }
        Matcher fileNo = FILE_NO.matcher(text).region(at, text.length());
        if (fileNo.lookingAt()) {
            at = Scan.skipSeparators(text, fileNo.end());
        }
        Optional<Reading> file = readFile(text, at, recordGroup);
        if (file.isEmpty() && recordGroup != null) {
            var scheme = new ReferenceScheme.DecimalFile(recordGroup, null, null, null);
            return Optional.of(new Reading(scheme, rg.end(), Set.of(), Confidence.MEDIUM));
        }
        return file;
    }

    @Override
    public boolean mayBeginWithoutRepository(char c) {
        return c == 'F' || (c >= '0' && c <= '9'); // "File No." or a file's three digits
    }

    @Override
    public Optional<Reading> readWithoutRepository(String text, int at) {
        // tried at every word of the text: "File No." opens with F and a file with three digits, and a
        // look at those characters spares making a matcher where neither can match
        int i = at;
        if (at < text.length() && text.charAt(at) == 'F') {
            Matcher fileNo = FILE_NO.matcher(text).region(at, text.length());
            if (fileNo.lookingAt()) {
                i = Scan.skipSeparators(text, fileNo.end());
            }
        }
        if (!Scan.wordStart(text, i) || !threeDigitsAt(text, i)) {
            return Optional.empty();
        }
        return readFile(text, i, null);
    }

    private static boolean threeDigitsAt(String text, int at) {
        if (at + 3 > text.length()) {
            return false;
        }
        for (int i = at; i < at + 3; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static Optional<Reading> readFile(String text, int at, String recordGroup) {
        Matcher m = FILE.matcher(text).region(at, text.length());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String document = m.group(2) + m.group(3);
        int end = m.end();
        String form = null;
        Matcher f = FORM.matcher(text).region(end, text.length());
        if (f.lookingAt()) {
            form = f.group(1);
            end = f.end();
        }
        Set<String> flags = new TreeSet<>();
        var scheme = new ReferenceScheme.DecimalFile(recordGroup, m.group(1), document, form);
        return Optional.of(new Reading(scheme, end, flags, Confidence.HIGH));
    }
}
