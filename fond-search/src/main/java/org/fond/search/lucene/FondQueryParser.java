package org.fond.search.lucene;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.fond.core.model.Layer;
import org.fond.core.model.Provenance;
import org.fond.core.reference.ArchivalReference;
import org.fond.core.reference.ReferenceParser;
import org.fond.search.QuerySyntaxException;
import org.fond.search.query.SearchQuery;
import org.fond.search.query.SearchQuery.Clause;
import org.fond.search.query.SearchQuery.Occur;
import org.fond.search.lucene.ParsedPart.Group;
import org.fond.search.lucene.ParsedPart.LayerMark;
import org.fond.search.lucene.ParsedPart.Node;

/**
 * Reads Fond's query language (Lucene's classic syntax) into a {@link SearchQuery}. Lucene's classic
 * parser is kept as the front end, for its grammar and its positioned errors, but every hook answers
 * with a node of Fond's own tree (carried through the parser in a {@link ParsedPart}), so no Lucene query is
 * built here: {@link LuceneQueries} translates the tree, and another engine can too.
 *
 * <p>All words must occur (AND): historians add words to narrow a search. Field names are checked
 * and case-insensitive ({@code filekey:} = {@code fileKey:}); {@code date:} values and
 * {@code ref:} citations are validated here, so errors carry the column. {@code layer:original}
 * (also {@code translator}, {@code archival-addition}, {@code editorial}, {@code platform}) at the
 * top level scopes the query's words to that layer; {@code -layer:translator} to every layer but it.
 * Every failure becomes a {@link QuerySyntaxException}. One instance per query: the parser keeps state.
 */
final class FondQueryParser extends QueryParser {
    /** What a query names as {@code layer:original}; scopes the words, is no indexed field. */
    static final String LAYER = "layer";
    private static final Map<String, String> FIELDS = knownFields();
    /**
     * The fields as an error message lists them, kept short: the layer fields as one pattern, and the
     * two halves of {@code language} left to the documentation.
     */
    private static final String FIELD_LIST = String.join(", ", FIELDS.values().stream()
            .filter(f -> !f.startsWith(RecordDocument.LAYER_PREFIX))
            .filter(f -> !f.equals(RecordDocument.ORIGINAL_LANGUAGE) && !f.equals(RecordDocument.CONTENT_LANGUAGE))
            .toList()) + ", " + RecordDocument.LAYER_PREFIX + "<layer>";
    private static final String LAYER_LIST = "original, translator, archival-addition, editorial, platform";
    private static final Provenance QUERY = Provenance.of("search", "query");

    private final String query;

    FondQueryParser(String query) {
        // no analysis happens here; the analyzer only satisfies the base class
        super(null, new KeywordAnalyzer());
        this.query = query;
        setDefaultOperator(QueryParser.AND_OPERATOR);
        // each space-separated word is one clause, so AND applies word by word
        setSplitOnWhitespace(true);
    }

    /** Parses the query; never throws anything but {@link QuerySyntaxException} for bad input. */
    SearchQuery read() {
        Query parsed;
        try {
            parsed = parse(query);
        } catch (ParseException e) {
            throw QueryErrors.translate(query, e);
        }
        return scoped(parsed);
    }

    /** Pulls the top-level {@code layer:} clauses out of the query and scopes the rest by them. */
    private SearchQuery scoped(Query parsed) {
        if (parsed instanceof LayerMark mark) {
            throw new QuerySyntaxException("layer:" + mark.layer.id() + " at column " + (mark.position + 1)
                    + " scopes the words of a query: add the words to look for", query, mark.position);
        }
        if (!(parsed instanceof Group group)) {
            return tree(parsed);
        }
        Set<Layer> included = EnumSet.noneOf(Layer.class);
        Set<Layer> excluded = EnumSet.noneOf(Layer.class);
        List<BooleanClause> rest = new ArrayList<>();
        for (BooleanClause c : group.clauses) {
            if (c.query() instanceof LayerMark mark) {
                switch (c.occur()) {
                    case MUST, FILTER -> included.add(mark.layer);
                    case MUST_NOT -> excluded.add(mark.layer);
                    case SHOULD -> throw misplaced(mark);
                }
            } else {
                rest.add(c);
            }
        }
        if (included.isEmpty() && excluded.isEmpty()) {
            return tree(parsed);
        }
        if (rest.isEmpty()) {
            LayerMark first = (LayerMark) group.clauses.get(0).query();
            throw new QuerySyntaxException("layer:" + first.layer.id() + " at column " + (first.position + 1)
                    + " scopes the words of a query: add the words to look for", query, first.position);
        }
        Set<Layer> layers = included.isEmpty() ? EnumSet.allOf(Layer.class) : included;
        layers.removeAll(excluded);
        if (layers.isEmpty()) {
            throw new QuerySyntaxException("The layer: clauses leave no layer to search in", query, 0);
        }
        SearchQuery inner = rest.size() == 1 && rest.get(0).occur() != BooleanClause.Occur.MUST_NOT
                ? tree(rest.get(0).query()) : tree(new Group(rest));
        return new SearchQuery.LayerScope(layers, inner);
    }

