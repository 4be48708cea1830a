package vn.campaign.core.registration;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.campaign.ReviewStep;
import vn.campaign.core.text.VietnameseText;

/**
 * One entry of a review history (a registration's or a commendation proposal's): at which step, what was
 * decided, why, by whom and when. The history only grows ({@link Reviews}).
 *
 * @param step     the step decided at; for a reopening or a resubmission, the first step, where the review
 *                 starts again
 * @param decision what was decided
 * @param reason   why: required for a return or a rejection, optional otherwise
 * @param by       who decided (the caller's subject)
 * @param at       when
 * @since 0.3.0
 */
public record Review(ReviewStep step, ReviewDecision decision, @Nullable String reason, String by, Instant at) {

    /**
     * Validates the entry.
     *
     * @throws IllegalArgumentException for a return or a rejection without a reason, or a blank {@code by}
     *
     * @param step the step decided at; for a reopening, the first step, where the review starts again
     * @param decision what was decided
     * @param reason why: required for a return or a rejection, optional otherwise
     * @param by who decided (the caller's subject)
     * @param at when
     */
    public Review {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(decision, "decision");
        reason = VietnameseText.normalizeOptional(reason);
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        if (by.isBlank()) {
            throw new IllegalArgumentException("a review names who decided");
        }
        if (reason == null && decision.requiresReason()) {
            throw new IllegalArgumentException("a review " + decision + " at step " + step + " needs a reason");
        }
    }
}
