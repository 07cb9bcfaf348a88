package org.fond.search.lucene;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.IndexSearcher;
import org.fond.search.QuerySyntaxException;

/**
 * Turns Lucene's parse failures (a JavaCC {@link ParseException} listing every token it expected, or
 * a lexical {@link TokenMgrError}) into one sentence for the person who typed the query, with the
 * 0-based position of the problem. Columns in messages are 1-based.
 */
final class QueryErrors {
    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "&&", "||", "!");

    private QueryErrors() {
    }

    static QuerySyntaxException translate(String query, ParseException wrapped) {
        Throwable cause = wrapped.getCause() != null ? wrapped.getCause() : wrapped;
        if (cause instanceof ParseException p && p.currentToken != null && p.currentToken.next != null) {
            return unexpected(query, p.currentToken, p.currentToken.next);
        }
        if (cause instanceof TokenMgrError) {
            return lexical(query, cause.getMessage());
        }
        if (cause instanceof IndexSearcher.TooManyClauses) {
            return tooLarge(query);
        }
        // a check inside the parser with no token attached: keep Lucene's sentence, without the query echo
        String message = cause.getMessage() == null ? "The query cannot be read" : cause.getMessage();
        return new QuerySyntaxException(message.replaceFirst("^Cannot parse '.*?': ", ""), query, 0);
    }

    static QuerySyntaxException tooLarge(String query) {
        return new QuerySyntaxException("The query expands to too many words; use fewer wildcards or a longer prefix",
                query, 0);
    }

    private static QuerySyntaxException unexpected(String query, Token last, Token next) {
        if (next.kind == QueryParserConstants.EOF) {
            int bracket = unclosedBracket(query);
            boolean lastIsWord = last.kind != QueryParserConstants.LPAREN && last.kind != QueryParserConstants.COLON
                    && !OPERATORS.contains(last.image == null ? "" : last.image.toUpperCase(Locale.ROOT));
            if (bracket >= 0 && lastIsWord) {
                return new QuerySyntaxException("The bracket opened at column " + (bracket + 1)
                        + " is never closed: add ')'", query, query.length());
            }
            String after = last.image == null || last.image.isEmpty() ? "" : " after '" + last.image + "' at column "
                    + (last.beginColumn + 1);
            return new QuerySyntaxException("The query ends too early" + after
                    + ": a word, a phrase or a bracketed group is missing", query, query.length());
        }
        int at = next.beginColumn;
        String image = next.image;
        StringBuilder message = new StringBuilder("Unexpected '").append(image).append("' at column ").append(at + 1);
        if (OPERATORS.contains(image.toUpperCase(Locale.ROOT)) || OPERATORS.contains(image)) {
            message.append(": ").append(image).append(" must stand between two words or groups"
                    + " (to search for the word itself, write it in lower case or in quotes)");
        } else if (")".equals(image)) {
            message.append(": there is no '(' for it to close");
        } else if (":".equals(image)) {
            message.append(": a field name must come right before ':' (to search for ':' itself, write \\:)");
        }
        return new QuerySyntaxException(message.toString(), query, at);
    }

    private static QuerySyntaxException lexical(String query, String message) {
        int quote = unclosedQuote(query);
        if (quote >= 0) {
            return new QuerySyntaxException("The quotation mark at column " + (quote + 1)
                    + " is never closed: end the phrase with '\"'", query, quote);
        }
        if (query.endsWith("\\") && !query.endsWith("\\\\")) {
            return new QuerySyntaxException("The '\\' at column " + query.length()
                    + " escapes nothing: it must come before the character it escapes", query, query.length() - 1);
        }
        Matcher m = COLUMN.matcher(message == null ? "" : message);
        int at = m.find() ? Integer.parseInt(m.group(1)) - 1 : 0;
        return new QuerySyntaxException("The query cannot be read at column " + (at + 1), query, at);
    }

    /** The offset of the last '(' outside quotes that no ')' closes, or -1. */
    private static int unclosedBracket(String query) {
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        boolean quoted = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                open.push(i);
            } else if (!quoted && c == ')' && !open.isEmpty()) {
                open.pop();
            }
        }
        return open.isEmpty() ? -1 : open.peek();
    }

    /** The offset of a '"' that opens a phrase and is never closed, or -1. */
    private static int unclosedQuote(String query) {
        int open = -1;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                open = open < 0 ? i : -1;
            }
        }
        return open;
    }
}
