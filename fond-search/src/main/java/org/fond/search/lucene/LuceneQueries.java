package org.fond.search.lucene;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.queries.spans.SpanMultiTermQueryWrapper;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanNotQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.fond.core.model.Layer;
import org.fond.core.model.Provenance;
import org.fond.core.reference.ArchivalReference;
import org.fond.core.reference.FolioRange;
import org.fond.core.reference.ReferenceParser;
import org.fond.search.query.SearchQuery;

/**
 * Translates Fond's query tree into a Lucene query. Words are analysed here, per field: a word that
 * yields several tokens (a hyphenated name, a Han or Hangul word as bigrams) becomes a phrase. Words
 * without a field go to title (boost 3), summary (2) and text, or, inside a layer scope, to the
 * fields of those layers: {@code original} ({@code text_original}) to {@code text} outside its marked
 * apparatus ({@link ApparatusMarks}), {@code editorial} to title, summary and the editorial apparatus,
 * the others to their apparatus. A translation that leaves nothing to search (a word of punctuation
 * only) matches nothing.
 */
final class LuceneQueries extends QueryBuilder {
    private static final Map<String, Float> BOOSTS = Map.of(
            RecordDocument.TITLE, 3f, RecordDocument.SUMMARY, 2f, RecordDocument.TEXT, 1f);
    private static final Provenance QUERY = Provenance.of("search", "query");
    private static final String ORIGINAL = RecordDocument.layerField(Layer.ORIGINAL);
    private static final SpanQuery NOT_ORIGINAL =
            new SpanTermQuery(new Term(RecordDocument.TEXT, ApparatusMarks.MARK));

    private final Analyzer analyzer;
    /**
     * The clauses that the names the query's words are sought outside may still take, of Lucene's limit
     * on a whole query: half, so that what the reader typed always has room. Set for each query.
     */
    private int exclusionBudget;

    LuceneQueries(Analyzer queryAnalyzer) {
        super(queryAnalyzer);
        this.analyzer = queryAnalyzer;
    }

    /** The Lucene query for {@code query}; never null. */
    Query translate(SearchQuery query) {
        exclusionBudget = IndexSearcher.getMaxClauseCount() / 2;
        Query q = translate(query, null);
        return q == null ? new BooleanQuery.Builder().build() : q;
    }

    /** Null when nothing is left to search. */
    private Query translate(SearchQuery query, Set<Layer> scope) {
        return switch (query) {
            case SearchQuery.MatchAll m -> MatchAllDocsQuery.INSTANCE;
            case SearchQuery.Word w -> perField(w.field(), scope, f -> words(f, w.text(), 0));
            case SearchQuery.Phrase p -> perField(p.field(), scope, f -> words(f, p.text(), p.slop()));
            case SearchQuery.NameForm n -> nameForm(n, scope);
            case SearchQuery.Prefix p -> perField(p.field(), scope,
                    f -> new PrefixQuery(new Term(f, analyzer.normalize(f, p.prefix()))));
            case SearchQuery.Wildcard w -> perField(w.field(), scope,
                    f -> new WildcardQuery(new Term(f, normalizeWildcard(f, w.pattern()))));
            case SearchQuery.Fuzzy z -> perField(z.field(), scope,
                    f -> new FuzzyQuery(new Term(f, analyzer.normalize(f, z.text())), z.maxEdits()));
            case SearchQuery.Regexp r -> perField(r.field(), scope,
                    f -> new RegexpQuery(new Term(f, analyzer.normalize(f, r.pattern()))));
            case SearchQuery.KeyRange r -> in(r.field(), f -> new TermRangeQuery(f, bound(f, r.from()),
                    bound(f, r.to()), r.fromInclusive(), r.toInclusive()));
            case SearchQuery.DateRange d -> dateRange(d);
            case SearchQuery.Reference r -> reference(r.citation());
            case SearchQuery.Bool b -> bool(b, scope);
            case SearchQuery.LayerScope s -> translate(s.query(), s.layers());
            case SearchQuery.Boost b -> {
                Query inner = translate(b.query(), scope);
                yield inner == null ? null : new BoostQuery(inner, b.boost());
            }
        };
    }

