package vn.campaign.core.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.campaign.core.access.AccessPolicy;
import vn.campaign.core.access.Actor;
import vn.campaign.core.audit.AuditAction;
import vn.campaign.core.audit.AuditEntry;
import vn.campaign.core.audit.AuditLog;
import vn.campaign.core.audit.AuditedProgressReports;
import vn.campaign.core.audit.Snapshots;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.Campaigns;
import vn.campaign.core.campaign.Target;
import vn.campaign.core.progress.ProgressAggregator;
import vn.campaign.core.progress.ProgressReport;
import vn.campaign.core.progress.ProgressReports;
import vn.campaign.core.progress.TargetProgress;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.TextRules;
import vn.campaign.core.rule.Violation;
import vn.campaign.core.text.VietnameseText;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitCode;
import vn.campaign.core.unit.Units;

/**
 * Records the progress units report on a campaign's targets, and aggregates it per target.
 *
 * @since 0.1.0
 */
public final class ProgressService {

    /** The longest note on a report. */
    public static final int NOTE_MAX = 2000;

    private final Campaigns campaigns;
    private final Units units;
    private final ProgressReports reports;
    private final Clock clock;
    private final Actor actor;
    private final AuditLog audit;

    /**
     * A service over some stores.
     *
     * @param campaigns the campaigns
     * @param units     the units
     * @param reports   the progress reports
     * @param clock     the clock that stamps when a report is recorded
     */
    public ProgressService(Campaigns campaigns, Units units, ProgressReports reports, Clock clock) {
        this(campaigns, units, reports, AuditLog.discarding(), clock);
    }

    /**
     * A service over some stores that records every report in an audit trail.
     *
     * @param campaigns the campaigns
     * @param units     the units
     * @param reports   the progress reports
     * @param audit     the audit trail
     * @param clock     the clock that stamps reports and audit entries
     */
    public ProgressService(Campaigns campaigns, Units units, ProgressReports reports, AuditLog audit, Clock clock) {
        this(campaigns, units, reports, audit, clock, Actor.system("embedded"));
    }

    private ProgressService(Campaigns campaigns, Units units, ProgressReports reports, AuditLog audit, Clock clock,
            Actor actor) {
        this.actor = Objects.requireNonNull(actor, "actor");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
        this.units = Objects.requireNonNull(units, "units");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The same service acting for someone: a report is refused with UNAUTHORIZED or FORBIDDEN unless the
     * {@link AccessPolicy} allows the caller to act for the unit.
     *
     * @param caller who calls
     * @return the service acting for them
     */
    public ProgressService as(Actor caller) {
        return new ProgressService(campaigns, units, reports, audit, clock, caller);
    }

    /**
     * Records a report.
     *
     * @param command the report
     * @return the stored report, or the violations
     */
    public Outcome<ProgressReport> report(ReportProgress command) {
        List<Violation> denied = AccessPolicy.actForUnit(actor, command.unitCode());
        if (!denied.isEmpty()) {
            return Outcome.failure(denied);
        }
        Optional<Campaign> found = CampaignCode.isWellFormed(command.campaignCode())
                ? campaigns.findByCode(new CampaignCode(command.campaignCode()))
                        .filter(c -> AccessPolicy.canSee(actor, c)) : Optional.empty();
        if (found.isEmpty()) {
            return Outcome.failure(List.of(
                    Violation.on(RuleCode.CAMPAIGN_UNKNOWN, "campaignCode", command.campaignCode())));
        }
        Campaign campaign = found.get();
        List<Violation> violations = new ArrayList<>();
        Optional<Target> target = campaign.target(command.targetCode());
        if (target.isEmpty()) {
            violations.add(Violation.on(RuleCode.TARGET_UNKNOWN, "targetCode", command.targetCode()));
        }
        Optional<Unit> unit = UnitCode.isWellFormed(command.unitCode())
                ? units.findByCode(new UnitCode(command.unitCode()), campaign.period()) : Optional.empty();
        if (unit.isEmpty()) {
            violations.add(Violation.on(RuleCode.UNIT_UNKNOWN, "unitCode", command.unitCode()));
        } else if (target.isPresent() && !target.get().units().isEmpty()
                && !target.get().units().contains(unit.get().code())) {
            violations.add(Violation.on(RuleCode.TARGET_NOT_FOR_UNIT, "unitCode", command.targetCode(),
                    command.unitCode()));
        }
        if (!campaign.period().contains(command.reportedOn())) {
            violations.add(Violation.on(RuleCode.DATE_OUTSIDE_CAMPAIGN, "reportedOn", command.reportedOn(),
                    campaign.period()));
        }
        if (command.value().signum() < 0) {
            violations.add(Violation.on(RuleCode.PROGRESS_NEGATIVE, "value", command.value().toPlainString()));
        }
        String note = VietnameseText.normalizeOptional(command.note());
        TextRules.check(violations, "note", note, NOTE_MAX);
        if (!violations.isEmpty()) {
            return Outcome.failure(violations);
        }
        ProgressReport report = new ProgressReport(campaign.code(), command.targetCode(), unit.orElseThrow().code(),
                command.reportedOn(), command.value(), note, clock.instant());
        AuditEntry entry = new AuditEntry(report.recordedAt(), actor.subject(), AuditAction.REPORT_PROGRESS, "ProgressReport",
                report.campaign() + "/" + report.target() + "/" + report.unit() + "/" + report.recordedAt(), null,
                Snapshots.of(report));
        AuditedProgressReports.over(reports, audit).add(report, entry);
        return Outcome.success(report, List.of());
    }

    /**
     * Where every target of a campaign stands.
     *
     * @param campaignCode the campaign's code
     * @return one entry per target, or CAMPAIGN_UNKNOWN
     */
    public Outcome<List<TargetProgress>> progress(String campaignCode) {
        Optional<Campaign> found = CampaignCode.isWellFormed(campaignCode)
                ? campaigns.findByCode(new CampaignCode(campaignCode)) : Optional.empty();
        return found.<Outcome<List<TargetProgress>>>map(c -> Outcome.success(
                        ProgressAggregator.aggregate(c, reports.findByCampaign(c.code())), List.of()))
                .orElseGet(() -> Outcome.failure(List.of(
                        Violation.on(RuleCode.CAMPAIGN_UNKNOWN, "campaignCode", campaignCode))));
    }
}
