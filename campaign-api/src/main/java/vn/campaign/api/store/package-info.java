/**
 * The document store behind the service: an external MongoDB when {@code spring.mongodb.uri} is set,
 * otherwise an embedded MongoDB-wire-compatible server started in-process.
 *
 * <p>The embedded server ({@link vn.campaign.api.store.EmbeddedMongoStore}) is mongo-java-server listening
 * on a loopback port; the application reaches it through the real MongoDB driver exactly as it would reach
 * a MongoDB server, because {@link vn.campaign.api.store.EmbeddedStoreConfiguration} points Spring Boot's
 * {@code MongoConnectionDetails} at it. Its default H2 backend commits after every write command, so a write
 * the driver saw acknowledged survives a hard kill of the process. Settings are in
 * {@link vn.campaign.api.store.StoreProperties}; which store is in use is logged at start-up and described by
 * {@link vn.campaign.api.store.StoreDescription}.
 */
@NullMarked
package vn.campaign.api.store;

import org.jspecify.annotations.NullMarked;
