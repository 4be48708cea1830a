/**
 * Read-through caches of the campaigns and units the write path looks up on every registration, so that a
 * registration costs the store its insert and nothing more. Each cache decorates the core's port and drops an
 * entry when a write through it changes that entry — the administration services, the seeder and the importer
 * all write through the platform's ports, so their changes are seen at once; a change made by another
 * process on the same database is seen once the entry is reloaded ({@link vn.campaign.api.cache.CachedCampaigns#EXPIRY}).
 */
@NullMarked
package vn.campaign.api.cache;

import org.jspecify.annotations.NullMarked;
