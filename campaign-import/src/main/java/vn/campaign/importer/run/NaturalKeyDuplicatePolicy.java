package vn.campaign.importer.run;

import java.util.List;
import java.util.Objects;
import vn.campaign.core.registration.Registrations;
import vn.campaign.core.rule.DuplicatePolicy;
import vn.campaign.core.rule.RegistrationCheck;
import vn.campaign.core.rule.RegistrationPolicy;
import vn.campaign.core.rule.RegistrationRules;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Violation;
import vn.campaign.core.text.VietnameseText;
import vn.campaign.core.unit.UnitCode;

/**
 * The core's {@link DuplicatePolicy} answered by one natural-key lookup instead of folding the name of
 * every registration of the unit: the same violation ({@code DUPLICATE_REGISTRATION} on {@code name},
 * naming the unit and the registration already there) for the same registrations, at a cost that does
 * not grow with the unit's registrations. Used by dry runs, whose store is indexed by natural key.
 */
final class NaturalKeyDuplicatePolicy implements RegistrationPolicy {

    private final Registrations registrations;

    NaturalKeyDuplicatePolicy(Registrations registrations) {
        this.registrations = Objects.requireNonNull(registrations, "registrations");
    }

    /**
     * The core's standard rules with the duplicate policy answered by natural key.
     *
     * @param registrations the store the lookups go to
     * @return the rules, in the core's order
     */
    static RegistrationRules standardRulesOver(Registrations registrations) {
        return new RegistrationRules(RegistrationRules.standard().policies().stream()
                .map(policy -> policy instanceof DuplicatePolicy ? new NaturalKeyDuplicatePolicy(registrations) : policy)
                .toList());
    }

    @Override
    public List<Violation> check(RegistrationCheck check) {
        String folded = VietnameseText.fold(check.details().name());
        if (folded.isEmpty() || !UnitCode.isWellFormed(check.unitCode())) {
            return List.of();
        }
        return registrations.findByNaturalKey(check.campaign().code(), new UnitCode(check.unitCode()), folded)
                .filter(other -> !Objects.equals(other.id(), check.self()))
                .map(other -> List.of(Violation.on(RuleCode.DUPLICATE_REGISTRATION, "name", check.unitCode(),
                        other.name())))
                .orElse(List.of());
    }
}
