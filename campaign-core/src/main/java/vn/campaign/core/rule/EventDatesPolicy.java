package vn.campaign.core.rule;

import java.util.List;
import vn.campaign.core.registration.EventDetails;

/**
 * An event does not end before it starts.
 *
 * @since 0.1.0
 */
public final class EventDatesPolicy implements RegistrationPolicy {

    /** The policy. */
    public EventDatesPolicy() {
    }

    @Override
    public List<Violation> check(RegistrationCheck check) {
        if (check.details() instanceof EventDetails event && event.startsOn() != null && event.endsOn() != null
                && event.endsOn().isBefore(event.startsOn())) {
            return List.of(Violation.on(RuleCode.EVENT_ENDS_BEFORE_START, "endsOn", event.endsOn(), event.startsOn()));
        }
        return List.of();
    }
}
