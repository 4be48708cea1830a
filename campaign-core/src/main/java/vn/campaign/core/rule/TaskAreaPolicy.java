package vn.campaign.core.rule;

import java.util.List;
import vn.campaign.core.campaign.TaskAreaCode;

/**
 * The task area belongs to the campaign; a registration without one is let through with a warning,
 * since it cannot be followed per task area.
 *
 * @since 0.1.0
 */
public final class TaskAreaPolicy implements RegistrationPolicy {

    /** The warning of every registration without a task area, made once (an import repeats it on every row). */
    private static final List<Violation> MISSING = List.of(Violation.on(RuleCode.TASK_AREA_MISSING, "taskAreaCode"));

    /** The policy. */
    public TaskAreaPolicy() {
    }

    @Override
    public List<Violation> check(RegistrationCheck check) {
        TaskAreaCode area = check.details().taskArea();
        if (area == null) {
            return MISSING;
        }
        boolean known = check.campaign().taskArea(area).isPresent();
        return known ? List.of() : List.of(unknown(area.value()));
    }

    /**
     * The violation of a task area the campaign does not have, or of a typed code that is no task area
     * code at all: an adapter that turns what people typed into a {@link TaskAreaCode} reports a malformed
     * one with it, exactly as this policy reports an unknown one.
     *
     * @param typed the code as typed
     * @return the TASK_AREA_UNKNOWN violation on {@code taskAreaCode}
     */
    public static Violation unknown(String typed) {
        return Violation.on(RuleCode.TASK_AREA_UNKNOWN, "taskAreaCode", typed);
    }
}
