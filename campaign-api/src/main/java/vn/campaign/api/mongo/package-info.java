/**
 * The MongoDB adapter: document classes (separate from the domain types), their mappers, the repository
 * adapters that implement the core's ports and the platform's read ports, and the indexes created at start.
 *
 * <p>Every write is one single-document operation, because the embedded store has no multi-document
 * transactions: a registration is inserted whole (its natural key guarded by a unique index) and replaced
 * whole under a version condition ({@code {_id, version: expected}}), so a stale update is reported as a
 * conflict instead of being lost. Dates are stored as ISO-8601 text ({@code "2022-06-15"}), which sorts
 * and compares like the dates themselves and depends on no time zone; amounts of đồng as 64-bit integers;
 * decimal figures as their exact decimal text. Every name is stored with a folded copy
 * ({@code nameFolded}) on which searches and orderings match.
 */
@NullMarked
package vn.campaign.api.mongo;

import org.jspecify.annotations.NullMarked;
