package vn.campaign.core.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import vn.campaign.core.unit.UnitCode;

/**
 * One unit's figure for a target.
 *
 * @param unit  the unit
 * @param value its total (SUM targets) or its latest figure (LATEST_PER_UNIT targets)
 * @param asOf  the day of its latest report
 * @since 0.1.0
 */
public record UnitFigure(UnitCode unit, BigDecimal value, LocalDate asOf) {

    /**
     * Validates the figure.
     *
     * @param unit the unit
     * @param value its total (SUM targets) or its latest figure (LATEST_PER_UNIT targets)
     * @param asOf the day of its latest report
     */
    public UnitFigure {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(asOf, "asOf");
    }
}
