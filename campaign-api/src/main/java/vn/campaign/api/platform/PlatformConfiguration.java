package vn.campaign.api.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.campaign.api.cache.CachedCampaigns;
import vn.campaign.api.cache.CachedUnits;
import vn.campaign.api.cache.PlatformCaches;
import vn.campaign.core.admin.CampaignAdministration;
import vn.campaign.core.summary.UnitSummaries;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.RegistrationEvents;
import vn.campaign.core.application.StoredChange;
import vn.campaign.core.audit.AuditLog;
import vn.campaign.core.campaign.Campaigns;
import vn.campaign.core.evidence.EvidenceCounts;
import vn.campaign.core.progress.ProgressReports;
import vn.campaign.core.registration.Registrations;
import vn.campaign.core.unit.Units;

/**
 * Builds the core's {@link CampaignPlatform} with {@code new} over the store adapters (the beans that
 * implement the core's ports, the audit trail among them) and a {@link Clock}, and seeds the built-in data before the service takes
 * requests.
 */
@Configuration(proxyBeanMethods = false)
public class PlatformConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformConfiguration.class);

    /** The time zone of Hà Tĩnh, in which "today" is decided. */
    public static final ZoneId HA_TINH_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /**
     * The clock that stamps records and decides "today"; a test may declare its own.
     *
     * @return the system clock in Hà Tĩnh's time zone
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(HA_TINH_ZONE);
    }

    /**
     * This instance's id, new at each start, stamped by the store adapters on what they write.
     *
     * @return the id
     */
    @Bean
    InstanceId instanceId() {
        return InstanceId.random();
    }

    /**
     * The caches of campaigns and units in front of their stores, which the platform reads through (every write
     * through the platform drops the entries it changes; a change another instance wrote drops them all when the
     * instance follows the store's change streams).
     *
     * @param campaigns the campaigns store
     * @param units     the units store
     * @return the caches
     */
    @Bean
    PlatformCaches platformCaches(Campaigns campaigns, Units units) {
        return new PlatformCaches(new CachedCampaigns(campaigns), new CachedUnits(units));
    }

    /**
     * The platform's services over the stores, with the campaigns and units every registration looks up
     * cached in front of their stores.
     *
     * @param caches          the campaigns and units, cached
     * @param registrations   the registrations store
     * @param progressReports the progress reports store
     * @param auditLog        the audit trail every change is appended to
     * @param clock           the clock
     * @param evidence        the evidence counts
     * @param listeners       the beans told of each registration stored (live subscriptions, notifications)
     * @param summaries       the units' summaries the store keeps with every write, read for compliance and
     *                        statistics instead of every registration
     * @return the platform
     */
    @Bean
    CampaignPlatform campaignPlatform(PlatformCaches caches, Registrations registrations,
            ProgressReports progressReports, AuditLog auditLog, Clock clock, EvidenceCounts evidence,
            ObjectProvider<RegistrationEvents> listeners, UnitSummaries summaries) {
        return new CampaignPlatform(caches.campaigns(), caches.units(), registrations,
                progressReports, auditLog, clock, evidence,
                change -> listeners.orderedStream().forEach(listener -> tell(listener, change)), summaries);
    }

    /** A listener's failure is logged, never turned into a failure of the write, which is stored already. */
    private static void tell(RegistrationEvents listener, StoredChange change) {
        try {
            listener.stored(change);
        } catch (RuntimeException e) {
            LOG.warn("A listener of stored registrations failed on {}: {}", change.after().id().value(), e.toString());
        }
    }

    /**
     * The seeder of the built-in Directive 32 campaign and Hà Tĩnh City units.
     *
     * @param platform       the platform
     * @param administration the administration of campaigns, which installs and upgrades the built-in one
     * @return the seeder
     */
    @Bean
    PlatformSeeder platformSeeder(CampaignPlatform platform, CampaignAdministration administration) {
        return new PlatformSeeder(administration, platform.units());
    }

    /**
     * Seeds once every bean exists, before the web server starts taking requests.
     *
     * @param seeder the seeder
     * @return the callback
     */
    @Bean
    SmartInitializingSingleton seedBuiltInData(PlatformSeeder seeder) {
        return () -> {
            PlatformSeeder.SeedReport report = seeder.seed();
            LOG.info("Seed: {} campaign(s) added, {} built-in campaign(s) upgraded, {} unit(s) added",
                    report.campaignsAdded(), report.campaignsUpgraded(), report.unitsAdded());
        };
    }

    /**
     * The recovery of timelines for registrations stored before they were kept.
     *
     * @param platform the platform
     * @param queries  the read port, which finds the registrations without a timeline in one query
     * @return the backfill
     */
    @Bean
    TimelineBackfill timelineBackfill(CampaignPlatform platform, RegistrationQueries queries) {
        return new TimelineBackfill(queries::findWithUnknownTimeline, platform.registrations(), platform.auditLog());
    }

    /**
     * Recovers timelines from the audit trail once every bean exists, before the web server starts taking
     * requests; a restart finds nothing more to do.
     *
     * @param backfill the backfill
     * @return the callback
     */
    @Bean
    SmartInitializingSingleton backfillTimelines(TimelineBackfill backfill) {
        return () -> {
            TimelineBackfill.Report report = backfill.run();
            if (report.recovered() > 0 || report.left() > 0) {
                LOG.info("Timelines: {} recovered from the audit trail, {} left unknown", report.recovered(),
                        report.left());
            }
        };
    }
}
