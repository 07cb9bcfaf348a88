package org.fond.search.lucene;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.fond.core.model.Layer;
import org.fond.core.model.Provenance;
import org.fond.core.reference.ArchivalReference;
import org.fond.core.reference.FolioRange;
import org.fond.core.reference.ReferenceParser;
import org.fond.search.QuerySyntaxException;

/**
 * Reads Fond's query language (Lucene's classic syntax) into a Lucene query. Words without a field
 * are looked for in title (boost 3), summary (2) and text; all words must occur (AND): historians
 * add words to narrow a search, and with OR every extra word would widen it instead. Field names are
 * checked and case-insensitive ({@code filekey:} = {@code fileKey:}); {@code date:} takes
 * {@code YYYY[-MM[-DD]]} values and ranges and matches records whose date overlaps them. A query of
 * only exclusions ({@code -stamp}) means everything except them. Every failure becomes a
 * {@link QuerySyntaxException}. One instance per query: Lucene's parser keeps state.
 */
final class FondQueryParser extends MultiFieldQueryParser {
    private static final Map<String, Float> BOOSTS = Map.of(
            RecordDocument.TITLE, 3f, RecordDocument.SUMMARY, 2f, RecordDocument.TEXT, 1f);
    private static final Map<String, String> FIELDS = knownFields();
    /** The fields as an error message lists them: the layer fields as one pattern, to keep it short. */
    private static final String FIELD_LIST = String.join(", ", FIELDS.values().stream()
            .filter(f -> !f.startsWith(RecordDocument.LAYER_PREFIX)).toList()) + ", " + RecordDocument.LAYER_PREFIX
            + "<layer>";

    private static final Provenance QUERY = Provenance.of("search", "query");

    private final String query;

    FondQueryParser(Analyzer queryAnalyzer, String query) {
        super(RecordDocument.FREE_TEXT.toArray(String[]::new), queryAnalyzer, BOOSTS);
        this.query = query;
        setDefaultOperator(QueryParser.AND_OPERATOR);
        // each space-separated word is one clause, so AND applies word by word; within a word, a
        // hyphenated name (Dong-geon) and a Han or Hangul word (bigrams) are read as phrases
        setSplitOnWhitespace(true);
        setAutoGeneratePhraseQueries(true);
    }

    /** Parses the query; never throws anything but {@link QuerySyntaxException} for bad input. */
    Query read() {
        Query parsed;
        try {
            parsed = parse(query);
        } catch (ParseException e) {
            throw QueryErrors.translate(query, e);
        }
        return everythingBut(parsed);
    }

    /** A query of only MUST_NOT clauses matches nothing in Lucene; a reader means "all but these". */
    private static Query everythingBut(Query q) {
        if (q instanceof BooleanQuery bq && !bq.clauses().isEmpty()
                && bq.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            b.add(MatchAllDocsQuery.INSTANCE, BooleanClause.Occur.FILTER);
            bq.clauses().forEach(b::add);
            return b.build();
        }
        return q;
    }

