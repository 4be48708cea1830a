package vn.campaign.core.commendation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.unit.UnitCode;

/**
 * A proposal of commendation (đề nghị khen thưởng) and where it stands.
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
 * @param reviews         its review history, oldest first
 * @param decision        the decision that covers it; present exactly when {@code DECIDED}
 * @param proposedBy      who proposed it
 * @param proposedAt      when
 * @since 0.4.0
 */
public record Commendation(String id, CampaignCode campaign, UnitCode proposer, Recipient recipient, String form,
        String achievement, List<String> registrationIds, CommendationStatus status, long version,
        List<ReviewDecision> reviews, @Nullable String decision, String proposedBy, Instant proposedAt) {

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
        reviews = List.copyOf(reviews);
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1, got " + version);
        }
        if ((status == CommendationStatus.DECIDED) != (decision != null)) {
            throw new IllegalArgumentException("a commendation names a decision exactly when DECIDED, got " + status);
        }
        ReviewOutcome last = reviews.isEmpty() ? null : reviews.get(reviews.size() - 1).decision();
        if (status == CommendationStatus.RETURNED && last != ReviewOutcome.RETURNED
                || status == CommendationStatus.REJECTED && last != ReviewOutcome.REJECTED) {
            throw new IllegalArgumentException("a " + status + " commendation ends its history with that review");
        }
    }

    /**
     * The same proposal after a review decision (or a resubmission), one version on.
     *
     * @param review    the decision
     * @param newStatus the status it leads to
     * @return the changed proposal
     */
    public Commendation reviewed(ReviewDecision review, CommendationStatus newStatus) {
        List<ReviewDecision> history = new ArrayList<>(reviews);
        history.add(review);
        return new Commendation(id, campaign, proposer, recipient, form, achievement, registrationIds, newStatus,
                version + 1, history, null, proposedBy, proposedAt);
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
