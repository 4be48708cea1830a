/**
 * The embedded store's H2 backend, {@link vn.campaign.store.embedded.CommittingH2Backend}: committed after every
 * write, each command reading a version the store keeps for it. And its file format: each collection's documents
 * kept as BSON ({@link vn.campaign.store.embedded.BsonDocumentType}) and each unique index's keys ordered by value
 * ({@link vn.campaign.store.embedded.IndexKeyType}) through {@link vn.campaign.store.embedded.BsonH2Database},
 * instead of Java serialisation, each document counted in the page cache for its own BSON size. The driver's
 * {@code countDocuments} is answered as a {@code count} command ({@link vn.campaign.store.embedded.CountPipeline}),
 * which does not hold the collection while it counts. The service's embedded store is this backend, and so is the
 * benchmark's copy of that store.
 */
@NullMarked
package vn.campaign.store.embedded;

import org.jspecify.annotations.NullMarked;
