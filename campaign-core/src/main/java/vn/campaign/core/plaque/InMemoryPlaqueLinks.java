package vn.campaign.core.plaque;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.registration.RegistrationId;

/**
 * Plaque links kept in memory, for embedders and tests.
 *
 * @since 0.4.0
 */
public final class InMemoryPlaqueLinks implements PlaqueLinks {

    private final Map<String, PlaqueLink> links = new LinkedHashMap<>();

    /** An empty store. */
    public InMemoryPlaqueLinks() {
    }

    @Override
    public synchronized Saved save(PlaqueLink link, long expectedVersion) {
        String id = id(link.campaign(), link.plaqueWork());
        long stored = Optional.ofNullable(links.get(id)).map(PlaqueLink::version).orElse(0L);
        if (stored != expectedVersion) {
            return Saved.CONFLICT;
        }
        if (link.work() != null && links.values().stream()
                .anyMatch(l -> Objects.equals(l.work(), link.work()) && !l.plaqueWork().equals(link.plaqueWork()))) {
            return Saved.WORK_TAKEN;
        }
        links.put(id, link);
        return Saved.DONE;
    }

    @Override
    public synchronized Optional<PlaqueLink> find(CampaignCode campaign, PlaqueWorkKey plaqueWork) {
        return Optional.ofNullable(links.get(id(campaign, plaqueWork)));
    }

    @Override
    public synchronized List<PlaqueLink> findByCampaign(CampaignCode campaign) {
        return new ArrayList<>(links.values().stream().filter(l -> l.campaign().equals(campaign)).toList());
    }

    @Override
    public synchronized Map<RegistrationId, PlaqueLink> findByWorks(Collection<RegistrationId> works) {
        Map<RegistrationId, PlaqueLink> found = new HashMap<>();
        for (PlaqueLink link : links.values()) {
            if (link.work() != null && works.contains(link.work())) {
                found.put(link.work(), link);
            }
        }
        return found;
    }

    private static String id(CampaignCode campaign, PlaqueWorkKey plaqueWork) {
        return campaign.value() + "/" + plaqueWork.value();
    }
}
