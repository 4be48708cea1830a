package vn.campaign.core.rule;

import java.util.List;
import vn.campaign.core.registration.EventDetails;
import vn.campaign.core.registration.WorkDetails;

/**
 * Investment is not negative and at most {@value #INVESTMENT_MAX} đồng (ten million billion); an event's
 * expected number of participants is not negative.
 *
 * @since 0.1.0
 */
public final class AmountsPolicy implements RegistrationPolicy {

    /**
     * The largest investment recorded, 10¹⁶ đồng: ten thousand times the largest public project of a city, and
     * small enough that hundreds of them add up without overflowing a {@code long}.
     */
    public static final long INVESTMENT_MAX = 10_000_000_000_000_000L;

    /** The policy. */
    public AmountsPolicy() {
    }

    @Override
    public List<Violation> check(RegistrationCheck check) {
        if (check.details() instanceof WorkDetails work && work.investment() != null && work.investment().isNegative()) {
            return List.of(Violation.on(RuleCode.INVESTMENT_NEGATIVE, "investment", work.investment().amount()));
        }
        if (check.details() instanceof WorkDetails work && work.investment() != null
                && work.investment().amount() > INVESTMENT_MAX) {
            return List.of(Violation.on(RuleCode.AMOUNT_TOO_LARGE, "investment", INVESTMENT_MAX));
        }
        if (check.details() instanceof EventDetails event && event.expectedParticipants() != null
                && event.expectedParticipants() < 0) {
            return List.of(Violation.on(RuleCode.PARTICIPANTS_NEGATIVE, "expectedParticipants",
                    event.expectedParticipants()));
        }
        return List.of();
    }
}