    /** Analysed words in one field: a term, or a phrase when they yield several tokens. */
    private Query words(String field, String text, int slop) {
        return createFieldQuery(analyzer, BooleanClause.Occur.MUST, field, text, true, slop);
    }

    /**
     * A name's form (or a word) as spans, minus the places where it is part of a name it must not be
     * taken for ({@code Kim Il} inside {@code Kim Il Sung}, {@code won} inside {@code Pak Ui-won}), in
     * each field the record's words are looked for in. The names are chosen once for all those fields:
     * those the query can still afford ({@link #excluded}), each analysed once, since every field of the
     * record's words is analysed alike.
     */
    private Query nameForm(SearchQuery.NameForm n, Set<Layer> scope) {
        List<String> fields = wordFields(scope);
        List<List<BytesRef>> names = excluded(n.notWithin(), fields.size());
        return perField(null, scope, f -> nameForm(f, n.text(), names));
    }

    /**
     * {@code text} in one field, as spans, minus the spans of {@code names}; the plain phrase when
     * spans cannot say it (a form the analyser turns into alternatives or leaves gaps in).
     */
    private Query nameForm(String field, String text, List<List<BytesRef>> names) {
        Query phrase = words(field, text, 0);
        List<BytesRef> include = run(phrase);
        if (include == null || names.isEmpty()) {
            return phrase;
        }
        SpanQuery[] exclude = names.stream().map(name -> spans(field, name)).toArray(SpanQuery[]::new);
        return new SpanNotQuery(spans(field, include), exclude.length == 1 ? exclude[0] : new SpanOrQuery(exclude));
    }

    /**
     * The analysed words of each of {@code names} that spans can say, once each ({@code Pak Ui-won} and
     * {@code Pak Ui Won} are one), first names first while the query's {@link #exclusionBudget} lasts:
     * a name of three words sought outside in three fields costs nine clauses. Lucene refuses a query of
     * more than {@link IndexSearcher#getMaxClauseCount()} clauses, and a word can be part of hundreds of
     * names ({@code al} of {@code al-Sabah}, {@code Paul} among the Office of the Historian's people), so
     * names past the budget are left out rather than the query refused.
     */
    private List<List<BytesRef>> excluded(List<String> names, int fields) {
        Set<List<BytesRef>> runs = new LinkedHashSet<>();
        for (String name : names) {
            List<BytesRef> run = run(words(RecordDocument.TEXT, name, 0));
            if (run == null || runs.contains(run)) {
                continue;
            }
            int cost = run.size() * fields;
            if (cost > exclusionBudget) {
                break;
            }
            exclusionBudget -= cost;
            runs.add(run);
        }
        return List.copyOf(runs);
    }

    /** The terms of a term, or of an exact phrase of consecutive terms; null for anything else. */
    private static List<BytesRef> run(Query q) {
        if (q instanceof TermQuery t) {
            return List.of(t.getTerm().bytes());
        }
        if (q instanceof PhraseQuery p && p.getSlop() == 0) {
            int[] positions = p.getPositions();
            for (int i = 1; i < positions.length; i++) {
                if (positions[i] != positions[i - 1] + 1) {
                    return null;
                }
            }
            return java.util.Arrays.stream(p.getTerms()).map(Term::bytes).toList();
        }
        return null;
    }

    /** Consecutive terms in {@code field}, as spans. */
    private static SpanQuery spans(String field, List<BytesRef> run) {
        SpanQuery[] terms = run.stream().map(b -> new SpanTermQuery(new Term(field, b))).toArray(SpanQuery[]::new);
        return terms.length == 1 ? terms[0] : new SpanNearQuery(terms, 0, true);
    }

