package vn.campaign.api.cache;

import java.util.Objects;

/**
 * The caches the platform reads campaigns and units through, held together so that a change written by another
 * instance can drop them (see {@code ChangeStreamPublication}).
 *
 * @param campaigns the cached campaigns
 * @param units     the cached units
 */
public record PlatformCaches(CachedCampaigns campaigns, CachedUnits units) {

    /**
     * Validates the caches.
     *
     * @param campaigns the cached campaigns
     * @param units     the cached units
     */
    public PlatformCaches {
        Objects.requireNonNull(campaigns, "campaigns");
        Objects.requireNonNull(units, "units");
    }

    /** Drops every cached campaign and unit; the next reads go to the store. */
    public void forgetAll() {
        campaigns.forgetAll();
        units.forgetAll();
    }
}
