package vn.campaign.api.cache;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.Campaigns;
import vn.campaign.core.campaign.StoredCampaign;

/**
 * The campaigns port with {@link #findByCode} answered from memory: what every registration reads. Every
 * write through it ({@link #save}, {@link #add}, {@link #replace}) drops the campaign's entry after the store
 * has taken it, so the next read sees the change; an entry is reloaded after {@link #EXPIRY} (a change written
 * by another process is seen from then on, at the latest after twice that time). Other reads go to the store.
 */
public final class CachedCampaigns implements Campaigns {

    /**
     * How long a read is served before it is read again in the background (the next access after it returns the
     * value held and starts the reload); an entry not reloaded within twice this time is dropped.
     */
    public static final Duration EXPIRY = Duration.ofMinutes(1);

    private final Campaigns store;
    private final LoadingCache<CampaignCode, Optional<Campaign>> byCode;

    /**
     * A cache in front of a store.
     *
     * @param store the campaigns store
     */
    public CachedCampaigns(Campaigns store) {
        this.store = Objects.requireNonNull(store, "store");
        this.byCode = Caffeine.newBuilder().refreshAfterWrite(EXPIRY).expireAfterWrite(EXPIRY.multipliedBy(2))
                .maximumSize(10_000).build(store::findByCode);
    }

    /**
     * Drops every entry, so that the next reads go to the store: for a change another instance wrote, which this
     * one hears of from the store's change stream.
     */
    public void forgetAll() {
        byCode.invalidateAll();
    }

    @Override
    public Optional<Campaign> findByCode(CampaignCode code) {
        return byCode.get(code);
    }

    @Override
    public List<Campaign> findAll() {
        return store.findAll();
    }

    @Override
    public void save(Campaign campaign) {
        try {
            store.save(campaign);
        } finally {
            byCode.invalidate(campaign.code());
        }
    }

    @Override
    public Optional<StoredCampaign> findStored(CampaignCode code) {
        return store.findStored(code);
    }

    @Override
    public boolean add(StoredCampaign campaign) {
        try {
            return store.add(campaign);
        } finally {
            byCode.invalidate(campaign.campaign().code());
        }
    }

    @Override
    public boolean replace(StoredCampaign campaign, long expectedVersion) {
        try {
            return store.replace(campaign, expectedVersion);
        } finally {
            byCode.invalidate(campaign.campaign().code());
        }
    }
}
