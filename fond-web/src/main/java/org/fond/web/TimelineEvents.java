package org.fond.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.fond.search.Hit;
import org.fond.store.json.RecordJson;

/**
 * The dated events a query's documents speak of: each date their text names to the month or the day
 * ({@code a Party conference on 17 February 1958}), placed on the timeline by the date it names rather
 * than by the document's own date, with its sentence and what the text says of it (took place, planned,
 * reported). Read from the stored records of the best documents of the query, so an event of 1958 is
 * found in a report written in 1957.
 */
final class TimelineEvents {
    /** How many of the query's documents are read for events: the most relevant ones. */
    static final int DOCUMENTS_READ = 200;
    /** How many events a period lists. */
    static final int SHOWN = 50;
    /** A single day or month ({@code 1958-02-17}, {@code 1955-02}, qualified or not): intervals are no events. */
    private static final Pattern POINT = Pattern.compile("(\\d{4}-\\d{2}(?:-\\d{2})?)[?~%]?");
    /** A dateline or header date sits this near the top: it is the document's own date, not an event in it. */
    private static final int OPENING = 200;
    private static final int CONTEXT = 120;

    /** One event: the date named, as written, what is said of it, its sentence, and where. */
    record Event(String date, String surface, String modality, String before, String after, String recordId,
                 String title) {
    }

    private TimelineEvents() {
    }

    /**
     * The events in {@code documents} (already the query's hits) named in {@code period} ({@code null}
     * for all time, {@code 1958}, {@code 1958-02}), in date order, at most {@link #SHOWN}.
     */
    static List<Event> of(Holdings holdings, List<Hit> documents, String period) {
        List<Event> events = new ArrayList<>();
        for (Hit hit : documents) {
            holdings.recordJson(hit.recordId()).map(RecordJson::parse)
                    .ifPresent(r -> events.addAll(in(r, hit, period)));
        }
        events.sort(Comparator.comparing(Event::date).thenComparing(Event::recordId));
        return events.size() > SHOWN ? List.copyOf(events.subList(0, SHOWN)) : events;
    }

    private static List<Event> in(JsonNode record, Hit hit, String period) {
        String text = record.path("text").asText("");
        List<Event> out = new ArrayList<>();
        for (JsonNode d : record.path("dates")) {
            var m = POINT.matcher(d.path("edtf").asText(""));
            int start = d.path("start").asInt(-1);
            int end = d.path("end").asInt(-1);
            if (!m.matches() || start < 0 || end <= start || end > text.length()) {
                continue;
            }
            String date = m.group(1);
            boolean ownDate = start < OPENING && hit.date() != null && hit.date().startsWith(date);
            if (ownDate || (period != null && !date.startsWith(period))) {
                continue;
            }
            out.add(new Event(date, text.substring(start, end), d.path("modality").asText(null),
                    sentenceBefore(text, start), sentenceAfter(text, end), hit.recordId(), hit.title()));
        }
        return out;
    }

    /** The sentence's words before the date, back to its start or {@link #CONTEXT} characters. */
    static String sentenceBefore(String text, int start) {
        int limit = Math.max(0, start - CONTEXT);
        int from = limit;
        boolean cut = limit > 0;
        for (int i = start - 1; i >= limit; i--) {
            char c = text.charAt(i);
            if (c == '\n' || ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1)))) {
                from = i + 1;
                cut = false;
                break;
            }
        }
        if (cut) { // begin at a word, not inside one
            int space = text.indexOf(' ', from);
            from = space >= 0 && space < start ? space + 1 : from;
        }
        return (cut ? "…" : "") + text.substring(from, start).stripLeading();
    }

    /** The sentence's words after the date, to its end or {@link #CONTEXT} characters. */
    static String sentenceAfter(String text, int end) {
        int to = Math.min(text.length(), end + CONTEXT);
        for (int i = end; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '.' || c == '!' || c == '?') {
                return text.substring(end, c == '\n' ? i : i + 1);
            }
        }
        return text.substring(end, to) + (to < text.length() ? "…" : "");
    }
}
