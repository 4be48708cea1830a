package vn.campaign.core.rule;

import java.util.List;

/**
 * A named business rule on registrations. A policy returns the violations it finds, none when the
 * registration is fine; it never throws for a broken rule.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface RegistrationPolicy {

    /**
     * Checks a registration or an edit.
     *
     * @param check the registration in its context
     * @return the violations, possibly none
     */
    List<Violation> check(RegistrationCheck check);
}
