package vn.campaign.core.plaque;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.registration.RegistrationId;

/**
 * Port: where the links between plaque works and registered works are kept. The store holds that a registered
 * work is linked to at most one plaque work, racing writers included.
 *
 * @since 0.4.0
 */
public interface PlaqueLinks {

    /** What a {@link #save} did. */
    enum Saved {
        /** The link is kept. */
        DONE,
        /** The plaque work's link is no longer at the version read; nothing is written. */
        CONFLICT,
        /** Another plaque work is linked to the same registered work; nothing is written. */
        WORK_TAKEN
    }

    /**
     * Keeps a plaque work's link if the stored one is still at the version read (0: none stored).
     *
     * @param link            the new link, at {@code expectedVersion + 1}
     * @param expectedVersion the version read
     * @return what was done
     */
    Saved save(PlaqueLink link, long expectedVersion);

    /**
     * A plaque work's link.
     *
     * @param campaign   the campaign
     * @param plaqueWork the plaque work's key
     * @return the stored link, if it was ever linked
     */
    Optional<PlaqueLink> find(CampaignCode campaign, PlaqueWorkKey plaqueWork);

    /**
     * The stored links of a campaign's plaque works, linked or not.
     *
     * @param campaign the campaign
     * @return its links, in no set order
     */
    List<PlaqueLink> findByCampaign(CampaignCode campaign);

    /**
     * The stored links of the plaque works of several campaigns, in one read where the store can.
     *
     * @param campaigns the campaigns
     * @return their links, in no set order
     */
    default List<PlaqueLink> findByCampaigns(Collection<CampaignCode> campaigns) {
        return campaigns.stream().distinct().flatMap(c -> findByCampaign(c).stream()).toList();
    }

    /**
     * The links of a set of registered works, in one read.
     *
     * @param works the works' ids
     * @return the link of each work that has one
     */
    Map<RegistrationId, PlaqueLink> findByWorks(Collection<RegistrationId> works);
}
