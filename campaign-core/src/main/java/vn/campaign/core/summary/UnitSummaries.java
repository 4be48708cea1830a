package vn.campaign.core.summary;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.registration.Registrations;

/**
 * Port: the {@link UnitSummary summaries} of a campaign's units, as the store keeps them. A store that keeps
 * them up to date with every write answers from them; {@link #computedFrom(Registrations, ZoneId)} computes
 * them from the registrations on each call, for stores that keep none (the in-memory platform of embedders).
 *
 * @since 0.5.0
 */
public interface UnitSummaries {

    /**
     * The summaries of a campaign's units, one for each unit with at least one registration in the campaign
     * (a unit without one may have none, or an empty one).
     *
     * @param campaign the campaign
     * @return the summaries, in no particular order
     */
    List<UnitSummary> findByCampaign(CampaignCode campaign);

    /**
     * The summaries of a campaign's units with their tallies only — what a compliance evaluation reads — their
     * investments and weeks possibly left empty, so that a store reads less.
     *
     * @param campaign the campaign
     * @return the summaries, in no particular order
     */
    default List<UnitSummary> findTalliesByCampaign(CampaignCode campaign) {
        return findByCampaign(campaign);
    }

    /**
     * The time zone in which the summaries' instants fall on weeks.
     *
     * @return the zone
     */
    ZoneId zone();

    /**
     * Summaries computed from the registrations on each call: reads every registration of the campaign, as the
     * services did before stores kept summaries.
     *
     * @param registrations the registrations
     * @param zone          the time zone in which instants fall on weeks
     * @return the summaries
     */
    static UnitSummaries computedFrom(Registrations registrations, ZoneId zone) {
        Objects.requireNonNull(registrations, "registrations");
        Objects.requireNonNull(zone, "zone");
        return new UnitSummaries() {
            @Override
            public List<UnitSummary> findByCampaign(CampaignCode campaign) {
                return UnitSummary.byUnit(campaign, registrations.findByCampaign(campaign), zone);
            }

            @Override
            public ZoneId zone() {
                return zone;
            }
        };
    }
}
