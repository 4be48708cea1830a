/**
 * The store adapter of commendation: {@link vn.campaign.api.commendation.mongo.MongoCommendations} implements
 * the core's {@code Commendations} and {@code Decisions} over the {@code commendations} and {@code decisions}
 * collections; a decision number is unique per campaign by a unique index.
 */
@NullMarked
package vn.campaign.api.commendation.mongo;

import org.jspecify.annotations.NullMarked;
