/**
 * The GraphQL adapter: controllers for the schema in {@code src/main/resources/graphql/}, its scalars
 * ({@code Date}, {@code DateTime}, {@code Money}, {@code Decimal}), opaque global ids and keyset cursors,
 * Relay connections, the mapping of the core's rule violations to {@code userErrors}, and the exception
 * resolver for malformed requests.
 *
 * <p>Controllers read through the core's ports and the platform's read ports and write through the core's
 * application services only. Every parent-to-child edge is resolved in batches ({@code @BatchMapping} or a
 * DataLoader), so the number of store round trips of a query does not grow with the number of items it
 * returns.
 */
@NullMarked
package vn.campaign.api.graphql;

import org.jspecify.annotations.NullMarked;