    /** The query in {@code field}, or in each field the record's words are looked for in, any of them. */
    private Query perField(String field, Set<Layer> scope, FieldQuery query) {
        if (field != null) {
            return in(field, query);
        }
        List<String> fields = wordFields(scope);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int n = 0;
        for (String f : fields) {
            Query q = in(f, query);
            if (q != null) {
                float boost = BOOSTS.getOrDefault(f, 1f);
                any.add(boost == 1f ? q : new BoostQuery(q, boost), BooleanClause.Occur.SHOULD);
                n++;
            }
        }
        return n == 0 ? null : any.build();
    }

    /**
     * The query in one field. The original layer is {@code text} outside the words that {@code text}
     * marks as apparatus: the query asked of {@code text} as spans, less the spans that hold a mark.
     * Per leaf, so any boolean of them is right too.
     */
    private static Query in(String field, FieldQuery query) {
        if (!ORIGINAL.equals(field)) {
            return query.in(field);
        }
        Query q = query.in(RecordDocument.TEXT);
        if (q == null || q instanceof MatchNoDocsQuery) {
            return q;
        }
        float boost = 1f;
        while (q instanceof BoostQuery b) {
            boost *= b.getBoost();
            q = b.getQuery();
        }
        Query original = new SpanNotQuery(spans(q), NOT_ORIGINAL);
        return boost == 1f ? original : new BoostQuery(original, boost);
    }

