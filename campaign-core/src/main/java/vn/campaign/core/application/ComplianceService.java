package vn.campaign.core.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.Campaigns;
import vn.campaign.core.compliance.ComplianceEvaluator;
import vn.campaign.core.compliance.ComplianceReport;
import vn.campaign.core.registration.Registrations;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Violation;
import vn.campaign.core.summary.UnitSummaries;
import vn.campaign.core.unit.Units;

/**
 * Evaluates which units have met a campaign's obligations.
 *
 * @since 0.1.0
 */
public final class ComplianceService {

    private final Campaigns campaigns;
    private final Units units;
    private final UnitSummaries summaries;
    private final Clock clock;

    /**
     * A service over some stores.
     *
     * @param campaigns     the campaigns
     * @param units         the units
     * @param registrations the registrations
     * @param clock         the clock whose day is "today": it decides whether a campaign has ended, what is
     *                      overdue and what is at risk
     */
    public ComplianceService(Campaigns campaigns, Units units, Registrations registrations, Clock clock) {
        this(campaigns, units, UnitSummaries.computedFrom(registrations, clock.getZone()), clock);
    }

    /**
     * A service that evaluates from the summaries a store keeps of each unit's registrations, reading one
     * summary per unit instead of every registration.
     *
     * @param campaigns the campaigns
     * @param units     the units
     * @param summaries the units' summaries
     * @param clock     the clock whose day is "today"
     * @since 0.5.0
     */
    public ComplianceService(Campaigns campaigns, Units units, UnitSummaries summaries, Clock clock) {
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
        this.units = Objects.requireNonNull(units, "units");
        this.summaries = Objects.requireNonNull(summaries, "summaries");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Evaluates a campaign today, in the registrations' current statuses, from the units' summaries
     * ({@link ComplianceEvaluator#evaluateSummaries}: the report
     * {@link ComplianceEvaluator#evaluate(Campaign, java.util.Collection, Iterable, LocalDate)} gives from the
     * registrations).
     *
     * @param campaignCode the campaign's code
     * @return the compliance report, or CAMPAIGN_UNKNOWN
     */
    public Outcome<ComplianceReport> evaluate(String campaignCode) {
        Optional<Campaign> found = CampaignCode.isWellFormed(campaignCode)
                ? campaigns.findByCode(new CampaignCode(campaignCode)) : Optional.empty();
        return found.<Outcome<ComplianceReport>>map(c -> Outcome.success(ComplianceEvaluator.evaluateSummaries(c,
                        units.findValidDuring(c.period()), summaries.findTalliesByCampaign(c.code()),
                        LocalDate.now(clock)),
                        List.of()))
                .orElseGet(() -> Outcome.failure(List.of(
                        Violation.on(RuleCode.CAMPAIGN_UNKNOWN, "campaignCode", campaignCode))));
    }
}
