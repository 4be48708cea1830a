package vn.campaign.core.statistics;

import java.util.Objects;
import vn.campaign.core.unit.Unit;

/**
 * One unit's counts.
 *
 * @param unit   the unit
 * @param works  its works
 * @param events its events
 * @since 0.2.0
 */
public record UnitStatistics(Unit unit, RegistrationCounts works, RegistrationCounts events) {

    /**
     * Validates the statistics.
     *
     * @param unit the unit
     * @param works its works
     * @param events its events
     */
    public UnitStatistics {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(works, "works");
        Objects.requireNonNull(events, "events");
    }
}
