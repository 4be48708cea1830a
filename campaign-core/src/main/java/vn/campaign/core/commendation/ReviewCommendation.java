package vn.campaign.core.commendation;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.registration.ReviewDecision;

/**
 * Approve, return or reject a proposal at the step of its campaign's review it waits for, or resubmit it after
 * a return.
 *
 * @param id              the proposal's id
 * @param expectedVersion the version read
 * @param decision        what is decided: APPROVED, RETURNED, REJECTED or RESUBMITTED
 * @param reason          why; required for a return or a rejection
 * @since 0.4.0
 */
public record ReviewCommendation(String id, long expectedVersion, ReviewDecision decision, @Nullable String reason) {

    /**
     * Validates the command.
     *
     * @param id              the proposal's id
     * @param expectedVersion the version read
     * @param decision        what is decided: APPROVED, RETURNED, REJECTED or RESUBMITTED
     * @param reason          why, or {@code null}
     * @throws IllegalArgumentException for REOPENED, which no one asks for (a registration's change records it)
     */
    public ReviewCommendation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(decision, "decision");
        if (decision == ReviewDecision.REOPENED) {
            throw new IllegalArgumentException("a proposal is not reopened: approve, return, reject or resubmit it");
        }
    }
}
