package vn.campaign.core.commendation;

/**
 * What a review step decided, or the proposer's resubmission.
 *
 * @since 0.4.0
 */
public enum ReviewOutcome {
    /** Approved at the step. */
    APPROVED,
    /** Returned for more information, with a reason. */
    RETURNED,
    /** Rejected, with a reason. */
    REJECTED,
    /** Resubmitted by the proposer after a return. */
    RESUBMITTED
}
