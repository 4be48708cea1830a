package vn.campaign.core.campaign;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Campaigns kept in memory, for embedders and tests. Thread-safe.
 *
 * @since 0.1.0
 */
public final class InMemoryCampaigns implements Campaigns {

    private final Map<CampaignCode, StoredCampaign> campaigns = new ConcurrentHashMap<>();

    /** An empty store. */
    public InMemoryCampaigns() {
    }

    @Override
    public Optional<Campaign> findByCode(CampaignCode code) {
        return findStored(code).map(StoredCampaign::campaign);
    }

    @Override
    public List<Campaign> findAll() {
        return campaigns.values().stream().map(StoredCampaign::campaign)
                .sorted(Comparator.comparing((Campaign c) -> c.period().startsOn()).reversed()
                        .thenComparing(c -> c.code().value()))
                .toList();
    }

    @Override
    public void save(Campaign campaign) {
        campaigns.merge(campaign.code(), StoredCampaign.first(campaign), (old, fresh) -> old.next(campaign));
    }

    @Override
    public Optional<StoredCampaign> findStored(CampaignCode code) {
        return Optional.ofNullable(campaigns.get(code));
    }

    @Override
    public boolean add(StoredCampaign campaign) {
        return campaigns.putIfAbsent(campaign.campaign().code(), campaign) == null;
    }

    @Override
    public boolean replace(StoredCampaign campaign, long expectedVersion) {
        CampaignCode code = campaign.campaign().code();
        StoredCampaign current = campaigns.get(code);
        return current != null && current.version() == expectedVersion && campaigns.replace(code, current, campaign);
    }
}
