/**
 * Robustness of the running service against bad input: hundreds of generated malformed requests to
 * {@code /graphql} ({@link vn.campaign.api.robustness.MalformedRequestsIT}) and malformed import files to
 * {@code /api/imports}, each against an application started in a child JVM. Every request must get a 4xx
 * or a GraphQL error payload without internals, the server must stay healthy, and the stored data must not
 * change.
 */
@NullMarked
package vn.campaign.api.robustness;

import org.jspecify.annotations.NullMarked;