    /**
     * A query of {@code text} as spans: what the analysis makes of a word or phrase (a term, a phrase,
     * alternatives at one position), a multi-term query (prefix, wildcard, fuzzy, regular expression,
     * range: every word it reaches, so one that reaches too many is refused as such a query is), or
     * spans already (a name's form).
     */
    private static SpanQuery spans(Query q) {
        return switch (q) {
            case SpanQuery s -> s;
            case TermQuery t -> new SpanTermQuery(t.getTerm());
            case SynonymQuery syn -> or(syn.getTerms().stream().map(t -> (SpanQuery) new SpanTermQuery(t)).toList());
            case PhraseQuery p -> near(java.util.Arrays.stream(p.getTerms()).map(t -> (SpanQuery) new SpanTermQuery(t))
                    .toList(), p.getPositions(), p.getSlop());
            case MultiPhraseQuery p -> near(java.util.Arrays.stream(p.getTermArrays())
                    .map(alternatives -> or(java.util.Arrays.stream(alternatives)
                            .map(t -> (SpanQuery) new SpanTermQuery(t)).toList()))
                    .toList(), p.getPositions(), p.getSlop());
            case MultiTermQuery m -> new SpanMultiTermQueryWrapper<>(m);
            case BooleanQuery b when b.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD) ->
                    or(b.clauses().stream().map(c -> spans(c.query())).toList());
            case BoostQuery b -> spans(b.getQuery());
            default -> throw new IllegalStateException("no span form for " + q.getClass().getSimpleName() + " " + q);
        };
    }

    /** The clauses at their phrase positions (gaps kept), in order when exact, within {@code slop}. */
    private static SpanQuery near(List<SpanQuery> clauses, int[] positions, int slop) {
        if (clauses.size() == 1) {
            return clauses.get(0);
        }
        SpanNearQuery.Builder near = new SpanNearQuery.Builder(RecordDocument.TEXT, slop == 0).setSlop(slop);
        for (int i = 0; i < clauses.size(); i++) {
            if (i > 0 && positions[i] > positions[i - 1] + 1) {
                near.addGap(positions[i] - positions[i - 1] - 1);
            }
            near.addClause(clauses.get(i));
        }
        return near.build();
    }

    private static SpanQuery or(List<SpanQuery> alternatives) {
        return alternatives.size() == 1 ? alternatives.get(0) : new SpanOrQuery(alternatives.toArray(SpanQuery[]::new));
    }

    /** The fields the words of a record are looked for in: title, summary and text, or those of a layer scope. */
    private static List<String> wordFields(Set<Layer> scope) {
        return scope == null ? RecordDocument.FREE_TEXT : layerFields(scope);
    }

    /** The fields that hold the words of these layers. */
    static List<String> layerFields(Set<Layer> layers) {
        List<String> fields = new ArrayList<>();
        for (Layer layer : Layer.values()) {
            if (!layers.contains(layer)) {
                continue;
            }
            if (layer == Layer.EDITORIAL) {
                fields.add(RecordDocument.TITLE);
                fields.add(RecordDocument.SUMMARY);
            }
            fields.add(RecordDocument.layerField(layer));
        }
        return fields;
    }

    private Query bool(SearchQuery.Bool b, Set<Layer> scope) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        int kept = 0;
        boolean onlyExclusions = true;
        for (SearchQuery.Clause c : b.clauses()) {
            Query q = translate(c.query(), scope);
            if (q == null) {
                continue; // a word of punctuation only: like Lucene's parser, leave it out
            }
            BooleanClause.Occur occur = switch (c.occur()) {
                case MUST -> BooleanClause.Occur.MUST;
                case SHOULD -> BooleanClause.Occur.SHOULD;
                case MUST_NOT -> BooleanClause.Occur.MUST_NOT;
            };
            onlyExclusions &= occur == BooleanClause.Occur.MUST_NOT;
            builder.add(q, occur);
            kept++;
        }
        if (kept == 0) {
            return null;
        }
        if (onlyExclusions) {
            // only exclusions match nothing in Lucene; a reader means "everything but these"
            builder.add(MatchAllDocsQuery.INSTANCE, BooleanClause.Occur.FILTER);
        }
        return builder.build();
    }

    private BytesRef bound(String field, String value) {
        return value == null ? null : analyzer.normalize(field, value);
    }

    /** Normalises the literal parts of a wildcard pattern (case, diacritics), keeping {@code *}, {@code ?} and escapes. */
    private String normalizeWildcard(String field, String pattern) {
        StringBuilder out = new StringBuilder();
        StringBuilder chunk = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*' || c == '?' || c == '\\') {
                flush(field, chunk, out);
                out.append(c);
                if (c == '\\' && i + 1 < pattern.length()) {
                    out.append(pattern.charAt(++i));
                }
            } else {
                chunk.append(c);
            }
        }
        flush(field, chunk, out);
        return out.toString();
    }

    private void flush(String field, StringBuilder chunk, StringBuilder out) {
        if (!chunk.isEmpty()) {
            out.append(analyzer.normalize(field, chunk.toString()).utf8ToString());
            chunk.setLength(0);
        }
    }

    /** Records whose date interval overlaps [from, to]: earliest ≤ to's last day and latest ≥ from's first. */
    private static Query dateRange(SearchQuery.DateRange d) {
        long low = Long.MIN_VALUE;
        long high = Long.MAX_VALUE;
        DateBounds from = d.from() == null ? null : DateBounds.of(d.from());
        DateBounds to = d.to() == null ? null : DateBounds.of(d.to());
        if (from != null) {
            // yyyymmdd numbers: one past the last day (…32, …1232) still orders correctly
            low = d.fromInclusive() ? from.earliest() : from.latest() + 1;
        }
        if (to != null) {
            high = d.toInclusive() ? to.latest() : to.earliest() - 1;
        }
        BooleanQuery.Builder overlap = new BooleanQuery.Builder();
        overlap.add(LongPoint.newRangeQuery(RecordDocument.DATE_EARLIEST, Long.MIN_VALUE, high),
                BooleanClause.Occur.FILTER);
        overlap.add(LongPoint.newRangeQuery(RecordDocument.DATE_LATEST, low, Long.MAX_VALUE),
                BooleanClause.Occur.FILTER);
        return overlap.build();
    }

    /**
     * Records with a reference at or under the cited level, whatever style either was cited in: the
     * archive path of the citation matched against every path prefix indexed (MODEL.md §6 RQ05–06).
     * Numbered folios narrow it to references whose folios overlap them.
     */
    private static Query reference(String citation) {
        ArchivalReference reference = ReferenceParser.parse(citation, "query", QUERY).orElse(null);
        List<String> path = reference == null ? List.of() : ArchivePath.levels(reference);
        if (path.isEmpty()) {
            return new MatchNoDocsQuery(); // the parser refuses such citations; a tree built by hand may hold one
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

    @FunctionalInterface
    private interface FieldQuery {
        Query in(String field);
    }
}
