package vn.campaign.core.campaign;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.unit.UnitCode;

/**
 * A measurable target of a campaign, such as planting 100,000 urban trees.
 *
 * @param code        a stable code within the campaign ({@code URBAN_TREES})
 * @param taskArea    the task area it belongs to
 * @param name        the target in Vietnamese
 * @param nameEn      the target in English
 * @param goal        the value to reach, not negative; absent when the directive states no number, and then
 *                    progress is reported but nothing is ever "reached"
 * @param measure     what the value counts ("cây", "%", "tiêu chí")
 * @param aggregation how unit reports add up
 * @param units       the units it concerns; empty when every unit may report
 * @param provenance  where the directive states it
 * @since 0.1.0
 */
public record Target(String code, TaskAreaCode taskArea, String name, String nameEn, @Nullable BigDecimal goal,
        String measure, Aggregation aggregation, List<UnitCode> units, Provenance provenance) {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,40}");

    /**
     * Validates the target.
     *
     * @param code a stable code within the campaign ({@code URBAN_TREES})
     * @param taskArea the task area it belongs to
     * @param name the target in Vietnamese
     * @param nameEn the target in English
     * @param goal the value to reach, not negative
     * @param measure what the value counts ("cây", "%", "tiêu chí")
     * @param aggregation how unit reports add up
     * @param units the units it concerns; empty when every unit may report
     * @param provenance where the directive states it
     */
    public Target {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("target code must be 1 to 40 capital letters, digits or '_', got '"
                    + code + "'");
        }
        Objects.requireNonNull(taskArea, "taskArea");
        Texts.requireText(name, "name");
        Texts.requireText(nameEn, "nameEn");
        if (goal != null && goal.signum() < 0) {
            throw new IllegalArgumentException("target " + code + " has a negative goal " + goal);
        }
        Texts.requireText(measure, "measure");
        Objects.requireNonNull(aggregation, "aggregation");
        units = List.copyOf(units);
        Objects.requireNonNull(provenance, "provenance");
    }

    /**
     * A target not tied to a source text.
     *
     * @param code        the code
     * @param taskArea    its task area
     * @param name        the Vietnamese name
     * @param nameEn      the English name
     * @param goal        the value to reach, if the directive states one
     * @param measure     what the value counts
     * @param aggregation how reports add up
     * @param units       the units concerned
     */
    public Target(String code, TaskAreaCode taskArea, String name, String nameEn, @Nullable BigDecimal goal,
            String measure, Aggregation aggregation, List<UnitCode> units) {
        this(code, taskArea, name, nameEn, goal, measure, aggregation, units, Provenance.none());
    }

    /**
     * The goal, when the directive states one.
     *
     * @return the value to reach, or empty when progress is only reported
     */
    public Optional<BigDecimal> goalValue() {
        return Optional.ofNullable(goal);
    }

    /**
     * How the progress reports of units add up to the figure of a target.
     *
     * @since 0.1.0
     */
    public enum Aggregation {
        /** Every report adds to the total (trees planted). The target is reached when the total reaches the goal. */
        SUM,
        /**
         * Each unit's latest report is its current figure (vaccination coverage, criteria met). The
         * target is reached when every concerned unit's figure reaches the goal; the campaign figure is
         * the lowest of them.
         */
        LATEST_PER_UNIT
    }
}
