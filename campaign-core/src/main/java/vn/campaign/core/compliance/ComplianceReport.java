package vn.campaign.core.compliance;

import java.util.List;
import java.util.Objects;
import vn.campaign.core.campaign.CampaignCode;

/**
 * A campaign's compliance summary: which units an obligation binds, which have met them all, and who
 * misses what.
 *
 * @param campaign the campaign
 * @param units    every bound unit, in code order
 * @since 0.1.0
 */
public record ComplianceReport(CampaignCode campaign, List<UnitCompliance> units) {

    /**
     * Validates the report.
     *
     * @param campaign the campaign
     * @param units every bound unit, in code order
     */
    public ComplianceReport {
        Objects.requireNonNull(campaign, "campaign");
        units = List.copyOf(units);
    }

    /**
     * How many units at least one obligation binds.
     *
     * @return the number of required units
     */
    public int requiredUnits() {
        return units.size();
    }

    /**
     * How many bound units have satisfied every obligation.
     *
     * @return the number of compliant units
     */
    public int compliantUnits() {
        return (int) units.stream().filter(UnitCompliance::compliant).count();
    }

    /**
     * The units that still miss something.
     *
     * @return the non-compliant units, in code order
     */
    public List<UnitCompliance> nonCompliant() {
        return units.stream().filter(u -> !u.compliant()).toList();
    }
}
