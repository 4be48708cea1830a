package vn.campaign.core.report;

import java.util.List;
import java.util.Objects;
import vn.campaign.core.unit.Unit;

/**
 * A numbered unit of a registration table with its registrations under it.
 *
 * @param number the unit's number within its group, from 1
 * @param unit   the unit
 * @param lines  its registrations, by day then name
 * @since 0.1.0
 */
public record UnitBlock(int number, Unit unit, List<Line> lines) {

    /**
     * Validates the block.
     *
     * @param number the unit's number within its group, from 1
     * @param unit the unit
     * @param lines its registrations, by day then name
     */
    public UnitBlock {
        Objects.requireNonNull(unit, "unit");
        lines = List.copyOf(lines);
        if (number < 1) {
            throw new IllegalArgumentException("number must be at least 1, got " + number);
        }
    }
}
