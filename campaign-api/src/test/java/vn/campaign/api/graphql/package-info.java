/**
 * Tests of the GraphQL API: the schema's inspection and descriptions, every query and mutation (success,
 * user errors, malformed input), connections and cursors, search, batching measured in MongoDB commands,
 * and the scalars. The operation suites are contracts run on the embedded store, on a Testcontainers
 * MongoDB where Docker exists, and on the MongoDB named by {@code SPRING_MONGODB_URI} when it is set.
 */
@NullMarked
package vn.campaign.api.graphql;

import org.jspecify.annotations.NullMarked;
