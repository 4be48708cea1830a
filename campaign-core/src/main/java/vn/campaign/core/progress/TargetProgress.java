package vn.campaign.core.progress;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import vn.campaign.core.campaign.Target;
import vn.campaign.core.unit.UnitCode;

/**
 * Where a target stands.
 *
 * @param target   the target
 * @param figure   the campaign figure: the sum of all reports, or the lowest latest figure of the
 *                 concerned units; zero when nothing is reported
 * @param reached  whether the goal is reached; never for a target without a goal
 * @param units    each reporting unit's figure, in code order
 * @param silent   concerned units that have not reported yet (only for targets that name their units)
 * @since 0.1.0
 */
public record TargetProgress(Target target, BigDecimal figure, boolean reached, List<UnitFigure> units,
        List<UnitCode> silent) {

    /**
     * Validates the progress.
     *
     * @param target the target
     * @param figure the campaign figure: the sum of all reports, or the lowest latest figure of the concerned units; zero when nothing is reported
     * @param reached whether the goal is reached
     * @param units each reporting unit's figure, in code order
     * @param silent concerned units that have not reported yet (only for targets that name their units)
     */
    public TargetProgress {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(figure, "figure");
        units = List.copyOf(units);
        silent = List.copyOf(silent);
    }
}
