package org.fond.ingest.wcda;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The export's title block (MODEL.md §1.4, F2), date first in both forms: (a) one H1 line
 * {@code # January 17, 1955 Report from …}, or (b) a bold date line followed by one or more bold
 * title lines, joined with one space. {@code displayDate} is null when the block has no date;
 * {@code lines} are the physical lines of the block, {@code next} the index of the line after it.
 */
record TitleBlock(String displayDate, int dateLine, String title, int titleLine, List<Line> lines, int next) {

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?"
            + "|Nov\\.?|Dec\\.?)";
    /** {@code Month D, YYYY}, {@code Month, YYYY}, {@code Month YYYY}, {@code YYYY}: all seen in WCDA listings. */
    static final String DISPLAY_DATE = "(?:" + MONTH + " \\d{1,2}, \\d{4}|" + MONTH + ",? \\d{4}|\\d{4})";
    private static final Pattern DATE_ONLY = Pattern.compile("(?i)" + DISPLAY_DATE);
    private static final Pattern DATE_THEN_TITLE = Pattern.compile("(?i)(" + DISPLAY_DATE + ")[ \\t]+(\\S.*)");
    private static final Pattern H1 = Pattern.compile("^ {0,3}#[ \\t]+(.*?)[ \\t]*#*[ \\t]*$");
    private static final Pattern BOLD = Pattern.compile("^ {0,3}(\\*\\*|__)(.+?)\\1[ \\t]*$");

    /** The title block starting at {@code lines[at]}, if that line opens one. */
    static Optional<TitleBlock> parse(List<Line> lines, int at) {
        if (at >= lines.size()) {
            return Optional.empty();
        }
        Line first = lines.get(at);
        Matcher h1 = H1.matcher(first.text());
        if (h1.matches() && !h1.group(1).isBlank()) {
            String content = h1.group(1).strip();
            Matcher dated = DATE_THEN_TITLE.matcher(content);
            if (dated.matches()) {
                return Optional.of(new TitleBlock(dated.group(1), first.number(), dated.group(2).strip(),
                        first.number(), List.of(first), at + 1));
            }
            return Optional.of(new TitleBlock(null, 0, content, first.number(), List.of(first), at + 1));
        }
        List<Line> bold = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        int i = at;
        while (i < lines.size() && Label.of(lines.get(i)).isEmpty()) {
            Matcher m = BOLD.matcher(lines.get(i).text());
            if (!m.matches()) {
                break;
            }
            bold.add(lines.get(i));
            parts.add(m.group(2).strip());
            i++;
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        boolean dateFirst = DATE_ONLY.matcher(parts.get(0)).matches();
        if (dateFirst && parts.size() == 1) {
            // a date with no title is not a title block
            return Optional.empty();
        }
        List<String> titleParts = dateFirst ? parts.subList(1, parts.size()) : parts;
        Line titleLine = bold.get(dateFirst ? 1 : 0);
        return Optional.of(new TitleBlock(dateFirst ? parts.get(0) : null, dateFirst ? bold.get(0).number() : 0,
                String.join(" ", titleParts), titleLine.number(), List.copyOf(bold), i));
    }
}
