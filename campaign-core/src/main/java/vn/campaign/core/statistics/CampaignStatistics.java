package vn.campaign.core.statistics;

import java.util.List;
import java.util.Objects;
import vn.campaign.core.campaign.CampaignCode;

/**
 * A campaign's dashboard figures over the registrations a caller may see and a filter keeps.
 *
 * @param campaign   the campaign
 * @param works      the works by status
 * @param events     the events by status
 * @param byUnit     per unit: every unit an obligation binds (zeros included), then any other registering
 *                   unit, in code order
 * @param byTaskArea per task area of the campaign, in its order, then the registrations that state none
 * @param byWeek     per ISO week, from the first week anything happened to the last, without gaps
 * @param investment the works' investment (rejected and cancelled works left out)
 * @param plaques    the works' plaques (rejected and cancelled works left out)
 * @since 0.2.0
 */
public record CampaignStatistics(CampaignCode campaign, RegistrationCounts works, RegistrationCounts events,
        List<UnitStatistics> byUnit, List<TaskAreaStatistics> byTaskArea, List<WeekStatistics> byWeek,
        InvestmentStatistics investment, PlaqueStatistics plaques) {

    /**
     * Validates the statistics.
     *
     * @param campaign the campaign
     * @param works the works by status
     * @param events the events by status
     * @param byUnit per unit: every unit an obligation binds (zeros included), then any other registering unit, in code order
     * @param byTaskArea per task area of the campaign, in its order, then the registrations that state none
     * @param byWeek per ISO week, from the first week anything happened to the last, without gaps
     * @param investment the works' investment (rejected and cancelled works left out)
     * @param plaques the works' plaques (rejected and cancelled works left out)
     */
    public CampaignStatistics {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(works, "works");
        Objects.requireNonNull(events, "events");
        byUnit = List.copyOf(byUnit);
        byTaskArea = List.copyOf(byTaskArea);
        byWeek = List.copyOf(byWeek);
        Objects.requireNonNull(investment, "investment");
        Objects.requireNonNull(plaques, "plaques");
    }
}