    /** The carried tree of a parsed part; a {@code layer:} clause anywhere below the top level is an error. */
    private SearchQuery tree(Query q) {
        return switch (q) {
            case Node n -> n.node;
            case Group g -> bool(g.clauses);
            case BoostQuery b -> new SearchQuery.Boost(tree(b.getQuery()), b.getBoost());
            case LayerMark mark -> throw misplaced(mark);
            default -> throw new IllegalStateException("unexpected parse node " + q.getClass().getSimpleName());
        };
    }

    private SearchQuery bool(List<BooleanClause> clauses) {
        List<Clause> out = new ArrayList<>(clauses.size());
        for (BooleanClause c : clauses) {
            Occur occur = switch (c.occur()) {
                case MUST, FILTER -> Occur.MUST;
                case SHOULD -> Occur.SHOULD;
                case MUST_NOT -> Occur.MUST_NOT;
            };
            out.add(new Clause(occur, tree(c.query())));
        }
        return new SearchQuery.Bool(out);
    }

    private QuerySyntaxException misplaced(LayerMark mark) {
        return new QuerySyntaxException("layer:" + mark.layer.id() + " at column " + (mark.position + 1)
                + " must stand at the top level of the query, with AND or -, not inside brackets or with OR",
                query, mark.position);
    }

    @Override
    protected Query getBooleanQuery(List<BooleanClause> clauses) {
        return clauses.isEmpty() ? null : new Group(List.copyOf(clauses));
    }

    @Override
    protected Query getFieldQuery(String field, String text, boolean quoted) {
        String f = resolve(field);
        SearchQuery special = structuredFieldQuery(f, text);
        if (special != null) {
            return node(special);
        }
        if (LAYER.equals(f)) {
            return layerMark(text);
        }
        return node(quoted ? new SearchQuery.Phrase(f, text, 0) : new SearchQuery.Word(f, text));
    }

    @Override
    protected Query getFieldQuery(String field, String text, int slop) {
        String f = resolve(field);
        SearchQuery special = structuredFieldQuery(f, text);
        if (special != null) {
            return node(special);
        }
        if (LAYER.equals(f)) {
            return layerMark(text);
        }
        return node(new SearchQuery.Phrase(f, text, slop));
    }

    /** Dates and archival references are parsed, not analysed as words; null for every other field. */
    private SearchQuery structuredFieldQuery(String field, String text) {
        if (RecordDocument.DATE.equals(field)) {
            date(text);
            return new SearchQuery.DateRange(text, text, true, true);
        }
        if (RecordDocument.REF.equals(field)) {
            referencePath(text);
            return new SearchQuery.Reference(text);
        }
        return null;
    }

