package vn.campaign.core.rule;

import java.util.List;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.text.VietnameseText;

/**
 * A unit does not register two things of the same name for one campaign: names are compared once
 * folded (case, tone marks, đ/d, punctuation and spacing ignored), so "Nhà văn hóa TDP 5" and
 * "NHA VAN HOA TDP  5" are the same registration.
 *
 * @since 0.1.0
 */
public final class DuplicatePolicy implements RegistrationPolicy {

    /** The policy. */
    public DuplicatePolicy() {
    }

    @Override
    public List<Violation> check(RegistrationCheck check) {
        Registration other = check.sameName();
        if (other == null || other.id().equals(check.self())
                || !other.foldedName().equals(VietnameseText.fold(check.details().name()))) {
            return List.of();
        }
        return List.of(Violation.on(RuleCode.DUPLICATE_REGISTRATION, "name", check.unitCode(), other.name()));
    }
}
