/**
 * The store adapter of the plaque register: {@link vn.campaign.api.plaque.mongo.MongoPlaqueLinks} implements the
 * core's {@code PlaqueLinks} over the {@code plaqueLinks} collection, one document per plaque work ever linked; a
 * unique sparse index on the linked work keeps a work linked to one plaque work, racing writers included.
 */
@NullMarked
package vn.campaign.api.plaque.mongo;

import org.jspecify.annotations.NullMarked;
