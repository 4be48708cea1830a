package vn.campaign.core.registration;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.unit.UnitCode;

/**
 * Registrations kept in memory, for embedders and tests. Thread-safe: writes are serialised, so the
 * natural key (among live registrations) and version checks hold under concurrent callers. Look-ups by id and by natural key take
 * constant time, so a large import stays linear.
 *
 * @since 0.1.0
 */
public final class InMemoryRegistrations implements Registrations {

    private final Map<RegistrationId, Registration> byId = new LinkedHashMap<>();
    private final Map<NaturalKey, RegistrationId> byKey = new HashMap<>();
    /** Every registration under each natural key, live or ended, so a look-up of all of them stays constant-time. */
    private final Map<NaturalKey, Set<RegistrationId>> everyByKey = new HashMap<>();

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
    public synchronized Optional<Registration> findByNaturalKey(NaturalKey key) {
        RegistrationId id = byKey.get(Objects.requireNonNull(key, "key"));
        return id == null ? Optional.empty() : Optional.of(Objects.requireNonNull(byId.get(id), "byId"));
    }

    @Override
    public synchronized WriteResult insert(Registration registration) {
        Objects.requireNonNull(registration, "registration");
        NaturalKey key = registration.naturalKey();
        if (byId.containsKey(registration.id()) || registration.status().isLive() && byKey.containsKey(key)) {
            return WriteResult.DUPLICATE;
        }
        byId.put(registration.id(), registration);
        if (registration.status().isLive()) {
            byKey.put(key, registration.id());
        }
        everyByKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(registration.id());
        return WriteResult.DONE;
    }

    @Override
    public synchronized List<Registration> findAllByNaturalKey(NaturalKey key) {
        Set<RegistrationId> ids = everyByKey.get(Objects.requireNonNull(key, "key"));
        return ids == null ? List.of()
                : ids.stream().map(id -> Objects.requireNonNull(byId.get(id), "byId")).toList();
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
        NaturalKey key = registration.naturalKey();
        RegistrationId holder = byKey.get(key);
        if (registration.status().isLive() && holder != null && !holder.equals(registration.id())) {
            return WriteResult.DUPLICATE;
        }
        byKey.remove(stored.naturalKey(), stored.id());
        Set<RegistrationId> before = everyByKey.get(stored.naturalKey());
        if (before != null) {
            before.remove(stored.id());
            if (before.isEmpty()) {
                everyByKey.remove(stored.naturalKey());
            }
        }
        byId.put(registration.id(), registration);
        if (registration.status().isLive()) {
            byKey.put(key, registration.id());
        }
        everyByKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(registration.id());
        return WriteResult.DONE;
    }
}
