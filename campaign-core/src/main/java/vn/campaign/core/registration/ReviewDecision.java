package vn.campaign.core.registration;

/**
 * What one entry of a registration's review history records.
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
    REOPENED;

    /**
     * Whether the decision must be explained.
     *
     * @return {@code true} for RETURNED and REJECTED
     */
    public boolean requiresReason() {
        return this == RETURNED || this == REJECTED;
    }
}