    @Override
    protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
        String f = resolve(field);
        Query special = structuredFieldQuery(f, text);
        return special != null ? special : super.getFieldQuery(f, text, quoted);
    }

    @Override
    protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
        String f = resolve(field);
        Query special = structuredFieldQuery(f, text);
        return special != null ? special : super.getFieldQuery(f, text, slop);
    }

    /** Dates and archival references are parsed, not analysed as words; null for every other field. */
    private Query structuredFieldQuery(String field, String text) throws ParseException {
        if (RecordDocument.DATE.equals(field)) {
            return dateQuery(text, text);
        }
        if (RecordDocument.REF.equals(field)) {
            return referenceQuery(text);
        }
        return null;
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                  boolean endInclusive) throws ParseException {
        String f = resolve(field);
        if (RecordDocument.DATE.equals(f)) {
            return dateRange(part1, part2, startInclusive, endInclusive);
        }
        return guard(() -> super.getRangeQuery(f, part1, part2, startInclusive, endInclusive));
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        String f = resolveNotDate(field, termStr + "*");
        return guard(() -> super.getPrefixQuery(f, termStr));
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        if ("*".equals(field) && "*".equals(termStr)) {
            return MatchAllDocsQuery.INSTANCE;
        }
        String f = resolveNotDate(field, termStr);
        if (!termStr.isEmpty() && (termStr.charAt(0) == '*' || termStr.charAt(0) == '?')) {
            throw fail("A word cannot begin with '" + termStr.charAt(0) + "' (at column " + column() + ")");
        }
        return guard(() -> super.getWildcardQuery(f, termStr));
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        String f = resolveNotDate(field, termStr + "~");
        return guard(() -> super.getFuzzyQuery(f, termStr, minSimilarity));
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        String f = resolveNotDate(field, "/" + termStr + "/");
        return guard(() -> super.getRegexpQuery(f, termStr));
    }

    /**
     * Records with a reference at or under the cited level, whatever style either was cited in: the
     * value is read by the same reference parser as the records, and its archive path matched
     * against every path prefix indexed (MODEL.md §6 RQ05–06). Numbered folios narrow it to
     * references whose folios overlap them.
     */
    private Query referenceQuery(String text) {
        ArchivalReference reference = ReferenceParser.parse(text, "query", QUERY).orElse(null);
        List<String> path = reference == null ? List.of() : ArchivePath.levels(reference);
        if (path.isEmpty()) {
            throw fail("'" + text + "' at column " + column() + " is not an archival reference Fond can place: "
                    + "name the archive and its levels, e.g. ref:\"AVPRF F. 0102, Op. 14\"");
        }
        Query at = new TermQuery(new Term(RecordDocument.REF_PATH, ArchivePath.key(path)));
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(at, BooleanClause.Occur.FILTER);
        for (FolioRange folios : reference.scheme().folios()) {
            int[] range = RecordDocument.numbered(folios);
            if (range != null) {
                b.add(IntRange.newIntersectsQuery(RecordDocument.REF_FOLIOS, new int[] {range[0]},
                        new int[] {range[1]}), BooleanClause.Occur.FILTER);
            }
        }
        return new ConstantScoreQuery(b.build());
    }

    private Query dateQuery(String from, String to) {
        return dateRange(from, to, true, true);
    }

    /** Records whose date interval overlaps [from, to]: earliest ≤ to's last day and latest ≥ from's first. */
    private Query dateRange(String from, String to, boolean fromInclusive, boolean toInclusive) {
        long low = Long.MIN_VALUE;
        long high = Long.MAX_VALUE;
        if (from != null && !"*".equals(from)) { // the parser passes an open end (*) as null
            DateBounds b = date(from);
            // yyyymmdd numbers: one past the last day (…32, …1232) still orders correctly
            low = fromInclusive ? b.earliest() : b.latest() + 1;
        }
        if (to != null && !"*".equals(to)) {
            DateBounds b = date(to);
            high = toInclusive ? b.latest() : b.earliest() - 1;
        }
        BooleanQuery.Builder overlap = new BooleanQuery.Builder();
        overlap.add(LongPoint.newRangeQuery(RecordDocument.DATE_EARLIEST, Long.MIN_VALUE, high), BooleanClause.Occur.FILTER);
        overlap.add(LongPoint.newRangeQuery(RecordDocument.DATE_LATEST, low, Long.MAX_VALUE), BooleanClause.Occur.FILTER);
        return overlap.build();
    }

    private DateBounds date(String value) {
        DateBounds b = DateBounds.of(value);
        if (b == null || value.contains("/")) {
            throw fail("'" + value + "' at column " + column() + " is not a date: write YYYY, YYYY-MM or YYYY-MM-DD");
        }
        return b;
    }

    /** The indexed name of a field typed in a query; null (the default fields) stays null. */
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
        return f;
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

    /** Lucene's own checks in the query builders throw ParseException with no position: add one. */
    private Query guard(LuceneCall call) {
        try {
            return call.get();
        } catch (ParseException e) {
            throw fail(e.getMessage() + " (at column " + column() + ")");
        }
    }

    @FunctionalInterface
    private interface LuceneCall {
        Query get() throws ParseException;
    }

    /** Lower-cased name to indexed name, in the order error messages list them. */
    private static Map<String, String> knownFields() {
        List<String> names = new ArrayList<>(RecordDocument.FREE_TEXT);
        names.add(RecordDocument.ID);
        names.addAll(RecordDocument.KEYS);
        names.add(RecordDocument.DATE);
        names.add(RecordDocument.REF);
        for (Layer layer : Layer.values()) {
            names.add(RecordDocument.layerField(layer));
        }
        Map<String, String> byLowerCase = new LinkedHashMap<>();
        names.forEach(n -> byLowerCase.put(n.toLowerCase(Locale.ROOT), n));
        return Collections.unmodifiableMap(byLowerCase);
    }
}
