package vn.campaign.core.registration;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.campaign.ReviewProcess;
import vn.campaign.core.campaign.ReviewStep;

/**
 * A reviewer's decision on a registration, worked out for {@link Work} and {@link Event} alike: the review
 * entry at the pending step and the status it leads to.
 *
 * @param review the new entry
 * @param status the status after it: REGISTERED after an approval before the last step, APPROVED after the
 *               last step's, RETURNED or REJECTED
 */
record Reviewing(Review review, RegistrationStatus status) {

    Reviewing {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(status, "status");
    }

    /**
     * Decides at the step the registration waits for.
     *
     * @throws IllegalStateException    when the registration is not REGISTERED (only a registration waiting for
     *                                  review is reviewed)
     * @throws IllegalArgumentException for a reopening (not a reviewer's decision), a return or a rejection
     *                                  without a reason, or a history the campaign's review cannot explain
     */
    static Reviewing decide(RegistrationId id, RegistrationStatus status, Reviews reviews, ReviewProcess process,
            ReviewDecision decision, @Nullable String reason, String by, Instant at) {
        if (status != RegistrationStatus.REGISTERED) {
            throw new IllegalStateException("registration " + id + " is " + status
                    + ": only a registration waiting for review (REGISTERED) is reviewed");
        }
        if (decision == ReviewDecision.REOPENED || decision == ReviewDecision.RESUBMITTED) {
            throw new IllegalArgumentException("a " + decision + " entry is not a reviewer's decision");
        }
        ReviewStep step = reviews.pendingStep(process);
        Review review = new Review(step, decision, reason, by, at);
        RegistrationStatus next = switch (decision) {
            case APPROVED -> process.isLast(step) ? RegistrationStatus.APPROVED : RegistrationStatus.REGISTERED;
            case RETURNED -> RegistrationStatus.RETURNED;
            case REJECTED -> RegistrationStatus.REJECTED;
            case REOPENED, RESUBMITTED -> throw new IllegalArgumentException("a " + decision
                    + " entry is not a reviewer's decision");
        };
        return new Reviewing(review, next);
    }

    /** The entry recording that a unit's change sent an approved registration back to the first step. */
    static Review reopening(RegistrationId id, RegistrationStatus status, ReviewProcess process, String by,
            Instant at) {
        StatusInvariants.checkTransition(id, status, RegistrationStatus.REGISTERED);
        if (status != RegistrationStatus.APPROVED) {
            throw new IllegalStateException("registration " + id + " is " + status + ": only an approved one reopens");
        }
        return new Review(process.first(), ReviewDecision.REOPENED, null, by, at);
    }
}
