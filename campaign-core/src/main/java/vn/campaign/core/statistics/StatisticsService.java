package vn.campaign.core.statistics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import vn.campaign.core.access.AccessPolicy;
import vn.campaign.core.access.Actor;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.compliance.ComplianceEvaluator;
import vn.campaign.core.compliance.ComplianceReport;
import vn.campaign.core.registration.Registrations;
import vn.campaign.core.summary.UnitSummaries;
import vn.campaign.core.unit.Units;

/**
 * A campaign's dashboard figures and its compliance on a past day. Each call reads the campaign's units once
 * and either its units' summaries once or, for what summaries cannot answer (a range of days, a past day), its
 * registrations once, and computes in memory.
 *
 * @since 0.2.0
 */
public final class StatisticsService {

    private final Units units;
    private final Registrations registrations;
    private final UnitSummaries summaries;
    private final ZoneId zone;

    /**
     * A service over some stores.
     *
     * @param units         the units
     * @param registrations the registrations
     * @param zone          the time zone in which instants fall on days and weeks
     */
    public StatisticsService(Units units, Registrations registrations, ZoneId zone) {
        this(units, registrations, UnitSummaries.computedFrom(registrations, zone), zone);
    }

    /**
     * A service that counts from the summaries a store keeps of each unit's registrations where it can: when
     * the filter does not restrict the days and the summaries fall on weeks in the same zone. Otherwise, and for
     * compliance on a past day, it reads the registrations.
     *
     * @param units         the units
     * @param registrations the registrations
     * @param summaries     the units' summaries
     * @param zone          the time zone in which instants fall on days and weeks
     * @since 0.5.0
     */
    public StatisticsService(Units units, Registrations registrations, UnitSummaries summaries, ZoneId zone) {
        this.units = Objects.requireNonNull(units, "units");
        this.registrations = Objects.requireNonNull(registrations, "registrations");
        this.summaries = Objects.requireNonNull(summaries, "summaries");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * The statistics of a campaign over what a caller may see.
     *
     * @param campaign the campaign
     * @param caller   who asks: an anonymous caller counts public registrations only
     * @param filter   what to count
     * @return the statistics
     */
    public CampaignStatistics statistics(Campaign campaign, Actor caller, StatisticsFilter filter) {
        if (filter.from() == null && filter.to() == null && summaries.zone().equals(zone)) {
            return StatisticsCalculator.fromSummaries(campaign, units.findValidDuring(campaign.period()),
                    summaries.findByCampaign(campaign.code()), AccessPolicy.visibility(caller), filter);
        }
        return StatisticsCalculator.compute(campaign, units.findValidDuring(campaign.period()),
                registrations.findByCampaign(campaign.code()), AccessPolicy.visibility(caller), filter, zone);
    }

    /**
     * A campaign's compliance as it stood at the end of a day, from the registrations' status histories.
     *
     * @param campaign the campaign
     * @param day      the day
     * @return the report
     */
    public ComplianceReport complianceAsOf(Campaign campaign, LocalDate day) {
        return ComplianceEvaluator.evaluateAsOf(campaign, units.findValidDuring(campaign.period()),
                registrations.findByCampaign(campaign.code()), day, zone);
    }
}
