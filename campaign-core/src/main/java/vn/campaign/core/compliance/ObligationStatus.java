package vn.campaign.core.compliance;

/**
 * How far a unit has met one obligation.
 *
 * @since 0.1.0
 */
public enum ObligationStatus {
    /** Enough approved (or completed) registrations count towards it. */
    SATISFIED,
    /** Not yet satisfied, but it would be once the registrations still waiting for approval are approved. */
    PENDING,
    /** Not enough registrations, even counting those waiting; rejected and cancelled ones never count. */
    MISSING
}
