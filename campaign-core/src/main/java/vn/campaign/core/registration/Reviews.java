package vn.campaign.core.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.campaign.core.campaign.ReviewProcess;
import vn.campaign.core.campaign.ReviewStep;

/**
 * A review history, oldest first — a registration's, or a commendation proposal's: append-only, each entry no
 * earlier than the one before. The step a registration or a proposal waits for is derived from it: the review
 * (re)starts at the first step after a return, a reopening or a resubmission, and each approval in a row moves
 * it one step on.
 *
 * @param entries the reviews, oldest first
 * @since 0.3.0
 */
public record Reviews(List<Review> entries) {

    private static final Reviews NONE = new Reviews(List.of());

    /**
     * Validates the history.
     *
     * @throws IllegalArgumentException for entries out of order
     *
     * @param entries the reviews, oldest first
     */
    public Reviews {
        entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
        for (int i = 1; i < entries.size(); i++) {
            if (entries.get(i).at().isBefore(entries.get(i - 1).at())) {
                throw new IllegalArgumentException("review history out of order: " + entries.get(i).decision()
                        + " at " + entries.get(i).at() + " comes after " + entries.get(i - 1).decision() + " at "
                        + entries.get(i - 1).at());
            }
        }
    }

    /**
     * No review yet.
     *
     * @return the empty history
     */
    public static Reviews none() {
        return NONE;
    }

    /**
     * The history with one more entry.
     *
     * @param review the new entry, no earlier than the last
     * @return the longer history
     */
    public Reviews with(Review review) {
        List<Review> longer = new ArrayList<>(entries);
        longer.add(review);
        return new Reviews(longer);
    }

    /**
     * How many approvals follow the last return, rejection, reopening or resubmission: the steps already passed in the
     * current round.
     *
     * @return the number of approvals in a row at the end of the history
     */
    public int approvalsInRow() {
        int n = 0;
        for (int i = entries.size() - 1; i >= 0 && entries.get(i).decision() == ReviewDecision.APPROVED; i--) {
            n++;
        }
        return n;
    }

    /**
     * The step a registration waits for under a campaign's review.
     *
     * @param process the campaign's review
     * @return the next step to decide
     * @throws IllegalArgumentException when the current round holds an approval at a step the review does not
     *                                  have at that place, or as many approvals as the review has steps
     */
    public ReviewStep pendingStep(ReviewProcess process) {
        int approvals = approvalsInRow();
        for (int k = 0; k < approvals; k++) {
            Review approval = entries.get(entries.size() - approvals + k);
            if (k >= process.steps().size() || approval.step() != process.steps().get(k)) {
                throw new IllegalArgumentException("approval recorded at step " + approval.step()
                        + ", which is not step " + (k + 1) + " of the review " + process.steps());
            }
        }
        return process.stepAfter(approvals);
    }
}
