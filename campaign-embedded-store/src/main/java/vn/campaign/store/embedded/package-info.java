/**
 * The file format of the embedded store: mongo-java-server's H2 backend keeping each collection's documents as
 * BSON ({@link vn.campaign.store.embedded.BsonDocumentType}) through {@link vn.campaign.store.embedded.BsonH2Database},
 * instead of Java serialisation. The service's embedded store opens its databases with it, and so does the
 * benchmark's copy of that store.
 */
@NullMarked
package vn.campaign.store.embedded;

import org.jspecify.annotations.NullMarked;
