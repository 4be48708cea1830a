package vn.campaign.core.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The registration policies composed into one check. {@link #standard()} holds every rule of the
 * catalogue that applies to registering or editing a work or an event.
 *
 * @param policies the policies, run in order
 * @since 0.1.0
 */
public record RegistrationRules(List<RegistrationPolicy> policies) {

    /**
     * Validates the rules.
     *
     * @param policies the policies, run in order
     */
    public RegistrationRules {
        policies = List.copyOf(Objects.requireNonNull(policies, "policies"));
    }

    /**
     * The standard rules.
     *
     * @return campaign open, required fields, unit, campaign period, event dates, amounts, task area, duplicates
     */
    public static RegistrationRules standard() {
        return new RegistrationRules(List.of(new CampaignOpenPolicy(), new RequiredFieldsPolicy(), new UnitPolicy(),
                new CampaignPeriodPolicy(),
                new EventDatesPolicy(), new AmountsPolicy(), new TaskAreaPolicy(), new DuplicatePolicy()));
    }

    /**
     * Runs every policy.
     *
     * @param check the registration in its context
     * @return all violations found, errors and warnings, in policy order
     */
    public List<Violation> check(RegistrationCheck check) {
        List<Violation> found = new ArrayList<>();
        for (RegistrationPolicy policy : policies) {
            found.addAll(policy.check(check));
        }
        return found;
    }
}
