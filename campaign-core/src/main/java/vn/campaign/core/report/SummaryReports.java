package vn.campaign.core.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.Campaigns;
import vn.campaign.core.registration.Registrations;
import vn.campaign.core.unit.Units;

/**
 * Draws up campaigns' summary reports from the stores, dated today.
 *
 * <p>The heading is the people's committee of the campaign's organiser ({@link ReportHeading#ofPeoplesCommittee});
 * a caller may adjust it (another place, issuer or number line) with {@code headingAdjustment}. Every
 * registration is read, so only callers who may see all of them (the city's administrators) should be given
 * the report.
 *
 * @since 0.1.0
 */
public final class SummaryReports {

    private final Campaigns campaigns;
    private final Units units;
    private final Registrations registrations;
    private final Clock clock;
    private final UnaryOperator<ReportHeading> headingAdjustment;

    /**
     * A service over some stores.
     *
     * @param campaigns         the campaigns
     * @param units             the units
     * @param registrations     the registrations
     * @param clock             the clock that decides the report's date
     * @param headingAdjustment what to change in the heading derived from the organiser
     */
    public SummaryReports(Campaigns campaigns, Units units, Registrations registrations, Clock clock,
            UnaryOperator<ReportHeading> headingAdjustment) {
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
        this.units = Objects.requireNonNull(units, "units");
        this.registrations = Objects.requireNonNull(registrations, "registrations");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.headingAdjustment = Objects.requireNonNull(headingAdjustment, "headingAdjustment");
    }

    /**
     * The report of a campaign.
     *
     * @param campaignCode the campaign's code
     * @return the report, or nothing when no campaign has that code
     */
    public Optional<SummaryReport> of(String campaignCode) {
        Optional<Campaign> found = CampaignCode.isWellFormed(campaignCode)
                ? campaigns.findByCode(new CampaignCode(campaignCode)) : Optional.empty();
        return found.map(campaign -> {
            return SummaryReport.of(campaign, headingAdjustment.apply(ReportHeading.ofOrganiser(campaign, units)),
                    units.findAll(),
                    registrations.findByCampaign(campaign.code()), LocalDate.now(clock));
        });
    }
}
