package vn.campaign.core.registration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.unit.UnitCode;

/**
 * Registrations kept in memory, for embedders and tests. Thread-safe: writes are serialised, so the
 * natural key and version checks hold under concurrent callers.
 *
 * @since 0.1.0
 */
public final class InMemoryRegistrations implements Registrations {

    private final Map<RegistrationId, Registration> byId = new LinkedHashMap<>();

    /** An empty store. */
    public InMemoryRegistrations() {
    }

    @Override
    public synchronized Optional<Registration> findById(RegistrationId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized List<Registration> findByCampaign(CampaignCode campaign) {
        return byId.values().stream().filter(r -> r.campaign().equals(campaign)).toList();
    }

    @Override
    public synchronized List<Registration> findByCampaignAndUnit(CampaignCode campaign, UnitCode unit) {
        return byId.values().stream().filter(r -> r.campaign().equals(campaign) && r.unit().equals(unit)).toList();
    }

    @Override
    public synchronized Optional<Registration> findByNaturalKey(CampaignCode campaign, UnitCode unit,
            String foldedName) {
        return byId.values().stream()
                .filter(r -> r.campaign().equals(campaign) && r.unit().equals(unit) && r.foldedName().equals(foldedName))
                .findFirst();
    }

    @Override
    public synchronized WriteResult insert(Registration registration) {
        Objects.requireNonNull(registration, "registration");
        if (byId.containsKey(registration.id()) || keyTakenByOther(registration)) {
            return WriteResult.DUPLICATE;
        }
        byId.put(registration.id(), registration);
        return WriteResult.DONE;
    }

    @Override
    public synchronized WriteResult update(Registration registration, long expectedVersion) {
        Objects.requireNonNull(registration, "registration");
        Registration stored = byId.get(registration.id());
        if (stored == null) {
            return WriteResult.NOT_FOUND;
        }
        if (stored.version() != expectedVersion) {
            return WriteResult.CONFLICT;
        }
        if (keyTakenByOther(registration)) {
            return WriteResult.DUPLICATE;
        }
        byId.put(registration.id(), registration);
        return WriteResult.DONE;
    }

    private boolean keyTakenByOther(Registration r) {
        return findByNaturalKey(r.campaign(), r.unit(), r.foldedName())
                .filter(other -> !other.id().equals(r.id()))
                .isPresent();
    }
}
