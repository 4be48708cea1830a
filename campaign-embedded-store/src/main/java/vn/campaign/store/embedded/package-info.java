/**
 * The embedded store's H2 backend, {@link vn.campaign.store.embedded.CommittingH2Backend}: committed after every
 * write, each command reading a version the store keeps for it. And its file format: each collection's documents
 * kept as BSON ({@link vn.campaign.store.embedded.BsonDocumentType}) and each unique index's keys ordered by value
 * ({@link vn.campaign.store.embedded.IndexKeyType}) through {@link vn.campaign.store.embedded.BsonH2Database},
 * instead of Java serialisation. The service's embedded store is this backend, and so is the benchmark's copy of
 * that store.
 */
@NullMarked
package vn.campaign.store.embedded;

import org.jspecify.annotations.NullMarked;
