package vn.campaign.api.platform;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignCode;

/**
 * Port: the reads of campaigns the API needs beyond {@link vn.campaign.core.campaign.Campaigns}.
 */
public interface CampaignQueries {

    /**
     * The campaigns with any of some codes, in one round trip.
     *
     * @param codes campaign codes
     * @return the campaigns found, in no particular order
     */
    List<Campaign> findByCodes(Collection<CampaignCode> codes);

    /**
     * The versions of the campaigns with any of some codes, in one round trip.
     *
     * @param codes campaign codes
     * @return the version of each campaign found
     */
    Map<CampaignCode, Long> versions(Collection<CampaignCode> codes);
}
