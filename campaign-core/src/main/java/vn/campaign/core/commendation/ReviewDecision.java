package vn.campaign.core.commendation;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a proposal's review history, append-only.
 *
 * @param step     the review step it was made at
 * @param decision what was decided
 * @param reason   why; required for a return or a rejection
 * @param by       who ({@code Actor.subject()})
 * @param at       when
 * @since 0.4.0
 */
public record ReviewDecision(ReviewStep step, ReviewOutcome decision, @Nullable String reason, String by, Instant at) {

    /**
     * Validates the entry.
     *
     * @param step     the review step
     * @param decision what was decided
     * @param reason   why; required for a return or a rejection
     * @param by       who
     * @param at       when
     */
    public ReviewDecision {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        if ((decision == ReviewOutcome.RETURNED || decision == ReviewOutcome.REJECTED)
                && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a " + decision + " review needs a reason");
        }
    }
}
