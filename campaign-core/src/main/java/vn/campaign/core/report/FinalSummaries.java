package vn.campaign.core.report;

import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.CampaignStatus;
import vn.campaign.core.campaign.Campaigns;
import vn.campaign.core.campaign.StoredCampaign;
import vn.campaign.core.closing.FinalReports;
import vn.campaign.core.unit.Units;

/**
 * Draws up the summary of a closed campaign from the final report its current closing kept
 * ({@link FinalSummary}). The heading is derived as {@link SummaryReports} derives it, from the organiser's
 * version valid during the campaign, and adjusted the same way.
 *
 * @since 0.4.0
 */
public final class FinalSummaries {

    private final Campaigns campaigns;
    private final Units units;
    private final FinalReports reports;
    private final UnaryOperator<ReportHeading> headingAdjustment;

    /**
     * A service over some stores.
     *
     * @param campaigns         the campaigns
     * @param units             the units, for the organiser's name
     * @param reports           the final reports
     * @param headingAdjustment what to change in the heading derived from the organiser
     */
    public FinalSummaries(Campaigns campaigns, Units units, FinalReports reports,
            UnaryOperator<ReportHeading> headingAdjustment) {
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
        this.units = Objects.requireNonNull(units, "units");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.headingAdjustment = Objects.requireNonNull(headingAdjustment, "headingAdjustment");
    }

    /**
     * The final summary of a campaign.
     *
     * @param campaignCode the campaign's code
     * @return the summary, or nothing when no campaign has that code, it is not CLOSED, or its closing kept no
     *         report
     */
    public Optional<FinalSummary> of(String campaignCode) {
        Optional<StoredCampaign> found = CampaignCode.isWellFormed(campaignCode)
                ? campaigns.findStored(new CampaignCode(campaignCode)) : Optional.empty();
        return found.filter(s -> s.campaign().status() == CampaignStatus.CLOSED)
                .flatMap(stored -> reports.find(stored.campaign().code(), stored.version())
                        .map(report -> FinalSummary.of(stored.campaign(), headingAdjustment.apply(
                                ReportHeading.ofOrganiser(stored.campaign(), units)), report)));
    }
}
