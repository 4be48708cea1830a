package vn.campaign.core.closing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.compliance.ComplianceReport;
import vn.campaign.core.compliance.ObligationStatus;
import vn.campaign.core.compliance.UnitCompliance;
import vn.campaign.core.progress.TargetProgress;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.statistics.CampaignStatistics;
import vn.campaign.core.statistics.StatusCount;

/**
 * A campaign's results as they stood when it was closed: compliance per unit, the registrations counted by
 * status, the investment and plaques, and the progress of each target. It is a copy of values, not of
 * references: nothing that changes afterwards (a registration completed in the grace period, a unit renamed)
 * alters it. One is kept per closing, keyed by the campaign and the version the closing gave it.
 *
 * @param campaign        the campaign
 * @param campaignVersion the version the closing gave the campaign, at least 1
 * @param closedAt        when it was closed
 * @param closedBy        who closed it ({@code Actor.subject()})
 * @param closedOn        the closing day, in the platform's time zone
 * @param units           compliance of every unit an obligation binds, in code order
 * @param works           the works by status
 * @param events          the events by status
 * @param investment      the works' total investment, in đồng (rejected and cancelled works left out)
 * @param plaquesAwarded  how many works carry a plaque
 * @param targets         the progress of each target, in the campaign's order
 * @since 0.4.0
 */
public record FinalReport(CampaignCode campaign, long campaignVersion, Instant closedAt, String closedBy,
        LocalDate closedOn, List<UnitLine> units, List<StatusCount> works, List<StatusCount> events, long investment,
        int plaquesAwarded, List<TargetLine> targets) {

    /**
     * Validates the report.
     *
     * @param campaign        the campaign
     * @param campaignVersion the version the closing gave the campaign, at least 1
     * @param closedAt        when it was closed
     * @param closedBy        who closed it
     * @param closedOn        the closing day
     * @param units           compliance of every bound unit
     * @param works           the works by status
     * @param events          the events by status
     * @param investment      the works' total investment, in đồng
     * @param plaquesAwarded  how many works carry a plaque, not negative
     * @param targets         the progress of each target
     */
    public FinalReport {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(closedAt, "closedAt");
        Objects.requireNonNull(closedBy, "closedBy");
        Objects.requireNonNull(closedOn, "closedOn");
        if (campaignVersion < 1) {
            throw new IllegalArgumentException("campaignVersion must be at least 1, got " + campaignVersion);
        }
        if (plaquesAwarded < 0) {
            throw new IllegalArgumentException("plaquesAwarded must not be negative, got " + plaquesAwarded);
        }
        units = List.copyOf(units);
        works = List.copyOf(works);
        events = List.copyOf(events);
        targets = List.copyOf(targets);
    }

    /**
     * The report of a closing, from the results computed at that moment.
     *
     * @param campaignVersion the version the closing gives the campaign
     * @param closedAt        when
     * @param closedBy        who
     * @param closedOn        the closing day
     * @param compliance      the compliance on the closing day
     * @param statistics      the statistics, unfiltered
     * @param progress        the progress of each target
     * @return the report
     */
    public static FinalReport of(long campaignVersion, Instant closedAt, String closedBy, LocalDate closedOn,
            ComplianceReport compliance, CampaignStatistics statistics, List<TargetProgress> progress) {
        return new FinalReport(compliance.campaign(), campaignVersion, closedAt, closedBy, closedOn,
                compliance.units().stream().map(UnitLine::of).toList(), statistics.works().byStatus(),
                statistics.events().byStatus(), statistics.investment().total().amount(),
                statistics.plaques().awarded(),
                progress.stream().map(p -> new TargetLine(p.target().code(), p.target().name(), p.target().goal(),
                        p.figure(), p.reached())).toList());
    }

    /**
     * How many units an obligation bound.
     *
     * @return the number of units of {@link #units()}
     */
    public int requiredUnits() {
        return units.size();
    }

    /**
     * How many bound units had met every obligation.
     *
     * @return the number of compliant units
     */
    public int compliantUnits() {
        return (int) units.stream().filter(UnitLine::compliant).count();
    }

    /**
     * How many works were in a status.
     *
     * @param status a status
     * @return their number, 0 when none
     */
    public int works(RegistrationStatus status) {
        return works.stream().filter(c -> c.status() == status).mapToInt(StatusCount::count).sum();
    }

    /**
     * One unit's compliance at closing.
     *
     * @param unitCode    the unit's code
     * @param unitName    its name at closing
     * @param compliant   whether it met every obligation
     * @param obligations each obligation's result
     */
    public record UnitLine(String unitCode, String unitName, boolean compliant, List<ObligationLine> obligations) {

        /**
         * Validates the line.
         *
         * @param unitCode    the unit's code
         * @param unitName    its name at closing
         * @param compliant   whether it met every obligation
         * @param obligations each obligation's result
         */
        public UnitLine {
            Objects.requireNonNull(unitCode, "unitCode");
            Objects.requireNonNull(unitName, "unitName");
            obligations = List.copyOf(obligations);
        }

        static UnitLine of(UnitCompliance u) {
            return new UnitLine(u.unit().code().value(), u.unit().name(), u.compliant(),
                    u.obligations().stream().map(o -> new ObligationLine(o.obligation().code(), o.status(),
                            o.approved(), o.pending(), o.overdue())).toList());
        }
    }

    /**
     * One obligation's result for a unit at closing.
     *
     * @param code     the obligation's code
     * @param status   satisfied, pending or missing
     * @param approved how many registrations met it
     * @param pending  how many would count but did not
     * @param overdue  how many approved ones were late
     */
    public record ObligationLine(String code, ObligationStatus status, int approved, int pending, int overdue) {

        /**
         * Validates the line.
         *
         * @param code     the obligation's code
         * @param status   satisfied, pending or missing
         * @param approved how many registrations met it
         * @param pending  how many would count but did not
         * @param overdue  how many approved ones were late
         */
        public ObligationLine {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(status, "status");
        }
    }

    /**
     * One target's progress at closing.
     *
     * @param code    the target's code
     * @param name    its name
     * @param goal    the value to reach; {@code null} when the directive states none
     * @param figure  the campaign figure reached
     * @param reached whether the goal was reached
     */
    public record TargetLine(String code, String name, @Nullable BigDecimal goal, BigDecimal figure,
            boolean reached) {

        /**
         * Validates the line.
         *
         * @param code    the target's code
         * @param name    its name
         * @param goal    the value to reach; {@code null} when the directive states none
         * @param figure  the campaign figure reached
         * @param reached whether the goal was reached
         */
        public TargetLine {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(figure, "figure");
        }
    }
}
