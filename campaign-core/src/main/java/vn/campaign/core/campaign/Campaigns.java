package vn.campaign.core.campaign;

import java.util.List;
import java.util.Optional;

/**
 * Port: where campaigns are kept.
 *
 * @since 0.1.0
 */
public interface Campaigns {

    /**
     * The campaign with a code.
     *
     * @param code a campaign code
     * @return the campaign, if kept
     */
    Optional<Campaign> findByCode(CampaignCode code);

    /**
     * Every campaign, newest period first.
     *
     * @return all campaigns
     */
    List<Campaign> findAll();

    /**
     * Adds a campaign or replaces the one with the same code.
     *
     * @param campaign the campaign
     */
    void save(Campaign campaign);
}
