package vn.campaign.core.rule;

import java.util.List;
import java.util.Objects;
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
        String folded = VietnameseText.fold(check.details().name());
        if (folded.isEmpty()) {
            return List.of();
        }
        return check.sameUnit().stream()
                .filter(r -> !Objects.equals(r.id(), check.self()) && r.foldedName().equals(folded))
                .findFirst()
                .map(r -> List.of(Violation.on(RuleCode.DUPLICATE_REGISTRATION, "name", check.unitCode(), r.name())))
                .orElse(List.of());
    }
}
