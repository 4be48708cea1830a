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
 * <p>Writes are indexed by id and natural key (every registration of a key, live or ended, the lookups a
 * registration makes), so a run of 100,000 rows costs a few hash lookups per row; a unit's list, which no
 * registration asks for, is found by going through the writes. Thread-safe: every method is synchronised.
 */
final class DryRunRegistrations implements Registrations {

    private final Registrations base;
    /** This run's writes in the order first written. */
    private final Map<RegistrationId, Registration> byId = new LinkedHashMap<>();
    /**
     * Every registration this run wrote under each natural key, live or ended, at its latest version, in the order
     * written, each once: the registration itself for a key of one (nearly every key: a list or a second index
     * for each would cost more than the row's other writes and hold the most memory of a large run), else a
     * {@code List<Registration>}. At most one of them is live, the store's unique key.
     */
    private final Map<NaturalKey, Object> byKey = new HashMap<>();

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
        Object written = byKey.get(Objects.requireNonNull(key, "key"));
        if (written instanceof Registration one && one.status().isLive()) {
            return Optional.of(one);
        }
        if (written instanceof List<?> several) {
            for (Object each : several) {
                if (((Registration) each).status().isLive()) {
                    return Optional.of((Registration) each);
                }
            }
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
        Object written = byKey.get(key);
        if (written instanceof Registration one) {
            all.add(one);
        } else if (written instanceof List<?> several) {
            for (Object each : several) {
                all.add((Registration) each);
            }
        }
        return List.copyOf(all);
    }

    @Override
    public synchronized WriteResult insert(Registration registration) {
        Objects.requireNonNull(registration, "registration");
        // the id taken first, in one lookup (a new id is nearly always free), and given back if the write is refused
        if (byId.putIfAbsent(registration.id(), registration) != null) {
            return WriteResult.DUPLICATE;
        }
        NaturalKey key = registration.naturalKey();
        if (base.findById(registration.id()).isPresent() || keyTakenByOther(registration, key)) {
            byId.remove(registration.id());
            return WriteResult.DUPLICATE;
        }
        index(registration, key, null);
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
        NaturalKey key = registration.naturalKey();
        if (keyTakenByOther(registration, key)) {
            return WriteResult.DUPLICATE;
        }
        Registration previous = byId.put(registration.id(), registration);
        index(registration, key, previous);
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

    private boolean keyTakenByOther(Registration registration, NaturalKey key) {
        return registration.status().isLive() && findByNaturalKey(key)
                .filter(other -> !other.id().equals(registration.id()))
                .isPresent();
    }

    /** Files a registration written by id under its key, in place of the version this run wrote before, if any. */
    private void index(Registration registration, NaturalKey key, @Nullable Registration previous) {
        if (previous != null) {
            remove(previous.naturalKey(), previous.id());
        }
        Object written = byKey.get(key);
        if (written == null) {
            byKey.put(key, registration);
        } else if (written instanceof Registration one) {
            List<Registration> several = new ArrayList<>(2);
            several.add(one);
            several.add(registration);
            byKey.put(key, several);
        } else {
            @SuppressWarnings("unchecked")
            List<Registration> several = (List<Registration>) written;
            several.add(registration);
        }
    }

    /** Takes the registration with an id from under a key. */
    private void remove(NaturalKey key, RegistrationId id) {
        Object written = byKey.get(key);
        if (written instanceof Registration one) {
            if (one.id().equals(id)) {
                byKey.remove(key);
            }
        } else if (written instanceof List<?> several) {
            several.removeIf(each -> ((Registration) each).id().equals(id));
            if (several.size() == 1) {
                byKey.put(key, several.get(0));
            } else if (several.isEmpty()) {
                byKey.remove(key);
            }
        }
    }
}
