package vn.campaign.importer.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.registration.NaturalKey;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationId;
import vn.campaign.core.registration.Registrations;
import vn.campaign.core.unit.UnitCode;

/**
 * Registrations written over another store without touching it: reads see the other store's
 * registrations with this run's writes laid over them; writes stay here. A dry run thus answers as the
 * real import would (created, updated, unchanged, duplicate) and stores nothing.
 *
 * <p>Writes are indexed by id and natural key (the live registration of a key, and every registration of it,
 * ended ones included), the lookups a registration makes, so a run of 100,000 rows costs a few hash lookups
 * per row; a unit's list, which no registration asks for, is found by going
 * through the writes. Thread-safe: every method is synchronised.
 */
final class DryRunRegistrations implements Registrations {

    private final Registrations base;
    /** This run's writes in the order first written. */
    private final Map<RegistrationId, Registration> byId = new LinkedHashMap<>();
    /** The live registration this run wrote under each natural key. */
    private final Map<NaturalKey, RegistrationId> byKey = new HashMap<>();
    /**
     * Every registration this run wrote under each natural key, live or ended, in the order first written, each
     * once (a list of one for nearly every key: a set per key would cost more than the row's other writes).
     */
    private final Map<NaturalKey, List<RegistrationId>> everyByKey = new HashMap<>();

    /**
     * A dry-run store over another.
     *
     * @param base the store whose registrations are seen but never written
     */
    DryRunRegistrations(Registrations base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    @Override
    public synchronized Optional<Registration> findById(RegistrationId id) {
        Registration written = byId.get(id);
        return written != null ? Optional.of(written) : base.findById(id);
    }

    @Override
    public synchronized List<Registration> findByCampaign(CampaignCode campaign) {
        List<Registration> all = new ArrayList<>();
        for (Registration stored : base.findByCampaign(campaign)) {
            if (!byId.containsKey(stored.id())) {
                all.add(stored);
            }
        }
        for (Registration written : byId.values()) {
            if (written.campaign().equals(campaign)) {
                all.add(written);
            }
        }
        return List.copyOf(all);
    }

    @Override
    public synchronized List<Registration> findByCampaignAndUnit(CampaignCode campaign, UnitCode unit) {
        List<Registration> all = new ArrayList<>();
        for (Registration stored : base.findByCampaignAndUnit(campaign, unit)) {
            if (!byId.containsKey(stored.id())) {
                all.add(stored);
            }
        }
        for (Registration written : byId.values()) {
            if (written.campaign().equals(campaign) && written.unit().equals(unit)) {
                all.add(written);
            }
        }
        return List.copyOf(all);
    }

    @Override
    public synchronized Optional<Registration> findByNaturalKey(NaturalKey key) {
        RegistrationId written = byKey.get(Objects.requireNonNull(key, "key"));
        if (written != null) {
            return Optional.of(Objects.requireNonNull(byId.get(written), "byId"));
        }
        // a stored registration renamed in this run no longer answers to its old name
        return base.findByNaturalKey(key).filter(stored -> !byId.containsKey(stored.id()));
    }

    @Override
    public synchronized List<Registration> findAllByNaturalKey(NaturalKey key) {
        List<Registration> all = new ArrayList<>();
        for (Registration stored : base.findAllByNaturalKey(Objects.requireNonNull(key, "key"))) {
            if (!byId.containsKey(stored.id())) {
                all.add(stored);
            }
        }
        for (RegistrationId id : everyByKey.getOrDefault(key, List.of())) {
            all.add(Objects.requireNonNull(byId.get(id), "byId"));
        }
        return List.copyOf(all);
    }

    @Override
    public synchronized WriteResult insert(Registration registration) {
        Objects.requireNonNull(registration, "registration");
        if (findById(registration.id()).isPresent() || keyTakenByOther(registration)) {
            return WriteResult.DUPLICATE;
        }
        put(registration, null);
        return WriteResult.DONE;
    }

    @Override
    public synchronized WriteResult update(Registration registration, long expectedVersion) {
        Objects.requireNonNull(registration, "registration");
        Optional<Registration> current = findById(registration.id());
        if (current.isEmpty()) {
            return WriteResult.NOT_FOUND;
        }
        if (current.get().version() != expectedVersion) {
            return WriteResult.CONFLICT;
        }
        if (keyTakenByOther(registration)) {
            return WriteResult.DUPLICATE;
        }
        put(registration, byId.get(registration.id()));
        return WriteResult.DONE;
    }

    /**
     * How many registrations this run wrote (created or changed).
     *
     * @return the number of registrations held here
     */
    synchronized int written() {
        return byId.size();
    }

    private boolean keyTakenByOther(Registration registration) {
        return registration.status().isLive() && findByNaturalKey(registration.naturalKey())
                .filter(other -> !other.id().equals(registration.id()))
                .isPresent();
    }

    private void put(Registration registration, @Nullable Registration previous) {
        if (previous != null) {
            byKey.remove(previous.naturalKey(), previous.id());
            List<RegistrationId> before = everyByKey.get(previous.naturalKey());
            if (before != null) {
                before.remove(previous.id());
                if (before.isEmpty()) {
                    everyByKey.remove(previous.naturalKey());
                }
            }
        }
        byId.put(registration.id(), registration);
        if (registration.status().isLive()) {
            byKey.put(registration.naturalKey(), registration.id());
        }
        List<RegistrationId> every = everyByKey.computeIfAbsent(registration.naturalKey(), k -> new ArrayList<>(1));
        if (!every.contains(registration.id())) {
            every.add(registration.id());
        }
    }
}
