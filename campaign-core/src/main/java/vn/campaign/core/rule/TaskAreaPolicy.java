package vn.campaign.core.rule;

import java.util.List;

/**
 * The task area belongs to the campaign; a registration without one is let through with a warning,
 * since it cannot be followed per task area.
 *
 * @since 0.1.0
 */
public final class TaskAreaPolicy implements RegistrationPolicy {

    /** The policy. */
    public TaskAreaPolicy() {
    }

    @Override
    public List<Violation> check(RegistrationCheck check) {
        String area = check.details().taskArea();
        if (area == null) {
            return List.of(Violation.on(RuleCode.TASK_AREA_MISSING, "taskAreaCode"));
        }
        boolean known = check.campaign().taskAreas().stream().anyMatch(a -> a.code().value().equals(area));
        return known ? List.of() : List.of(Violation.on(RuleCode.TASK_AREA_UNKNOWN, "taskAreaCode", area));
    }
}
