package vn.campaign.core.application;

import java.time.Clock;
import java.util.Objects;
import vn.campaign.core.audit.AuditLog;
import vn.campaign.core.audit.InMemoryAuditLog;
import vn.campaign.core.campaign.Campaigns;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.campaign.InMemoryCampaigns;
import vn.campaign.core.evidence.EvidenceCounts;
import vn.campaign.core.statistics.StatisticsService;
import vn.campaign.core.progress.InMemoryProgressReports;
import vn.campaign.core.progress.ProgressReports;
import vn.campaign.core.registration.InMemoryRegistrations;
import vn.campaign.core.registration.Registrations;
import vn.campaign.core.rule.RegistrationRules;
import vn.campaign.core.summary.UnitSummaries;
import vn.campaign.core.unit.HaTinhCity;
import vn.campaign.core.unit.InMemoryUnits;
import vn.campaign.core.unit.Units;

/**
 * The platform's services assembled over a set of stores: the entry point for an embedder, and what
 * the API and the importer build their writes on.
 *
 * <pre>{@code
 * CampaignPlatform platform = CampaignPlatform.inMemory(Clock.systemDefaultZone());
 * platform.registrationService().registerWork(new RegisterWork("CT32-2022", "18070",
 *         WorkDetails.of("Khánh thành Nhà văn hóa tổ dân phố 5", WorkKind.INAUGURATION, LocalDate.of(2022, 5, 19))));
 * platform.complianceService().evaluate("CT32-2022").value().nonCompliant()
 *         .forEach(u -> System.out.println(u.unit().name()));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CampaignPlatform {

    private final Campaigns campaigns;
    private final Units units;
    private final Registrations registrations;
    private final ProgressReports progressReports;
    private final AuditLog auditLog;
    private final RegistrationService registrationService;
    private final ComplianceService complianceService;
    private final ProgressService progressService;
    private final StatisticsService statisticsService;

    /**
     * The services over some stores, with the standard registration rules.
     *
     * @param campaigns       the campaigns store
     * @param units           the units store
     * @param registrations   the registrations store
     * @param progressReports the progress reports store
     * @param clock           the clock that stamps records
     */
    public CampaignPlatform(Campaigns campaigns, Units units, Registrations registrations,
            ProgressReports progressReports, Clock clock) {
        this(campaigns, units, registrations, progressReports, new InMemoryAuditLog(), clock);
    }

    /**
     * The services over some stores and an audit trail, with the standard registration rules.
     *
     * @param campaigns       the campaigns store
     * @param units           the units store
     * @param registrations   the registrations store
     * @param progressReports the progress reports store
     * @param auditLog        the audit trail every change is appended to
     * @param clock           the clock that stamps records
     */
    public CampaignPlatform(Campaigns campaigns, Units units, Registrations registrations,
            ProgressReports progressReports, AuditLog auditLog, Clock clock) {
        this(campaigns, units, registrations, progressReports, auditLog, clock, EvidenceCounts.none());
    }

    /**
     * The services over some stores, an audit trail and the evidence attached to registrations, with the
     * standard registration rules.
     *
     * @param campaigns       the campaigns store
     * @param units           the units store
     * @param registrations   the registrations store
     * @param progressReports the progress reports store
     * @param auditLog        the audit trail every change is appended to
     * @param clock           the clock that stamps records
     * @param evidence        how many pieces of evidence each registration has, for the campaigns whose
     *                        completions require evidence
     */
    public CampaignPlatform(Campaigns campaigns, Units units, Registrations registrations,
            ProgressReports progressReports, AuditLog auditLog, Clock clock, EvidenceCounts evidence) {
        this(campaigns, units, registrations, progressReports, auditLog, clock, evidence, RegistrationEvents.none());
    }

    /**
     * The services over some stores, an audit trail, the evidence attached to registrations and listeners told
     * of every registration stored, with the standard registration rules.
     *
     * @param campaigns       the campaigns store
     * @param units           the units store
     * @param registrations   the registrations store
     * @param progressReports the progress reports store
     * @param auditLog        the audit trail every change is appended to
     * @param clock           the clock that stamps records
     * @param evidence        how many pieces of evidence each registration has
     * @param events          where the registration service tells of each registration it stored
     * @since 0.4.0
     */
    public CampaignPlatform(Campaigns campaigns, Units units, Registrations registrations,
            ProgressReports progressReports, AuditLog auditLog, Clock clock, EvidenceCounts evidence,
            RegistrationEvents events) {
        this(campaigns, units, registrations, progressReports, auditLog, clock, evidence, events,
                UnitSummaries.computedFrom(registrations, clock.getZone()));
    }

    /**
     * The services over some stores, an audit trail, the evidence attached to registrations, listeners told
     * of every registration stored and the summaries a store keeps of each unit's registrations, which the
     * compliance and statistics services read instead of every registration.
     *
     * @param campaigns       the campaigns store
     * @param units           the units store
     * @param registrations   the registrations store
     * @param progressReports the progress reports store
     * @param auditLog        the audit trail every change is appended to
     * @param clock           the clock that stamps records
     * @param evidence        how many pieces of evidence each registration has
     * @param events          where the registration service tells of each registration it stored
     * @param summaries       the units' summaries, kept by the store with every write to {@code registrations}
     * @since 0.5.0
     */
    public CampaignPlatform(Campaigns campaigns, Units units, Registrations registrations,
            ProgressReports progressReports, AuditLog auditLog, Clock clock, EvidenceCounts evidence,
            RegistrationEvents events, UnitSummaries summaries) {
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
        this.units = Objects.requireNonNull(units, "units");
        this.registrations = Objects.requireNonNull(registrations, "registrations");
        this.progressReports = Objects.requireNonNull(progressReports, "progressReports");
        this.registrationService = new RegistrationService(campaigns, units, registrations,
                RegistrationRules.standard(), auditLog, Objects.requireNonNull(clock, "clock"), evidence)
                .publishingTo(events);
        this.complianceService = new ComplianceService(campaigns, units, summaries, clock);
        this.progressService = new ProgressService(campaigns, units, progressReports, auditLog, clock);
        this.statisticsService = new StatisticsService(units, registrations, summaries, clock.getZone());
    }

    /**
     * A platform in memory holding the Directive 32 campaign and the units of Hà Tĩnh City.
     *
     * @param clock the clock that stamps records
     * @return the platform
     */
    public static CampaignPlatform inMemory(Clock clock) {
        CampaignPlatform platform = new CampaignPlatform(new InMemoryCampaigns(), new InMemoryUnits(),
                new InMemoryRegistrations(), new InMemoryProgressReports(), clock);
        platform.campaigns().save(Directive32.campaign());
        platform.units().saveAll(HaTinhCity.units());
        return platform;
    }

    /**
     * Dashboard statistics and compliance on a past day.
     *
     * @return the statistics service
     * @since 0.2.0
     */
    public StatisticsService statisticsService() {
        return statisticsService;
    }

    /**
     * Registers, edits, approves, rejects, completes and cancels works and events; awards plaques.
     *
     * @return the registration service
     */
    public RegistrationService registrationService() {
        return registrationService;
    }

    /**
     * Evaluates who has met a campaign's obligations.
     *
     * @return the compliance service
     */
    public ComplianceService complianceService() {
        return complianceService;
    }

    /**
     * Records and aggregates progress on targets.
     *
     * @return the progress service
     */
    public ProgressService progressService() {
        return progressService;
    }

    /**
     * The campaigns store, for reading.
     *
     * @return the store
     */
    public Campaigns campaigns() {
        return campaigns;
    }

    /**
     * The units store.
     *
     * @return the store
     */
    public Units units() {
        return units;
    }

    /**
     * The registrations store, for reading; write through {@link #registrationService()}.
     *
     * @return the store
     */
    public Registrations registrations() {
        return registrations;
    }

    /**
     * The audit trail, for reading; the services append to it.
     *
     * @return the trail
     */
    public AuditLog auditLog() {
        return auditLog;
    }

    /**
     * The progress reports store, for reading; write through {@link #progressService()}.
     *
     * @return the store
     */
    public ProgressReports progressReports() {
        return progressReports;
    }
}
