/**
 * The GraphQL benchmark: the packaged campaign-api service in a child JVM on an embedded store that this
 * process hosts ({@link vn.campaign.bench.graphql.CountingStore}, so that it can count the MongoDB commands
 * each request costs), driven over HTTP by {@link vn.campaign.bench.graphql.GraphQlBench} next to the same
 * reads made directly with the MongoDB driver.
 */
@NullMarked
package vn.campaign.bench.graphql;

import org.jspecify.annotations.NullMarked;
