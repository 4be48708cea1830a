package vn.campaign.core.closing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.access.AccessPolicy;
import vn.campaign.core.access.Actor;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.Outcome;
import vn.campaign.core.audit.AuditAction;
import vn.campaign.core.audit.AuditEntry;
import vn.campaign.core.audit.AuditLog;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.CampaignStatus;
import vn.campaign.core.campaign.Campaigns;
import vn.campaign.core.campaign.StoredCampaign;
import vn.campaign.core.progress.ProgressAggregator;
import vn.campaign.core.progress.ProgressReports;
import vn.campaign.core.rule.FieldPath;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Violation;
import vn.campaign.core.statistics.StatisticsFilter;
import vn.campaign.core.statistics.StatisticsService;
import vn.campaign.core.text.VietnameseText;

/**
 * Closes campaigns and reopens them: the lifecycle's {@code OPEN → CLOSED → OPEN}. Only a city administrator
 * (or the program itself) may; both are versioned and recorded in the audit trail.
 *
 * <p>Closing needs an {@code OPEN} campaign whose last day has passed on the platform's clock
 * ({@link RuleCode#CAMPAIGN_NOT_ENDED}). It computes the {@link FinalReport} — compliance on the closing day
 * (which, after the campaign's end, counts completed registrations only), the unfiltered statistics and the
 * targets' progress — and keeps it once, keyed by the campaign and the version the closing gave it. Reopening
 * needs a reason; it keeps the reports of former closings (history), and closing again keeps a new one.
 *
 * @since 0.4.0
 */
public final class CampaignClosing {

    /** The audit trail's kind of object for campaigns (as {@code CampaignAdministration}'s). */
    public static final String OBJECT_TYPE = "Campaign";

    /** The longest reason of a reopening, in characters. */
    public static final int REASON_MAX = 1000;

    private final Campaigns campaigns;
    private final StatisticsService statistics;
    private final ProgressReports progress;
    private final FinalReports reports;
    private final AuditLog audit;
    private final Clock clock;
    private final Actor actor;

    /**
     * The service over a platform's stores, acting for the program itself.
     *
     * @param platform the platform: campaigns, statistics, progress reports and audit trail
     * @param reports  where final reports are kept
     * @param clock    the clock that decides "today" and stamps the closing
     */
    public CampaignClosing(CampaignPlatform platform, FinalReports reports, Clock clock) {
        this(platform.campaigns(), platform.statisticsService(), platform.progressReports(), reports,
                platform.auditLog(), clock, Actor.system("embedded"));
    }

    private CampaignClosing(Campaigns campaigns, StatisticsService statistics, ProgressReports progress,
            FinalReports reports, AuditLog audit, Clock clock, Actor actor) {
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
        this.statistics = Objects.requireNonNull(statistics, "statistics");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.actor = Objects.requireNonNull(actor, "actor");
    }

    /**
     * The same service acting for someone, whom the access policy checks first.
     *
     * @param caller who calls
     * @return the service acting for them
     */
    public CampaignClosing as(Actor caller) {
        return new CampaignClosing(campaigns, statistics, progress, reports, audit, clock, caller);
    }

    /**
     * Closes an open campaign whose last day has passed, and keeps its final report.
     *
     * @param command the campaign and the version read
     * @return the campaign, CLOSED, or the violations
     */
    public Outcome<StoredCampaign> close(CloseCampaign command) {
        Outcome<StoredCampaign> checked = check(command.code(), command.expectedVersion(), CampaignStatus.CLOSED);
        if (!(checked instanceof Outcome.Success<StoredCampaign> success)) {
            return checked;
        }
        StoredCampaign stored = success.value();
        LocalDate today = LocalDate.now(clock);
        Campaign campaign = stored.campaign();
        if (!campaign.hasEndedBy(today)) {
            return Outcome.failure(List.of(Violation.of(RuleCode.CAMPAIGN_NOT_ENDED, FieldPath.of("code"),
                    campaign.period().endsOn())));
        }
        StoredCampaign closed = stored.next(campaign.closedOn(today));
        FinalReport report = FinalReport.of(closed.version(), clock.instant(), actor.subject(), today,
                statistics.complianceAsOf(campaign, today),
                statistics.statistics(campaign, Actor.system("closing"), StatisticsFilter.none()),
                ProgressAggregator.aggregate(campaign, progress.findByCampaign(campaign.code())));
        if (!campaigns.replace(closed, stored.version())) {
            return Outcome.failure(List.of(conflict(campaign.code(), stored.version())));
        }
        if (!reports.add(report)) {
            // The version is new to this closing: only a store that lost its history could hold one already.
            throw new IllegalStateException("a final report of " + campaign.code() + " at version "
                    + closed.version() + " is already kept");
        }
        record(AuditAction.CLOSE_CAMPAIGN, stored, closed, Map.of());
        return Outcome.success(closed, List.of());
    }

