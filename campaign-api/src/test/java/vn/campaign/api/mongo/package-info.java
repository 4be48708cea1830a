/**
 * Tests of the MongoDB adapter: mapper round trips, the adapters against a real store (the embedded one in
 * memory, or the MongoDB named by {@code SPRING_MONGODB_URI}), keyset pages, search folding and indexes.
 */
@NullMarked
package vn.campaign.api.mongo;

import org.jspecify.annotations.NullMarked;
