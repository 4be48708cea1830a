package vn.campaign.core.commendation;

import java.util.List;
import java.util.Optional;
import vn.campaign.core.campaign.CampaignCode;

/**
 * Where commendation proposals are kept.
 *
 * @since 0.4.0
 */
public interface Commendations {

    /**
     * Keeps a new proposal.
     *
     * @param commendation the proposal, at version 1
     */
    void insert(Commendation commendation);

    /**
     * Replaces a proposal if it is still at the version read.
     *
     * @param commendation    the changed proposal
     * @param expectedVersion the version read
     * @return {@code false} when it changed meanwhile (nothing written)
     */
    boolean update(Commendation commendation, long expectedVersion);

    /**
     * A proposal by id.
     *
     * @param id its id
     * @return the proposal, if any
     */
    Optional<Commendation> findById(String id);

    /**
     * A campaign's proposals, oldest first.
     *
     * @param campaign the campaign
     * @return its proposals
     */
    List<Commendation> findByCampaign(CampaignCode campaign);
}
