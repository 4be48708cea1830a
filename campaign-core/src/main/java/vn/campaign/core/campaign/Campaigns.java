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

    /**
     * The campaign with a code, with its version and definition.
     *
     * @param code a campaign code
     * @return the stored campaign, if kept
     * @since 0.3.0
     */
    Optional<StoredCampaign> findStored(CampaignCode code);

    /**
     * Adds a campaign whose code no campaign has.
     *
     * @param campaign the campaign, usually at version 1
     * @return {@code false}, storing nothing, when a campaign with that code is already kept
     * @since 0.3.0
     */
    boolean add(StoredCampaign campaign);

    /**
     * Replaces a campaign if the version kept is still the one read.
     *
     * @param campaign        the new version
     * @param expectedVersion the version it replaces
     * @return {@code false}, storing nothing, when the campaign is absent or kept at another version
     * @since 0.3.0
     */
    boolean replace(StoredCampaign campaign, long expectedVersion);
}
