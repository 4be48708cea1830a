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

    private final Map<CampaignCode, Campaign> campaigns = new ConcurrentHashMap<>();

    /** An empty store. */
    public InMemoryCampaigns() {
    }

    @Override
    public Optional<Campaign> findByCode(CampaignCode code) {
        return Optional.ofNullable(campaigns.get(code));
    }

    @Override
    public List<Campaign> findAll() {
        return campaigns.values().stream()
                .sorted(Comparator.comparing((Campaign c) -> c.period().startsOn()).reversed()
                        .thenComparing(c -> c.code().value()))
                .toList();
    }

    @Override
    public void save(Campaign campaign) {
        campaigns.put(campaign.code(), campaign);
    }
}
