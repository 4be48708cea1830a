package vn.campaign.core.rule;

import java.util.List;

/**
 * The unit exists and is valid on the campaign's dates: a code that names nothing is
 * {@link RuleCode#UNIT_UNKNOWN}; a code that named a unit only outside the campaign (merged away before
 * it, or created after it) is {@link RuleCode#UNIT_NOT_VALID}.
 *
 * @since 0.1.0
 */
public final class UnitPolicy implements RegistrationPolicy {

    /** The policy. */
    public UnitPolicy() {
    }

    @Override
    public List<Violation> check(RegistrationCheck check) {
        if (check.unitCode().isBlank()) {
            return List.of();
        }
        if (check.unitsWithCode().isEmpty()) {
            return List.of(Violation.on(RuleCode.UNIT_UNKNOWN, "unitCode", check.unitCode()));
        }
        boolean valid = check.unitsWithCode().stream().anyMatch(u -> u.isValidDuring(check.campaign().period()));
        return valid ? List.of()
                : List.of(Violation.on(RuleCode.UNIT_NOT_VALID, "unitCode", check.unitCode(), check.campaign().period()));
    }
}
