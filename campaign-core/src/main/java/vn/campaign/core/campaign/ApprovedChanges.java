package vn.campaign.core.campaign;

/**
 * What a unit's change to the details of an approved registration does.
 *
 * @since 0.3.0
 */
public enum ApprovedChanges {
    /** The change is kept and the registration goes back to review, from the first step (the default). */
    REVIEW,
    /** The change is refused: once approved, only the city changes a registration. */
    REFUSE
}
