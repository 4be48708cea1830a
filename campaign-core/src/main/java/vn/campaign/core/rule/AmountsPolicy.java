package vn.campaign.core.rule;

import java.util.List;
import vn.campaign.core.registration.EventDetails;
import vn.campaign.core.registration.WorkDetails;

/**
 * Investment is not negative; neither is an event's expected number of participants.
 *
 * @since 0.1.0
 */
public final class AmountsPolicy implements RegistrationPolicy {

    /** The policy. */
    public AmountsPolicy() {
    }

    @Override
    public List<Violation> check(RegistrationCheck check) {
        if (check.details() instanceof WorkDetails work && work.investment() != null && work.investment().isNegative()) {
            return List.of(Violation.on(RuleCode.INVESTMENT_NEGATIVE, "investment", work.investment().amount()));
        }
        if (check.details() instanceof EventDetails event && event.expectedParticipants() != null
                && event.expectedParticipants() < 0) {
            return List.of(Violation.on(RuleCode.PARTICIPANTS_NEGATIVE, "expectedParticipants",
                    event.expectedParticipants()));
        }
        return List.of();
    }
}
