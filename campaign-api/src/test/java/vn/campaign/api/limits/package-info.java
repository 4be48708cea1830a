/**
 * Tests of the request limits and the per-profile switches: each limit passes at its value and refuses one
 * more with an error naming it, over HTTP at the defaults of {@code application.yaml}
 * ({@link vn.campaign.api.limits.GraphQlLimitsOverHttpIT}); the counting and weighting on their own; the
 * timeout with a clock the test moves; introspection and GraphiQL in the development and {@code prod}
 * profiles of a started server; the JSON bodies of HTTP errors outside GraphQL.
 */
@NullMarked
package vn.campaign.api.limits;

import org.jspecify.annotations.NullMarked;
