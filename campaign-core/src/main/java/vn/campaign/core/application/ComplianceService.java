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
import vn.campaign.core.unit.Units;

/**
 * Evaluates which units have met a campaign's obligations.
 *
 * @since 0.1.0
 */
public final class ComplianceService {

    private final Campaigns campaigns;
    private final Units units;
    private final Registrations registrations;
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
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
        this.units = Objects.requireNonNull(units, "units");
        this.registrations = Objects.requireNonNull(registrations, "registrations");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Evaluates a campaign today, in the registrations' current statuses
     * ({@link ComplianceEvaluator#evaluate(Campaign, java.util.Collection, Iterable, LocalDate)}).
     *
     * @param campaignCode the campaign's code
     * @return the compliance report, or CAMPAIGN_UNKNOWN
     */
    public Outcome<ComplianceReport> evaluate(String campaignCode) {
        Optional<Campaign> found = CampaignCode.isWellFormed(campaignCode)
                ? campaigns.findByCode(new CampaignCode(campaignCode)) : Optional.empty();
        return found.<Outcome<ComplianceReport>>map(c -> Outcome.success(ComplianceEvaluator.evaluate(c,
                        units.findValidDuring(c.period()), registrations.findByCampaign(c.code()), LocalDate.now(clock)), List.of()))
                .orElseGet(() -> Outcome.failure(List.of(
                        Violation.on(RuleCode.CAMPAIGN_UNKNOWN, "campaignCode", campaignCode))));
    }
}
