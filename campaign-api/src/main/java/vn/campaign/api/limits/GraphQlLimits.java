package vn.campaign.api.limits;

import java.time.Duration;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The limits every GraphQL request must stay within, bound from {@code campaign.graphql.limits.*}. The
 * defaults let through the GraphiQL introspection query, a page of 100 works with all their fields, and the
 * works of 20 wards in one query, and refuse what only an attacker or a broken client sends. {@code docs/limits.md} lists them with the error
 * each one gives.
 *
 * @param maxDepth              how deeply selections may nest; a root field is at depth 1
 * @param maxComplexity         the largest complexity of an operation: every field costs 1 plus its
 *                              selection, and the {@code nodes} or {@code edges} of a connection cost
 *                              {@code first} times that; at most {@value ConnectionComplexity#LARGEST_LIMIT}
 * @param maxAliases            how many aliased fields an operation may have, counting each use of a fragment
 * @param maxRootFields         how many fields an operation may select at its root
 * @param maxDirectives         how many directives an operation may use, counting each use of a fragment
 * @param maxErrors             how many errors a response may carry; beyond it the last one says how many
 *                              were left out
 * @param maxDocumentCharacters how many characters the GraphQL document may have (variables not included)
 * @param maxDocumentTokens     how many grammar tokens (names, punctuation, values) the document may have
 * @param requestTimeout        how long the execution of a request may take before it is stopped
 * @param maxRequestSize        how many bytes the body of an HTTP request to the GraphQL endpoint may have
 */
@ConfigurationProperties("campaign.graphql.limits")
public record GraphQlLimits(
        @DefaultValue("15") int maxDepth,
        @DefaultValue("10000") int maxComplexity,
        @DefaultValue("20") int maxAliases,
        @DefaultValue("10") int maxRootFields,
        @DefaultValue("20") int maxDirectives,
        @DefaultValue("20") int maxErrors,
        @DefaultValue("20000") int maxDocumentCharacters,
        @DefaultValue("5000") int maxDocumentTokens,
        @DefaultValue("10s") Duration requestTimeout,
        @DefaultValue("1MB") DataSize maxRequestSize) {

    /** The prefix of the properties. */
    public static final String PREFIX = "campaign.graphql.limits";

    /**
     * Validates the limits.
     *
     * @throws NullPointerException     if the timeout or the request size is missing
     * @throws IllegalArgumentException if a limit is not positive, {@code max-complexity} is above
     *                                  {@value ConnectionComplexity#LARGEST_LIMIT}, or {@code max-errors} is below 2
     *                                  (one error and the one saying the rest was left out)
     */
    public GraphQlLimits {
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(maxRequestSize, "maxRequestSize");
        positive(Limit.MAX_DEPTH, maxDepth);
        positive(Limit.MAX_COMPLEXITY, maxComplexity);
        if (maxComplexity > ConnectionComplexity.LARGEST_LIMIT) {
            throw new IllegalArgumentException(Limit.MAX_COMPLEXITY.property() + " must be at most "
                    + ConnectionComplexity.LARGEST_LIMIT + ", was " + maxComplexity);
        }
        positive(Limit.MAX_ALIASES, maxAliases);
        positive(Limit.MAX_ROOT_FIELDS, maxRootFields);
        positive(Limit.MAX_DIRECTIVES, maxDirectives);
        positive(Limit.MAX_DOCUMENT_CHARACTERS, maxDocumentCharacters);
        positive(Limit.MAX_DOCUMENT_TOKENS, maxDocumentTokens);
        if (maxErrors < 2) {
            throw new IllegalArgumentException(Limit.MAX_ERRORS.property() + " must be at least 2, was " + maxErrors);
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException(
                    Limit.REQUEST_TIMEOUT.property() + " must be positive, was " + requestTimeout);
        }
        if (maxRequestSize.toBytes() <= 0) {
            throw new IllegalArgumentException(
                    Limit.MAX_REQUEST_SIZE.property() + " must be positive, was " + maxRequestSize);
        }
    }

    private static void positive(Limit limit, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(limit.property() + " must be at least 1, was " + value);
        }
    }

    /**
     * The limits with their default values.
     *
     * @return the defaults
     */
    public static GraphQlLimits defaults() {
        return new GraphQlLimits(15, 10_000, 20, 10, 20, 20, 20_000, 5000, Duration.ofSeconds(10),
                DataSize.ofMegabytes(1));
    }
}
