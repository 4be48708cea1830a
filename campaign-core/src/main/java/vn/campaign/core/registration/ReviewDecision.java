package vn.campaign.core.registration;

/**
 * What one entry of a review history records: a registration's, or a commendation proposal's (which follows
 * the same steps of its campaign's review).
 *
 * @since 0.3.0
 */
public enum ReviewDecision {
    /** The step approved: the registration moves to the next step, or becomes APPROVED after the last. */
    APPROVED,
    /** The step returned it to its unit for more information, with a reason. */
    RETURNED,
    /** The step rejected it, with a reason. */
    REJECTED,
    /** Its unit changed it after its approval: the review starts again at the first step. */
    REOPENED,
    /**
     * Its proposer sent it back to review after a return: the review starts again at the first step. Recorded
     * for commendation proposals, which keep no timeline of their own; a registration's resubmission is in its
     * timeline and its audit trail instead.
     *
     * @since 0.4.0
     */
    RESUBMITTED;

    /**
     * Whether the decision must be explained.
     *
     * @return {@code true} for RETURNED and REJECTED
     */
    public boolean requiresReason() {
        return this == RETURNED || this == REJECTED;
    }
}
