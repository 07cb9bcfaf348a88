package org.fond.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fond.core.model.Span;
import org.fond.search.FacetCount;
import org.fond.search.Hit;
import org.fond.search.QuerySyntaxException;
import org.fond.search.SearchRequest;
import org.fond.search.SearchResult;
import org.fond.search.Snippet;
import org.fond.search.SortOrder;
import org.fond.store.json.RecordJson;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code fond search QUERY}: hits with highlighted snippets, facet counts (with the authority's
 * labels) and filters; or, instead of a query, the records like one record ({@code --like ID}) or
 * filed with it in the same archival file ({@code --same-file ID}).
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the archive. Words must all occur; \"phrases\", AND OR NOT, + -, (), field:value",
                "(title, summary, text, id, repository, fond, year, language, person…, date:[1955 TO 1957-06]),",
                "ref:\"AVPRF F. 0102, Op. 14\" (any citation style, at or under that level), wild*, fuzzy~,",
                "layer:original (the words of the original only; also translator, archival-addition, editorial),",
                "-layer:translator (leave the translator's words out). Known names are searched in all their forms",
                "unless --exact. Instead of a QUERY: --like ID or --same-file ID."})
final class SearchCommand implements Callable<Integer> {
    @Mixin
    ArchiveOption archive;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "The query (several arguments are joined by spaces).")
    List<String> query = List.of();

    @ArgGroup(exclusive = true)
    Related related;

    static final class Related {
        @Option(names = "--like", paramLabel = "ID", description = "Instead of a query: the records most like this one.")
        String like;

        @Option(names = "--same-file", paramLabel = "ID",
                description = "Instead of a query: the records filed in the same archival file, by date and folio.")
        String sameFile;
    }

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "text", description = "json or text (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--facet", paramLabel = "FIELD", split = ",",
            description = "Count the values of this field over all hits (repeatable): year, decade, repository, fond, "
                    + "language, type, translator, classification, sourceFormat, person, organization, place.")
    List<String> facets = List.of();

    @Option(names = "--filter", paramLabel = "FIELD=VALUE",
            description = "Keep hits with this facet value (repeatable): any value of one field, every field.")
    List<String> filters = List.of();

    @Option(names = "--exact", description = "Search names only as typed, not in every form the authority knows.")
    boolean exact;

    @Option(names = "--sort", defaultValue = "relevance", paramLabel = "ORDER",
            description = "relevance, date or date-desc (default: ${DEFAULT-VALUE}).")
    String sort;

    @Option(names = "--cursor", paramLabel = "CURSOR", description = "Continue after the page that printed this cursor.")
    String cursor;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (limit < 0 || limit > SearchRequest.MAX_LIMIT) {
            throw new UserError("--limit must be between 0 and " + SearchRequest.MAX_LIMIT, Fond.USAGE);
        }
        String q = String.join(" ", query);
        boolean byRecord = related != null;
        if (byRecord && !q.isBlank()) {
            throw new UserError("give either a QUERY or --like/--same-file, not both", Fond.USAGE);
        }
        if (!byRecord && query.isEmpty()) {
            throw new UserError("give a QUERY (* for every record), or --like ID or --same-file ID", Fond.USAGE);
        }
        try (Library library = Library.openExisting(archive.directory())) {
            PrintWriter out = spec.commandLine().getOut();
            if (byRecord) {
                return related(library, out);
            }
            SearchResult result;
            try {
                result = library.search(request(q));
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage(), Fond.USAGE);
            } catch (QuerySyntaxException e) {
                throw new UserError("cannot read the query: " + e.getMessage() + "\n  " + q + "\n  "
                        + " ".repeat(e.position()) + "^ (position " + e.position() + ")", Fond.USAGE);
            }
            if (format == OutputFormat.json) {
                out.println(RecordJson.pretty(json(q, result)));
            } else {
                text(result, out);
            }
            return Fond.OK;
        }
    }

    /** {@code --like} or {@code --same-file}: a list of records, without snippets. */
    private int related(Library library, PrintWriter out) {
        boolean like = related.like != null;
        String given = like ? related.like : related.sameFile;
        String id = given.matches("\\d+") ? "wcda:" + given : given;
        if (library.recordJson(id).isEmpty()) {
            throw new UserError("no record " + id + " in " + archive.directory() + " (fond search lists what is there)",
                    Fond.PARTIAL);
        }
        List<Hit> hits = like ? library.moreLikeThis(id, limit) : library.sameFile(id);
        if (format == OutputFormat.json) {
            ObjectNode o = RecordJson.mapper().createObjectNode();
            o.put(like ? "like" : "sameFile", id);
            o.put("total", hits.size());
            hitsJson(o.putArray("hits"), hits);
            out.println(RecordJson.pretty(o));
        } else {
            out.printf("%d record%s %s %s%n", hits.size(), hits.size() == 1 ? "" : "s",
                    like ? "like" : "in the same file as", id);
            int n = 0;
            for (Hit h : hits) {
                out.printf("%2d. %s  %s  %s%s%n", ++n, h.recordId(), h.date() == null ? "" : h.date(), h.title(),
                        h.recordId().equals(id) ? "  (this record)" : "");
            }
        }
        return Fond.OK;
    }

    private SearchRequest request(String q) {
        SortOrder order = switch (sort.toLowerCase(java.util.Locale.ROOT)) {
            case "relevance" -> SortOrder.RELEVANCE;
            case "date", "date-asc" -> SortOrder.DATE_ASCENDING;
            case "date-desc" -> SortOrder.DATE_DESCENDING;
            default -> throw new UserError("--sort must be relevance, date or date-desc, not " + sort, Fond.USAGE);
        };
        SearchRequest request = new SearchRequest(q, limit).withFacets(facets).withSort(order).withExact(exact);
        for (Map.Entry<String, List<String>> f : filters().entrySet()) {
            request = request.withFilter(f.getKey(), f.getValue());
        }
        return cursor == null ? request : request.withCursor(cursor);
    }

    /** {@code --filter year=1955 --filter year=1957} → year: [1955, 1957]. */
    private Map<String, List<String>> filters() {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (String f : filters) {
            int eq = f.indexOf('=');
            if (eq <= 0 || eq == f.length() - 1) {
                throw new UserError("--filter takes FIELD=VALUE, e.g. --filter year=1957, not " + f, Fond.USAGE);
            }
            byField.computeIfAbsent(f.substring(0, eq).strip(), k -> new ArrayList<>()).add(f.substring(eq + 1));
        }
        return byField;
    }

    private static ObjectNode json(String q, SearchResult result) {
        ObjectNode o = RecordJson.mapper().createObjectNode();
        o.put("query", q);
        o.put("total", result.total());
        o.put("tookMicros", result.tookMicros());
        hitsJson(o.putArray("hits"), result.hits());
        ObjectNode facets = o.putObject("facets");
        result.facets().forEach((field, counts) -> {
            ArrayNode values = facets.putArray(field);
            counts.forEach(c -> values.addObject().put("value", c.value()).put("count", c.count())
                    .put("label", c.label()));
        });
        o.put("nextCursor", result.nextCursor());
        return o;
    }

    private static void hitsJson(ArrayNode hits, List<Hit> found) {
        found.forEach(h -> org.fond.web.ApiJson.hit(hits, h));
    }

    private static void text(SearchResult result, PrintWriter out) {
        out.printf("%d record%s (%.1f ms)%n", result.total(), result.total() == 1 ? "" : "s",
                result.tookMicros() / 1000.0);
        int n = 0;
        for (Hit h : result.hits()) {
            out.printf("%n%2d. %s  %s  %s%n", ++n, h.recordId(), h.date() == null ? "" : h.date(), h.title());
            for (Snippet s : h.snippets()) {
                out.println("    " + marked(s).replace('\n', ' '));
            }
        }
        result.facets().forEach((field, counts) -> {
            out.printf("%n%s:", field);
            counts.forEach(c -> out.printf("  %s (%d)", shown(c), c.count()));
            out.println();
        });
        if (result.nextCursor() != null && !result.hits().isEmpty()) {
            out.println();
            out.println("More: --cursor " + result.nextCursor());
        }
    }

    /** A value as the reader knows it: the label, with the id to filter by when they differ. */
    private static String shown(FacetCount c) {
        return c.label().equals(c.value()) ? c.value() : c.label() + " [" + c.value() + "]";
    }

    /** The snippet with its highlights in »guillemets«: square brackets already mean apparatus in these texts. */
    private static String marked(Snippet s) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (Span h : s.highlights()) {
            b.append(s.text(), at, h.start()).append('»').append(s.text(), h.start(), h.end()).append('«');
            at = h.end();
        }
        return b.append(s.text().substring(at)).toString();
    }
}
