package org.fond.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.fond.core.model.Span;
import org.fond.search.Hit;
import org.fond.search.QuerySyntaxException;
import org.fond.search.SearchRequest;
import org.fond.search.SearchResult;
import org.fond.search.Snippet;
import org.fond.search.SortOrder;
import org.fond.store.json.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fond search QUERY}: hits with highlighted snippets. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the archive. Words must all occur; \"phrases\", AND OR NOT, + -, (), field:value",
                "(title, summary, text, id, repository, fond, year, language…, date:[1955 TO 1957-06]),",
                "ref:\"AVPRF F. 0102, Op. 14\" (any citation style, at or under that level), wild*, fuzzy~."})
final class SearchCommand implements Callable<Integer> {
    @Mixin
    ArchiveOption archive;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The query (several arguments are joined by spaces).")
    List<String> query;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "text", description = "json or text (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--facet", paramLabel = "FIELD", split = ",",
            description = "Count the values of this field over all hits (repeatable): year, decade, repository, fond, "
                    + "language, type, translator, classification, sourceFormat.")
    List<String> facets = List.of();

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
        try (Library library = Library.openExisting(archive.directory())) {
            SearchResult result;
            try {
                result = library.search(request(q));
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage(), Fond.USAGE);
            } catch (QuerySyntaxException e) {
                throw new UserError("cannot read the query: " + e.getMessage() + "\n  " + q + "\n  "
                        + " ".repeat(e.position()) + "^ (position " + e.position() + ")", Fond.USAGE);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (format == OutputFormat.json) {
                out.println(RecordJson.pretty(json(q, result)));
            } else {
                text(result, out);
            }
            return Fond.OK;
        }
    }

    private SearchRequest request(String q) {
        SortOrder order = switch (sort.toLowerCase(java.util.Locale.ROOT)) {
            case "relevance" -> SortOrder.RELEVANCE;
            case "date", "date-asc" -> SortOrder.DATE_ASCENDING;
            case "date-desc" -> SortOrder.DATE_DESCENDING;
            default -> throw new UserError("--sort must be relevance, date or date-desc, not " + sort, Fond.USAGE);
        };
        SearchRequest request = new SearchRequest(q, limit).withFacets(facets).withSort(order);
        return cursor == null ? request : request.withCursor(cursor);
    }

    private static ObjectNode json(String q, SearchResult result) {
        ObjectNode o = RecordJson.mapper().createObjectNode();
        o.put("query", q);
        o.put("total", result.total());
        o.put("tookMicros", result.tookMicros());
        ArrayNode hits = o.putArray("hits");
        for (Hit h : result.hits()) {
            ObjectNode hit = hits.addObject().put("id", h.recordId()).put("title", h.title()).put("date", h.date())
                    .put("score", h.score());
            ArrayNode snippets = hit.putArray("snippets");
            for (Snippet s : h.snippets()) {
                ObjectNode sn = snippets.addObject().put("field", s.field()).put("text", s.text())
                        .put("start", s.start()).put("end", s.end());
                ArrayNode hl = sn.putArray("highlights");
                for (Span span : s.highlights()) {
                    hl.addObject().put("start", span.start()).put("end", span.end());
                }
            }
        }
        ObjectNode facets = o.putObject("facets");
        result.facets().forEach((field, counts) -> {
            ArrayNode values = facets.putArray(field);
            counts.forEach(c -> values.addObject().put("value", c.value()).put("count", c.count()));
        });
        o.put("nextCursor", result.nextCursor());
        return o;
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
            counts.forEach(c -> out.printf("  %s (%d)", c.value(), c.count()));
            out.println();
        });
        if (result.nextCursor() != null && !result.hits().isEmpty()) {
            out.println();
            out.println("More: --cursor " + result.nextCursor());
        }
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