    /**
     * Reopens a closed campaign; its final reports stay as history.
     *
     * @param command the campaign, the version read and the reason
     * @return the campaign, OPEN, or the violations
     */
    public Outcome<StoredCampaign> reopen(ReopenCampaign command) {
        String reason = VietnameseText.normalize(command.reason());
        if (reason.isEmpty()) {
            List<Violation> denied = AccessPolicy.administer(actor);
            return Outcome.failure(denied.isEmpty() ? List.of(Violation.on(RuleCode.REASON_REQUIRED, "reason"))
                    : denied);
        }
        if (reason.length() > REASON_MAX) {
            return Outcome.failure(List.of(Violation.on(RuleCode.TOO_LONG, "reason", "reason", REASON_MAX)));
        }
        Outcome<StoredCampaign> checked = check(command.code(), command.expectedVersion(), CampaignStatus.OPEN);
        if (!(checked instanceof Outcome.Success<StoredCampaign> success)) {
            return checked;
        }
        StoredCampaign stored = success.value();
        StoredCampaign reopened = stored.next(stored.campaign().withStatus(CampaignStatus.OPEN));
        if (!campaigns.replace(reopened, stored.version())) {
            return Outcome.failure(List.of(conflict(stored.campaign().code(), stored.version())));
        }
        record(AuditAction.REOPEN_CAMPAIGN, stored, reopened, Map.of("reason", reason));
        return Outcome.success(reopened, List.of());
    }

    /**
     * The final report of a campaign's current closing.
     *
     * @param stored the campaign as stored
     * @return the report kept when it was closed (the latest closing's: a change since, such as the upgrade of a
     *         built-in definition, moves the version on but not the report); none unless it is CLOSED
     */
    public Optional<FinalReport> finalReport(StoredCampaign stored) {
        if (stored.campaign().status() != CampaignStatus.CLOSED) {
            return Optional.empty();
        }
        return reports.history(stored.campaign().code()).stream()
                .filter(r -> r.campaignVersion() <= stored.version())
                .max(java.util.Comparator.comparingLong(FinalReport::campaignVersion));
    }

    /** Access, existence, version and lifecycle: the checks common to closing and reopening. */
    private Outcome<StoredCampaign> check(String code, long expectedVersion, CampaignStatus target) {
        List<Violation> denied = AccessPolicy.administer(actor);
        if (!denied.isEmpty()) {
            return Outcome.failure(denied);
        }
        Optional<StoredCampaign> found = CampaignCode.isWellFormed(code)
                ? campaigns.findStored(new CampaignCode(code)) : Optional.empty();
        if (found.isEmpty()) {
            return Outcome.failure(List.of(Violation.on(RuleCode.CAMPAIGN_UNKNOWN, "code", code)));
        }
        StoredCampaign stored = found.get();
        if (stored.version() != expectedVersion) {
            return Outcome.failure(List.of(Violation.on(RuleCode.CAMPAIGN_CONFLICT, "expectedVersion",
                    stored.version(), expectedVersion)));
        }
        CampaignStatus status = stored.campaign().status();
        CampaignStatus from = target == CampaignStatus.CLOSED ? CampaignStatus.OPEN : CampaignStatus.CLOSED;
        if (status != from || !status.canMoveTo(target)) {
            return Outcome.failure(List.of(Violation.of(RuleCode.CAMPAIGN_TRANSITION, FieldPath.ROOT, status,
                    target)));
        }
        return Outcome.success(stored, List.of());
    }

    private Violation conflict(CampaignCode code, long versionRead) {
        return Violation.on(RuleCode.CAMPAIGN_CONFLICT, "expectedVersion",
                campaigns.findStored(code).map(StoredCampaign::version).orElse(0L), versionRead);
    }

    private void record(AuditAction action, @Nullable StoredCampaign before, StoredCampaign after,
            Map<String, String> extra) {
        Map<String, String> values = snapshot(after);
        values.putAll(extra);
        audit.append(new AuditEntry(clock.instant(), actor.subject(), action, OBJECT_TYPE,
                after.campaign().code().value(), before == null ? null : snapshot(before), values));
    }

    private static Map<String, String> snapshot(StoredCampaign stored) {
        Campaign c = stored.campaign();
        Map<String, String> m = new LinkedHashMap<>();
        m.put("code", c.code().value());
        m.put("status", c.status().name());
        m.put("version", String.valueOf(stored.version()));
        LocalDate closedOn = c.closedOn();
        if (closedOn != null) {
            m.put("closedOn", closedOn.toString());
        }
        return m;
    }
}
