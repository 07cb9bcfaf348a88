package org.fond.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fond.core.model.Annotation;
import org.fond.core.model.DocumentDate;
import org.fond.core.model.Provenance;
import org.fond.core.model.Record;
import org.fond.core.model.Source;
import org.fond.core.model.Span;
import org.fond.core.model.Text;
import org.fond.core.reference.ArchivalReference;
import org.fond.core.reference.ReferenceScheme;
import org.fond.core.reference.Repository;
import org.fond.core.testing.Shared;
import org.fond.core.text.MarkdownNormaliser;

/**
 * The two real seeds as records, built the simple way (the WCDA reader comes later): the title as
 * the short known string, the summary read from the file under its "Summary" heading, the whole file
 * normalised as text, the citation's reference, and handwritten notes found in the text as
 * archival-addition annotations. Small fixtures in other scripts are written here, not copied.
 */
public final class SeedRecords {
    public static final String S1 = "wcda:115956";
    public static final String S2 = "wcda:115797";
    private static final Provenance TEST = Provenance.of("search-test", "fixture");
    private static final Pattern HANDWRITTEN = Pattern.compile("\\[handwrit(?:ten|ing):[^\\]\\n]*\\]?");

    private SeedRecords() {
    }

    /** Puzanov's journal, 17 December 1957. */
    public static Record s1() {
        return seed(S1, Shared.seed115956(), "Journal of Soviet Ambassador to the DPRK A.M. Puzanov for 17 December 1957",
                "1957-12-17", "December 17, 1957", new ReferenceScheme.RussianFile("0102", "14", null, "6", null),
                "AVPRF/0102/14/6");
    }

    /** Molotov and Suslov's report, 17 January 1955. */
    public static Record s2() {
        return seed(S2, Shared.seed115797(), "Report from V. Molotov and M. Suslov", "1955-01-17", "January 17, 1955",
                new ReferenceScheme.RussianFile("0102", "11", "65", "45", null), "AVPRF/0102/11/65/45");
    }

    private static Record seed(String id, Path file, String title, String edtf, String display,
                               ReferenceScheme scheme, String fileKey) {
        String content = Shared.read(file);
        Text text = MarkdownNormaliser.normalise(content, 1).text();
        ArchivalReference reference = new ArchivalReference(fileKey, new Repository("AVPRF", "AVPRF"), scheme, "",
                fileKey, fileKey, Set.of(), null, "citation", TEST);
        return Record.builder(id)
                .title(title)
                .summary(summary(content))
                .date(new DocumentDate(edtf, display, TEST))
                .references(List.of(reference))
                .source(new Source(null, null, id.substring(id.indexOf(':') + 1), "wcda-export",
                        file.getFileName().toString()))
                .text(text)
                .annotations(handwritten(text.plain()))
                .build();
    }

    /** The first paragraph after the line holding "Summary". */
    static String summary(String content) {
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("Summary")) {
                for (int j = i + 1; j < lines.length; j++) {
                    if (!lines[j].isBlank()) {
                        return lines[j].strip();
                    }
                }
            }
        }
        throw new IllegalStateException("no summary in the seed");
    }

    private static List<Annotation> handwritten(String plain) {
        Matcher m = HANDWRITTEN.matcher(plain);
        List<Annotation> notes = new java.util.ArrayList<>();
        while (m.find()) {
            notes.add(new Annotation.HandwrittenAddition(new Span(m.start(), m.end()), m.group(), "handwritten",
                    m.group(), Set.of(), TEST));
        }
        return notes;
    }

    /** A record with only a title and a text, for the script fixtures. */
    public static Record fixture(String id, String title, String text, String edtf) {
        return Record.builder(id)
                .title(title)
                .text(Text.verbatim(text, 1))
                .date(edtf == null ? null : new DocumentDate(edtf, edtf, TEST))
                .source(new Source(null, null, id, "fixture", null))
                .build();
    }
}
