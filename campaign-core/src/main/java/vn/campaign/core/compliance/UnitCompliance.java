package vn.campaign.core.compliance;

import java.util.List;
import java.util.Objects;
import vn.campaign.core.unit.Unit;

/**
 * How one unit stands against every obligation that binds it.
 *
 * @param unit        the unit
 * @param obligations each obligation's result, in the campaign's order
 * @since 0.1.0
 */
public record UnitCompliance(Unit unit, List<ObligationResult> obligations) {

    /** Validates the result. */
    public UnitCompliance {
        Objects.requireNonNull(unit, "unit");
        obligations = List.copyOf(obligations);
    }

    /**
     * Whether every obligation is satisfied.
     *
     * @return {@code true} when all are SATISFIED
     */
    public boolean compliant() {
        return obligations.stream().allMatch(o -> o.status() == ObligationStatus.SATISFIED);
    }

    /**
     * The obligations not yet satisfied (pending or missing).
     *
     * @return those results
     */
    public List<ObligationResult> unmet() {
        return obligations.stream().filter(o -> o.status() != ObligationStatus.SATISFIED).toList();
    }
}
