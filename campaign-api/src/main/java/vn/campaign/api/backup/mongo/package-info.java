/**
 * Dumps, restores and copies of the store, over the MongoDB driver: the dump in mongodump's directory layout
 * ({@link vn.campaign.api.backup.mongo.MongoDump}), per-collection counts and checksums
 * ({@link vn.campaign.api.backup.mongo.CollectionDigest}), the copy to a MongoDB server
 * ({@link vn.campaign.api.backup.mongo.StoreCopy}), the service's backup port over the embedded store's pause of
 * writes ({@link vn.campaign.api.backup.mongo.MongoStoreBackups}) and the {@code backup}, {@code restore} and
 * {@code copy-store} commands of the service's jar ({@link vn.campaign.api.backup.mongo.StoreCommandLine}).
 */
@NullMarked
package vn.campaign.api.backup.mongo;

import org.jspecify.annotations.NullMarked;
