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
 * folded name) and optimistic concurrency on {@link Registration#version()}.
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
     * The registration with a natural key.
     *
     * @param key a campaign, a unit and a folded name
     * @return the registration, if kept
     */
    Optional<Registration> findByNaturalKey(NaturalKey key);

    /**
     * The registrations with some natural keys: one read for a batch.
     *
     * @param keys natural keys
     * @return the registrations kept under those keys, by key (absent keys left out)
     * @since 0.4.0
     */
    default Map<NaturalKey, Registration> findByNaturalKeys(Collection<NaturalKey> keys) {
        Map<NaturalKey, Registration> found = new HashMap<>();
        for (NaturalKey key : keys) {
            findByNaturalKey(key).ifPresent(r -> found.put(key, r));
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
     * @return {@link WriteResult#DONE}, or {@link WriteResult#DUPLICATE} when its id or natural key is taken
     */
    WriteResult insert(Registration registration);

    /**
     * Replaces a registration if the stored one still has the version the caller read.
     *
     * @param registration the new value; its version must be {@code expectedVersion + 1}
     * @param expectedVersion the version the caller read
     * @return DONE; CONFLICT when the stored version differs; NOT_FOUND; or DUPLICATE when the new name
     *         takes another registration's natural key
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
