package vn.campaign.core.commendation;

import java.util.List;
import java.util.Optional;
import vn.campaign.core.campaign.CampaignCode;

/**
 * Where commendation decisions are kept; a number is unique per campaign.
 *
 * @since 0.4.0
 */
public interface Decisions {

    /**
     * Keeps a decision unless its campaign already has one with the same number.
     *
     * @param decision the decision
     * @return {@code false} when the number is taken (nothing written)
     */
    boolean add(Decision decision);

    /**
     * A decision by id.
     *
     * @param id its id
     * @return the decision, if any
     */
    Optional<Decision> findDecision(String id);

    /**
     * A campaign's decisions, oldest first.
     *
     * @param campaign the campaign
     * @return its decisions
     */
    List<Decision> findDecisions(CampaignCode campaign);
}
