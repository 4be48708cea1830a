package vn.campaign.api.platform;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitCode;

/**
 * Where a unit stands in the order of unit lists: by code, then by the first day of validity (units
 * without a known start come first). A page that starts after a position stays valid when units are added.
 *
 * @param code      the unit's code
 * @param validFrom the first day of its validity, {@code null} when unknown
 */
public record UnitPosition(UnitCode code, @Nullable LocalDate validFrom) {

    /** Validates the position. */
    public UnitPosition {
        Objects.requireNonNull(code, "code");
    }

    /**
     * The position of a unit.
     *
     * @param unit a unit
     * @return its position
     */
    public static UnitPosition of(Unit unit) {
        return new UnitPosition(unit.code(), unit.validFrom());
    }
}