    private Query layerMark(String text) {
        String id = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Layer layer : Layer.values()) {
            if (layer.id().equals(id)) {
                return new LayerMark(layer, column() - 1);
            }
        }
        throw fail("'" + text + "' at column " + column() + " is not a layer; the layers are " + LAYER_LIST);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                  boolean endInclusive) {
        String f = resolve(field);
        // the parser passes an open end (*) as null
        String from = part1 == null || "*".equals(part1) ? null : part1;
        String to = part2 == null || "*".equals(part2) ? null : part2;
        if (RecordDocument.DATE.equals(f)) {
            if (from != null) {
                date(from);
            }
            if (to != null) {
                date(to);
            }
            return node(new SearchQuery.DateRange(from, to, startInclusive, endInclusive));
        }
        notWordsOnly(f, "[" + part1 + " TO " + part2 + "]");
        return node(new SearchQuery.KeyRange(f, from, to, startInclusive, endInclusive));
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) {
        String f = resolveNotDate(field, termStr + "*");
        return node(new SearchQuery.Prefix(f, termStr));
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) {
        if ("*".equals(field) && "*".equals(termStr)) {
            return node(new SearchQuery.MatchAll());
        }
        String f = resolveNotDate(field, termStr);
        if (!termStr.isEmpty() && (termStr.charAt(0) == '*' || termStr.charAt(0) == '?')) {
            throw fail("A word cannot begin with '" + termStr.charAt(0) + "' (at column " + column() + ")");
        }
        return node(new SearchQuery.Wildcard(f, termStr));
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) {
        String f = resolveNotDate(field, termStr + "~");
        int edits = FuzzyQuery.floatToEdits(minSimilarity, termStr.codePointCount(0, termStr.length()));
        return node(new SearchQuery.Fuzzy(f, termStr, Math.min(edits, 2)));
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) {
        String f = resolveNotDate(field, "/" + termStr + "/");
        return node(new SearchQuery.Regexp(f, termStr));
    }

    /**
     * The archive path of a cited reference (MODEL.md §6 RQ05–06): read by the same reference parser
     * as the records, so any citation style places it.
     */
    private List<String> referencePath(String text) {
        ArchivalReference reference = ReferenceParser.parse(text, "query", QUERY).orElse(null);
        List<String> path = reference == null ? List.of() : ArchivePath.levels(reference);
        if (path.isEmpty()) {
            throw fail("'" + text + "' at column " + column() + " is not an archival reference Fond can place: "
                    + "name the archive and its levels, e.g. ref:\"AVPRF F. 0102, Op. 14\"");
        }
        return path;
    }

    private void date(String value) {
        DateBounds b = DateBounds.of(value);
        if (b == null || value.contains("/")) {
            throw fail("'" + value + "' at column " + column() + " is not a date: write YYYY, YYYY-MM or YYYY-MM-DD");
        }
    }

    /** The indexed name of a field typed in a query; null (the record's words) stays null. */
    private String resolve(String field) {
        if (field == null || "*".equals(field)) {
            return field;
        }
        String known = FIELDS.get(field.toLowerCase(Locale.ROOT));
        if (known == null) {
            int at = positionOfField(field);
            throw new QuerySyntaxException("Unknown field '" + field + "' at column " + (at + 1) + "; the fields are "
                    + FIELD_LIST, query, at);
        }
        return known;
    }

    private String resolveNotDate(String field, String value) {
        String f = resolve(field);
        if (RecordDocument.DATE.equals(f)) {
            throw fail("'" + value + "' at column " + column()
                    + " is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, or a range [1955 TO 1957]");
        }
        notWordsOnly(f, value);
        return f;
    }

    /** {@code ref:} and {@code layer:} take a citation or a layer name, not patterns or ranges. */
    private void notWordsOnly(String field, String value) {
        if (RecordDocument.REF.equals(field) || LAYER.equals(field)) {
            throw fail("'" + value + "' at column " + column() + " cannot follow " + field
                    + ": (it takes " + (LAYER.equals(field) ? "a layer: " + LAYER_LIST : "an archival reference")
                    + ")");
        }
    }

    private int positionOfField(String field) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(field) + "\\s*:").matcher(query);
        return m.find() ? m.start() : Math.max(0, token == null ? 0 : token.beginColumn);
    }

    /** 1-based column of the token the parser has just read. */
    private int column() {
        return (token == null ? 0 : token.beginColumn) + 1;
    }

    private QuerySyntaxException fail(String message) {
        return new QuerySyntaxException(message, query, column() - 1);
    }

    private static Query node(SearchQuery node) {
        return new Node(node);
    }

    /** Lower-cased name to indexed name, in the order error messages list them. */
    private static Map<String, String> knownFields() {
        List<String> names = new ArrayList<>(RecordDocument.FREE_TEXT);
        names.add(RecordDocument.ID);
        names.addAll(RecordDocument.KEYS);
        names.add(RecordDocument.DATE);
        names.add(RecordDocument.REF);
        names.add(LAYER);
        for (Layer layer : Layer.values()) {
            names.add(RecordDocument.layerField(layer));
        }
        Map<String, String> byLowerCase = new LinkedHashMap<>();
        names.forEach(n -> byLowerCase.put(n.toLowerCase(Locale.ROOT), n));
        return Collections.unmodifiableMap(byLowerCase);
    }
}
