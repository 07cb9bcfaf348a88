package org.fond.search.lucene;

import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.fond.core.model.Layer;
import org.fond.search.query.SearchQuery;

/**
 * A part of a query as {@link FondQueryParser} carries it through Lucene's classic parser, whose
 * hooks must answer with a Lucene {@link Query}: a node of Fond's tree, a group of clauses, or a
 * {@code layer:} clause. Never searched: the parser unwraps every part before it returns.
 */
abstract sealed class ParsedPart extends Query {
    @Override
    public void visit(QueryVisitor visitor) {
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    static final class Node extends ParsedPart {
        final SearchQuery node;

        Node(SearchQuery node) {
            this.node = node;
        }

        @Override
        public String toString(String field) {
            return node.toString();
        }
    }

    /** A bracketed group or the whole query, its clauses as the parser combined them. */
    static final class Group extends ParsedPart {
        final List<BooleanClause> clauses;

        Group(List<BooleanClause> clauses) {
            this.clauses = clauses;
        }

        @Override
        public String toString(String field) {
            return clauses.toString();
        }
    }

    /** A {@code layer:} clause, with the 0-based position where it was read. */
    static final class LayerMark extends ParsedPart {
        final Layer layer;
        final int position;

        LayerMark(Layer layer, int position) {
            this.layer = layer;
            this.position = position;
        }

        @Override
        public String toString(String field) {
            return "layer:" + layer.id();
        }
    }
}
