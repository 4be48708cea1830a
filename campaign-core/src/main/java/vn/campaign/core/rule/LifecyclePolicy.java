package vn.campaign.core.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.text.VietnameseText;

/**
 * A status change follows the lifecycle ({@link RegistrationStatus#next()}: REGISTERED → APPROVED, REJECTED,
 * RETURNED or CANCELLED; RETURNED → REGISTERED or CANCELLED; APPROVED → COMPLETED, CANCELLED or REGISTERED);
 * a rejection and a return carry a reason, of at most {@value #REASON_MAX} characters and without control characters;
 * a completion carries the day it took place, inside the campaign.
 *
 * @since 0.1.0
 */
public final class LifecyclePolicy {

    /** The longest reason for a rejection or a cancellation. */
    public static final int REASON_MAX = 1000;

    /** The policy. */
    public LifecyclePolicy() {
    }

    /**
     * Checks a status change.
     *
     * @param campaign     the registration's campaign
     * @param registration the registration as stored
     * @param target       the status wanted
     * @param reason       the reason given, if any
     * @param actualOn     the day given, if any
     * @return the violations, possibly none
     */
    public List<Violation> check(Campaign campaign, Registration registration, RegistrationStatus target,
            @Nullable String reason, @Nullable LocalDate actualOn) {
        List<Violation> found = new ArrayList<>();
        if (!registration.status().canBecome(target)) {
            found.add(Violation.of(RuleCode.ILLEGAL_TRANSITION, List.of(), registration.status(), target));
            return found;
        }
        if (target.requiresReason() && (reason == null || reason.isBlank())) {
            found.add(Violation.on(RuleCode.REASON_REQUIRED, "reason"));
        }
        TextRules.check(found, "reason", VietnameseText.normalizeOptional(reason), REASON_MAX);
        if (target.takesActualDay()) {
            if (actualOn == null) {
                found.add(Violation.on(RuleCode.ACTUAL_DATE_REQUIRED, "actualOn"));
            } else {
                CampaignPeriodPolicy.inside(found, "actualOn", actualOn, campaign.period());
            }
        }
        return found;
    }
}
