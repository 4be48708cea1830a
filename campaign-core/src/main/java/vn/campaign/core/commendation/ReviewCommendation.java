package vn.campaign.core.commendation;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Approve, return, reject or resubmit a proposal.
 *
 * @param id              the proposal's id
 * @param expectedVersion the version read
 * @param decision        what is decided
 * @param reason          why; required for a return or a rejection
 * @since 0.4.0
 */
public record ReviewCommendation(String id, long expectedVersion, ReviewOutcome decision, @Nullable String reason) {

    /**
     * Validates the command.
     *
     * @param id              the proposal's id
     * @param expectedVersion the version read
     * @param decision        what is decided
     * @param reason          why, or {@code null}
     */
    public ReviewCommendation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(decision, "decision");
    }
}
