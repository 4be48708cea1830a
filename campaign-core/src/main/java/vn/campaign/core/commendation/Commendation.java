package vn.campaign.core.commendation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.ReviewProcess;
import vn.campaign.core.campaign.ReviewStep;
import vn.campaign.core.registration.Review;
import vn.campaign.core.registration.ReviewDecision;
import vn.campaign.core.registration.Reviews;
import vn.campaign.core.unit.UnitCode;

/**
 * A proposal of commendation (đề nghị khen thưởng) and where it stands. It is reviewed in the steps of its
 * campaign's review ({@link ReviewProcess}), as registrations are: an approval before the last step keeps it
 * {@code PROPOSED}, waiting for the next step; the last step's approval makes it {@code APPROVED}; a return or a
 * rejection at any step ends the round; a resubmission starts the review again at the first step. Its history
 * is a {@link Reviews}, the registrations' type.
 *
 * @param id              its id
 * @param campaign        the campaign it follows
 * @param proposer        the unit that proposes it (a ward, or the city)
 * @param recipient       whom it goes to
 * @param form            the code of the form of commendation asked for
 * @param achievement     the achievement, in words
 * @param registrationIds the registrations it rests on
 * @param status          where it stands
 * @param version         1 when proposed, one more at each change
 * @param reviews         its review history, oldest first: each step's decision and each resubmission
 * @param decision        the decision that covers it; present exactly when {@code DECIDED}
 * @param proposedBy      who proposed it
 * @param proposedAt      when
 * @since 0.4.0
 */
public record Commendation(String id, CampaignCode campaign, UnitCode proposer, Recipient recipient, String form,
        String achievement, List<String> registrationIds, CommendationStatus status, long version,
        Reviews reviews, @Nullable String decision, String proposedBy, Instant proposedAt) {

    /**
     * Validates the proposal: a decided one names its decision and no other does; a returned or rejected one
     * ends its history with that decision.
     *
     * @param id              its id
     * @param campaign        the campaign
     * @param proposer        the proposing unit
     * @param recipient       whom it goes to
     * @param form            the form's code
     * @param achievement     the achievement, not blank
     * @param registrationIds the registrations it rests on
     * @param status          where it stands
     * @param version         at least 1
     * @param reviews         its review history
     * @param decision        the decision's id, present exactly when DECIDED
     * @param proposedBy      who proposed it
     * @param proposedAt      when
     */
    public Commendation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(proposer, "proposer");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(achievement, "achievement");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(proposedBy, "proposedBy");
        Objects.requireNonNull(proposedAt, "proposedAt");
        registrationIds = List.copyOf(registrationIds);
        Objects.requireNonNull(reviews, "reviews");
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1, got " + version);
        }
        if ((status == CommendationStatus.DECIDED) != (decision != null)) {
            throw new IllegalArgumentException("a commendation names a decision exactly when DECIDED, got " + status);
        }
        List<Review> entries = reviews.entries();
        ReviewDecision last = entries.isEmpty() ? null : entries.get(entries.size() - 1).decision();
        if (status == CommendationStatus.RETURNED && last != ReviewDecision.RETURNED
                || status == CommendationStatus.REJECTED && last != ReviewDecision.REJECTED
                || status == CommendationStatus.APPROVED && last != ReviewDecision.APPROVED) {
            throw new IllegalArgumentException("a " + status + " commendation ends its history with that review");
        }
    }

    /**
     * The step of its campaign's review this proposal waits for.
     *
     * @param process its campaign's review
     * @return the step that decides next
     * @throws IllegalStateException    when it is not PROPOSED (only a proposal waiting for review has one)
     * @throws IllegalArgumentException when its history does not fit the review's steps
     */
    public ReviewStep pendingStep(ReviewProcess process) {
        if (status != CommendationStatus.PROPOSED) {
            throw new IllegalStateException("commendation " + id + " is " + status
                    + ": only a PROPOSED one waits for a review step");
        }
        return reviews.pendingStep(process);
    }

    /**
     * The same proposal after a reviewer's decision at the step it waits for, one version on: an approval moves
     * it to the next step (it stays PROPOSED) or, at the last step, makes it APPROVED; a return or a rejection
     * makes it RETURNED or REJECTED.
     *
     * @param process  its campaign's review
     * @param decision APPROVED, RETURNED or REJECTED
     * @param reason   why; required for a return or a rejection
     * @param by       who decided
     * @param at       when
     * @return the reviewed proposal
     * @throws IllegalStateException    when it is not PROPOSED
     * @throws IllegalArgumentException for another decision, or a return or rejection without a reason
     */
    public Commendation reviewed(ReviewProcess process, ReviewDecision decision, @Nullable String reason, String by,
            Instant at) {
        ReviewStep step = pendingStep(process);
        CommendationStatus next = switch (decision) {
            case APPROVED -> process.isLast(step) ? CommendationStatus.APPROVED : CommendationStatus.PROPOSED;
            case RETURNED -> CommendationStatus.RETURNED;
            case REJECTED -> CommendationStatus.REJECTED;
            case REOPENED, RESUBMITTED -> throw new IllegalArgumentException("a " + decision
                    + " entry is not a reviewer's decision");
        };
        return new Commendation(id, campaign, proposer, recipient, form, achievement, registrationIds, next,
                version + 1, reviews.with(new Review(step, decision, reason, by, at)), null, proposedBy, proposedAt);
    }

    /**
     * The same proposal sent back to review by its proposer after a return, one version on: PROPOSED, waiting
     * for the first step, the resubmission recorded in its history.
     *
     * @param process its campaign's review
     * @param note    an optional note
     * @param by      who resubmitted it
     * @param at      when
     * @return the resubmitted proposal
     * @throws IllegalStateException when it is not RETURNED
     */
    public Commendation resubmitted(ReviewProcess process, @Nullable String note, String by, Instant at) {
        if (status != CommendationStatus.RETURNED) {
            throw new IllegalStateException("commendation " + id + " is " + status + ": only a RETURNED one is resubmitted");
        }
        return new Commendation(id, campaign, proposer, recipient, form, achievement, registrationIds,
                CommendationStatus.PROPOSED, version + 1,
                reviews.with(new Review(process.first(), ReviewDecision.RESUBMITTED, note, by, at)), null, proposedBy,
                proposedAt);
    }

    /**
     * The same proposal covered by a decision, one version on.
     *
     * @param decisionId the decision's id
     * @return the decided proposal
     */
    public Commendation decided(String decisionId) {
        return new Commendation(id, campaign, proposer, recipient, form, achievement, registrationIds,
                CommendationStatus.DECIDED, version + 1, reviews, decisionId, proposedBy, proposedAt);
    }
}
