package vn.campaign.core.registration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.unit.UnitCode;

/**
 * Port: where registrations are kept. Implementations enforce the natural key (campaign + unit +
 * folded name) among live registrations ({@link RegistrationStatus#isLive()}: a rejected or cancelled one no
 * longer holds its name) and optimistic concurrency on {@link Registration#version()}.
 *
 * @since 0.1.0
 */
public interface Registrations {

    /**
     * The registration with an id.
     *
     * @param id an id
     * @return the registration, if kept
     */
    Optional<Registration> findById(RegistrationId id);

    /**
     * The registrations with some ids, in one read where the store can.
     *
     * @param ids the ids
     * @return the registrations kept under them, by id; an id with none is absent
     * @since 0.4.0
     */
    default Map<RegistrationId, Registration> findAllById(Collection<RegistrationId> ids) {
        Map<RegistrationId, Registration> found = new HashMap<>();
        for (RegistrationId id : ids) {
            findById(id).ifPresent(r -> found.put(id, r));
        }
        return found;
    }

    /**
     * Every registration of a campaign.
     *
     * @param campaign a campaign code
     * @return the registrations, in no particular order
     */
    List<Registration> findByCampaign(CampaignCode campaign);

    /**
     * Every registration of one unit for a campaign.
     *
     * @param campaign a campaign code
     * @param unit     a unit code
     * @return the registrations, in no particular order
     */
    List<Registration> findByCampaignAndUnit(CampaignCode campaign, UnitCode unit);

    /**
     * The live registration with a natural key (rejected and cancelled ones are not found by name).
     *
     * @param key a campaign, a unit and a folded name
     * @return the live registration, if kept
     */
    Optional<Registration> findByNaturalKey(NaturalKey key);

    /**
     * Every registration with a natural key, live or not: at most one live, any number rejected or cancelled.
     *
     * @param key a campaign, a unit and a folded name
     * @return the registrations, in no particular order
     * @since 0.3.0
     */
    default List<Registration> findAllByNaturalKey(NaturalKey key) {
        return findByCampaignAndUnit(key.campaign(), key.unit()).stream()
                .filter(r -> r.foldedName().equals(key.foldedName())).toList();
    }

    /**
     * Every registration with some natural keys, live or not: one read for a batch.
     *
     * @param keys natural keys
     * @return the registrations kept under those keys, by key (keys without any left out)
     * @since 0.4.0
     */
    default Map<NaturalKey, List<Registration>> findAllByNaturalKeys(Collection<NaturalKey> keys) {
        Map<NaturalKey, List<Registration>> found = new HashMap<>();
        for (NaturalKey key : keys) {
            List<Registration> all = findAllByNaturalKey(key);
            if (!all.isEmpty()) {
                found.put(key, all);
            }
        }
        return found;
    }

    /**
     * Stores new registrations (version 0), each on its own: one that cannot be stored does not keep the
     * others from being stored. A store writes them in one batch where it can.
     *
     * @param registrations the registrations
     * @return what became of each, in the same order: {@link WriteResult#DONE}, or {@link WriteResult#DUPLICATE}
     *         when its id or natural key is taken (by a stored registration or an earlier one of the batch)
     * @since 0.4.0
     */
    default List<WriteResult> insertAll(List<? extends Registration> registrations) {
        List<WriteResult> results = new ArrayList<>(registrations.size());
        for (Registration registration : registrations) {
            results.add(insert(registration));
        }
        return results;
    }

    /**
     * Stores a new registration (version 0).
     *
     * @param registration the registration
     * @return {@link WriteResult#DONE}, or {@link WriteResult#DUPLICATE} when its id is taken, or its natural key
     *         by a live registration
     */
    WriteResult insert(Registration registration);

    /**
     * Replaces a registration if the stored one still has the version the caller read.
     *
     * @param registration the new value; its version must be {@code expectedVersion + 1}
     * @param expectedVersion the version the caller read
     * @return DONE; CONFLICT when the stored version differs; NOT_FOUND; or DUPLICATE when the new value is
     *         live and its name takes another live registration's natural key
     */
    WriteResult update(Registration registration, long expectedVersion);

    /**
     * What a write did.
     *
     * @since 0.1.0
     */
    enum WriteResult {
        /** Written. */
        DONE,
        /** Not written: the stored version is not the one expected. */
        CONFLICT,
        /** Not written: the id or the natural key is taken. */
        DUPLICATE,
        /** Not written: nothing is stored under that id. */
        NOT_FOUND
    }
}
