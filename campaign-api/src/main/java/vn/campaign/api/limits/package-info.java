/**
 * Protection of the GraphQL endpoint against requests that are too big or too expensive, and the switches that
 * differ between development and production.
 *
 * <p>Each limit is a property under {@code campaign.graphql.limits.*} ({@link GraphQlLimits}); a request over
 * a limit is refused with one GraphQL error naming the limit, its value and what the request had
 * ({@link LimitExceeded}), before any data is read where the limit allows it:
 * <ul>
 *   <li>{@link RequestBodyFilter}: the HTTP body of {@code /graphql} (HTTP 413), which must also be valid UTF-8
 *       and not the JSON literal {@code null} (HTTP 400);</li>
 *   <li>{@link GraphQlLimitsInterceptor}: the document's characters, its tokens (counted while parsing by
 *       {@link TokenLimit}), the number of errors in a response, and introspection per request;</li>
 *   <li>{@link OperationLimitsInstrumentation}: aliases, root fields and directives, counted on the parsed
 *       document before it is validated ({@link OperationCounts});</li>
 *   <li>{@link DepthLimitInstrumentation} and {@link ComplexityLimitInstrumentation}: depth and complexity,
 *       with connections weighted by {@code first} ({@link ConnectionComplexity});</li>
 *   <li>{@link RequestTimeoutInstrumentation}: the time a request may run.</li>
 * </ul>
 * {@link StrictInputs} refuses input values graphql-java would otherwise coerce into something no one sent
 * (an {@code ID} that is a boolean or a list, half a surrogate pair). {@link LimitsConfiguration} registers
 * them all, and makes the JSON reader refuse duplicate keys.
 *
 * <p>Errors outside GraphQL execution never leak internals either: {@link JsonErrorController} answers each
 * with a GraphQL-shaped JSON body and a message of its own (never the exception's text or stack trace), and
 * {@link ErrorBodyFilter} routes to it the error responses that were sent without a body.
 */
@NullMarked
package vn.campaign.api.limits;

import org.jspecify.annotations.NullMarked;
