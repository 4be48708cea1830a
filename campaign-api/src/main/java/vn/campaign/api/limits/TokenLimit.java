package vn.campaign.api.limits;

import java.io.Serial;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.ParserOptions;
import graphql.parser.ParsingListener;

/**
 * Counts the grammar tokens of one document while graphql-java parses it, and stops the parser at the first
 * token over {@link GraphQlLimits#maxDocumentTokens()}. One instance serves one request.
 *
 * <p>graphql-java's own {@code maxTokens} is set a little higher ({@link #LOOKAHEAD}) because its lexer runs
 * ahead of the parser; it stays as a backstop, so that the lexer never reads much beyond the limit.
 */
final class TokenLimit implements ParsingListener {

    /** How far beyond the limit graphql-java's lexer may read before it stops by itself. */
    static final int LOOKAHEAD = 100;

    private final int maxTokens;
    private int count;
    private volatile @Nullable LimitExceeded exceeded;

    TokenLimit(int maxTokens) {
        this.maxTokens = maxTokens;
    }

    /**
     * The parser options for this request: graphql-java's defaults for operations, with this counter and the
     * character and token limits.
     *
     * @param maxCharacters the character limit
     * @return the options
     */
    ParserOptions parserOptions(int maxCharacters) {
        return ParserOptions.getDefaultOperationParserOptions().transform(builder -> builder
                .maxCharacters(maxCharacters)
                .maxTokens(maxTokens + LOOKAHEAD)
                .parsingListener(this));
    }

    @Override
    public void onToken(Token token) {
        count++;
        if (count > maxTokens) {
            SourceLocation location = new SourceLocation(token.getLine(), token.getCharPositionInLine() + 1);
            LimitExceeded error = new LimitExceeded(Limit.MAX_DOCUMENT_TOKENS, maxTokens,
                    "The document has more than " + maxTokens + " tokens; the limit is " + maxTokens + " ("
                            + Limit.MAX_DOCUMENT_TOKENS.property() + "). Pass large values as variables.",
                    location);
            exceeded = error;
            throw new TooManyTokens(Objects.requireNonNull(error.getMessage(), "message"), location);
        }
    }

    /**
     * The error, once the parser was stopped.
     *
     * @return the error, or {@code null} while the document is within the limit
     */
    @Nullable LimitExceeded exceeded() {
        return exceeded;
    }

    /** Stops the parser; graphql-java reports it as a syntax error, which the interceptor replaces. */
    private static final class TooManyTokens extends InvalidSyntaxException {

        @Serial
        private static final long serialVersionUID = 1L;

        TooManyTokens(String message, SourceLocation location) {
            super(message, location, null, null, null);
        }
    }
}
